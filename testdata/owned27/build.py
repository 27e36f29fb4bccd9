#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned27 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned27/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
SHOW = ["15", "13", "19"]
BLOCK = ["19", "17", "16"]
VERDICT = ["17", "11"]
REMOVE = ["17", "12", "11"]
APPEAL = ["02", "10"]
REJ = ["12", "11"]
RELEASE = ["08"]

# ---------------------------------------------------------------- aa01 Algiers, Africa (Algeria / Morocco)
S("aa01", "2021-08-25", "Africa", """
Algeria cuts diplomatic ties with Morocco over "hostile actions"

ALGIERS, Algeria —

Algeria broke off diplomatic relations with Morocco on Tuesday, accusing its western neighbour of years of hostile actions against the country.

Foreign Minister Ramtane Lamamra announced the decision at a news conference in the capital. He said consulates would keep working and that the rupture should not harm Algerians living in Morocco or Moroccans living in Algeria.

Last week the High Security Council, chaired by President Abdelmadjid Tebboune, blamed this month's deadly wildfires in the Kabylie region on two groups it classes as terrorist, and said one of them, the separatist MAK, enjoyed support from Morocco and Israel.

Lamamra also cited a note circulated in July by Morocco's envoy to the United Nations, Omar Hilale, that backed self-determination for the people of Kabylie. Algiers recalled its ambassador from Rabat days later.

During a visit to Rabat this month, Israel's foreign minister, Yair Lapid, voiced concern about Algeria's role in the region and its closeness to Iran.

In a statement late on Tuesday, Morocco's foreign ministry regretted the decision, called it completely unjustified and rejected what it termed the false pretexts behind it.

King Mohammed VI had urged Tebboune only weeks earlier to reopen the land border and offered to work with him to end the estrangement between the two states.

The frontier has been shut since 1994. It was not clear whether the break would touch the pipeline that carries Algerian gas to Spain across Moroccan territory.
""")
DZA = A("Algeria", "DZA", "GOV")
MAR = A("Morocco", "MAR", "GOV")
LAMAMRA = A("Ramtane Lamamra", "DZA", "GOV")
HCS = A("Algeria's High Security Council", "DZA", ["GOV", "MIL"])
MAK = A("MAK", "DZA", ["OPP", "RAD", "REB"])
KING = A("Mohammed VI", "MAR", "GOV")
E("aa01", "Algeria cuts diplomatic ties with Morocco over", DZA, MAR, ["16"], "161", "2021-08-24", None, False, "headline")
E("aa01", "Algeria broke off diplomatic relations with Morocco", DZA, MAR, ["16"], "161", "2021-08-24", None, True,
  "breaking relations 161 (as owned21 d10); 'on Tuesday' in a Wednesday paper")
E("aa01", "Algeria broke off diplomatic relations with Morocco", DZA, MAR, ["11"], "112", "2021-08-24", None, False,
  "accusation as the ground of the break, participle in the same sentence: optional")
E("aa01", "announced the decision at a news conference", LAMAMRA, MAR, ["16"], "161", "2021-08-24",
  P("Algiers", "DZA"), False, "restatement of the break by the minister who announced it; 'the capital' = Algiers")
E("aa01", "blamed this month's deadly wildfires in the", HCS, MAK, ["11"], "112", "2021-08", None, True,
  "blame for the fires on the groups 112; 'Last week' in a Wednesday paper gives the month; the MAK is an Algerian "
  "separatist group: DZA with [OPP,RAD,REB]")
E("aa01", "blamed this month's deadly wildfires in the", HCS, MAR, ["11"], "112", "2021-08", None, True,
  "second verb of the sentence ('and said one of them ... enjoyed support from Morocco'): an accusation against "
  "Morocco with its own target: required; the support itself is alleged, not coded")
E("aa01", "blamed this month's deadly wildfires in the", HCS, A("Israel", "ISR", "GOV"), ["11"], "112", "2021-08", None,
  False, "second member of 'Morocco and Israel': optional")
E("aa01", "a note circulated in July by Morocco's", A("Omar Hilale", "MAR", "GOV"), A("Kabyle people", "DZA", "CVL"),
  ["05"], "051", "2021-07", None, False, "a note backing self-determination, a nominal act cited by one side: optional; "
  "coders may not code it at all")
E("aa01", "Algiers recalled its ambassador from Rabat days", DZA, MAR, ["16"], "161", "2021-07", None, True,
  "recalling one's own envoy 161 (news-dev); 'Algiers' is the actor; Rabat is where the envoy was, not the place of "
  "the act; 'days later' than the July note: month")
E("aa01", "voiced concern about Algeria's role in the", A("Yair Lapid", "ISR", "GOV"), DZA, ["11"], "111", "2021-08",
  P("Rabat", "MAR"), True, "criticism 111 during a visit the clause places in Rabat; 'this month'")
E("aa01", "voiced concern about Algeria's role in the", A("Yair Lapid", "ISR", "GOV"), MAR, ["04"], "042", "2021-08",
  P("Rabat", "MAR"), False, "the visit itself ('During a visit to Rabat'), nominal: optional")
E("aa01", "regretted the decision, called it completely unjustified", A("Morocco's foreign ministry", "MAR", "GOV"), DZA,
  REJ, "120", "2021-08-24", None, True, "rejection of the decision and its grounds 120 (12/11: 'called it "
  "unjustified' is criticism); 'late on Tuesday'")
E("aa01", "had urged Tebboune only weeks earlier to", KING, A("Abdelmadjid Tebboune", "DZA", "GOV"), APPEAL, "020",
  "2021", None, True, "appeal to reopen the border 02 (10/02); 'only weeks earlier' than 24 Aug may be July or "
  "August: the year")
E("aa01", "had urged Tebboune only weeks earlier to", KING, A("Abdelmadjid Tebboune", "DZA", "GOV"), ["03", "04"], "036",
  "2021", None, False, "offer to work together, second verb: optional")
F("aa01", "The frontier has been shut since 1994.", "standing situation")
F("aa01", "It was not clear whether the break would", "speculation")

# ---------------------------------------------------------------- aa02 Johannesburg, Africa (South Africa)
S("aa02", "2021-07-13", "Africa", """
South Africa sends in troops as unrest over Zuma's jailing spreads

JOHANNESBURG, South Africa —

South Africa deployed about 2,500 soldiers on Monday to help overstretched police contain looting and arson that has spread from KwaZulu-Natal province to Johannesburg since former President Jacob Zuma began a prison term last week.

Crowds stripped shopping malls in Pietermaritzburg and Soweto, and lorries were set ablaze on the main highway from Durban to the interior. Police said at least ten people had died and 489 had been arrested.

In a televised address on Monday night, President Cyril Ramaphosa condemned the violence as opportunistic criminality and warned that those behind it would be hunted down. He said the soldiers would not be turned against peaceful protesters.

Zuma, 79, handed himself in to police shortly before midnight on Wednesday and was driven to a prison in Estcourt, beating a deadline for his arrest. The Constitutional Court had sentenced him on June 29 to 15 months for contempt after he defied its order to testify before an inquiry into corruption during his nine years in office.

On Monday the same court heard his application to set the sentence aside and reserved judgment. His foundation blamed the unrest on the government, saying it had provoked anger by jailing an old man without a trial.

Some opposition leaders called on Ramaphosa to send in far more troops. Whether the deployment would be enough to stop the looting was unclear.
""")
ZAF = A("South Africa", "ZAF", ["GOV", "MIL"])
ZRIOT = A("South African rioters", "ZAF", ["CVL", "CRM"])
ZCOP = A("South African police", "ZAF", "COP")
ZUMA = A("Jacob Zuma", "ZAF", ["ELI", "PTY"])
ZCC = A("South Africa's Constitutional Court", "ZAF", "JUD")
RAMA = A("Cyril Ramaphosa", "ZAF", "GOV")
E("aa02", "South Africa sends in troops as unrest", ZAF, ZRIOT, SHOW, "150", "2021-07-12", None, False, "headline")
E("aa02", "South Africa deployed about 2,500 soldiers on Monday", ZAF, ZRIOT, SHOW, "150", "2021-07-12", None, True,
  "troops sent in against looting: show of force 150 (15/13/19); KwaZulu-Natal and Johannesburg are the area the unrest "
  "spread over, not the place of the deployment; Monday in a Tuesday paper")
E("aa02", "South Africa deployed about 2,500 soldiers on Monday", ZRIOT, A("South Africa", "ZAF", None), VPROT, "145",
  "2021-07", None, False, "'looting and arson that has spread', nominal, no agent: optional")
E("aa02", "Crowds stripped shopping malls in Pietermaritzburg and", ZRIOT, A("South Africa", "ZAF", None), VPROT, "145",
  "2021-07", P("Pietermaritzburg", "ZAF"), True, "looting as violent protest 145 (14/18/17); premises are the "
  "country with sector null; the first town named is the place (Soweto the second); no day: month")
E("aa02", "Crowds stripped shopping malls in Pietermaritzburg and", ZRIOT, A("South Africa", "ZAF", None), VPROT, "145",
  "2021-07", None, False, "'lorries were set ablaze', agentless passive: optional")
E("aa02", "Police said at least ten people had", ZCOP, ZRIOT, REPR, "173", "2021-07", None, True,
  "'489 had been arrested', agentless passive whose agent is the speaker, the police (as owned21 d11): required; month")
E("aa02", "condemned the violence as opportunistic criminality and", RAMA, ZRIOT, ["11"], "111", "2021-07-12", None, True,
  "condemnation 111; 'on Monday night'")
E("aa02", "condemned the violence as opportunistic criminality and", RAMA, ZRIOT, ["13"], "130", "2021-07-12", None, False,
  "warning that the instigators 'would be hunted down' 130, second verb: a threat of prosecution, optional where "
  "careful coders split")
E("aa02", "handed himself in to police shortly before", ZUMA, ZCOP, ["08", "17"], "080", "2021-07-07", None, True,
  "surrender to serve a sentence 080 (CONCEDE); tolerant 08/17 because coders may code it as the police taking him "
  "into custody (see the optional reverse); 'shortly before midnight on Wednesday'")
E("aa02", "handed himself in to police shortly before", ZCOP, ZUMA, REPR, "173", "2021-07-07", P("Estcourt", "ZAF"),
  False, "the reverse reading (police take him to prison, 'a prison in Estcourt'): optional")
E("aa02", "had sentenced him on June 29 to", ZCC, ZUMA, VERDICT, "173", "2021-06-29", None, True,
  "court sentence 173, court verdicts 17/11 (news-dev); dated background in the pluperfect: required")
E("aa02", "after he defied its order to testify", ZUMA, ZCC, ["12"], "120", None, None, False,
  "defiance of the order inside an 'after' clause, no date of its own: optional")
E("aa02", "heard his application to set the sentence", ZUMA, ZCC, ["11", "02", "10"], "115", "2021-07", None, False,
  "legal challenge 115 put as a nominal ('his application'): optional")
E("aa02", "His foundation blamed the unrest on the", A("Jacob Zuma Foundation", "ZAF", ["NGO", "OPP"]),
  A("South African government", "ZAF", "GOV"), ["11"], "112", "2021-07", None, True, "accusation 112; month")
E("aa02", "Some opposition leaders called on Ramaphosa to", A("South African opposition leaders", "ZAF", ["PTY", "OPP"]),
  RAMA, APPEAL, "100", "2021-07", None, True, "call for a larger deployment, 10/02; no day: month")
F("aa02", "He said the soldiers would not be", "negated and future: no act")
F("aa02", "Whether the deployment would be enough to", "speculation")

# ---------------------------------------------------------------- aa03 Naqoura, Middle East (Lebanon / Israel)
S("aa03", "2022-10-27", "Middle East", """
Lebanon and Israel seal U.S.-brokered sea border deal in separate rooms

NAQOURA, Lebanon —

Lebanon and Israel formally concluded an agreement on Thursday that fixes their maritime frontier for the first time, ending a dispute that had held up gas exploration in the eastern Mediterranean for more than a decade.

Delegations from the two countries, which remain technically at war, did not meet face to face. Each handed its signed letter to the U.S. mediator, Amos Hochstein, in a separate room at a United Nations post here, and the texts were passed to the world body.

Hochstein, who shuttled between Beirut and Jerusalem for months, called the accord a historic breakthrough. In Beirut, President Michel Aoun signed the Lebanese letter days before his term ends and insisted the deal was no step towards normal relations. In Jerusalem, Prime Minister Yair Lapid's cabinet approved the text.

The Iran-backed Hezbollah, which threatened in July to attack Israel's Karish gas platform if production began before a deal, said the matter was now closed for it. Israel shot down three unarmed drones the group sent towards the rig that month.

Opposition leader Benjamin Netanyahu accused Lapid of surrendering to Hezbollah and said he would not consider himself bound by the agreement if he returned to power.

Lebanon hopes gas from the Qana field will ease an economic collapse that has pushed most of its people into poverty. Whether any commercial gas lies under that stretch of seabed has yet to be shown.
""")
LBN = A("Lebanon", "LBN", "GOV")
ISR = A("Israel", "ISR", "GOV")
HEZ = A("Hezbollah", "LBN", ["REB", "PTY", "RAD"])
HOCH = A("Amos Hochstein", "USA", "GOV")
E("aa03", "Lebanon and Israel seal U.S.-brokered sea border", LBN, ISR, AGREE, "057", "2022-10-27", None, False, "headline")
E("aa03", "Lebanon and Israel formally concluded an agreement", LBN, ISR, AGREE, "057", "2022-10-27", None, True,
  "formal agreement 057 (05/03/08); joint: first-mentioned direction required; Thursday, the publication day")
E("aa03", "Lebanon and Israel formally concluded an agreement", ISR, LBN, AGREE, "057", "2022-10-27", None, False,
  "reverse direction: optional")
E("aa03", "Each handed its signed letter to the", LBN, HOCH, AGREE, "057", "2022-10-27", P("Naqoura", "LBN"), False,
  "restatement of the signing; 'a United Nations post here' = Naqoura; 'Each' = both delegations")
E("aa03", "Hochstein, who shuttled between Beirut and Jerusalem", HOCH, LBN, ["04", "03"], "045", "2022", None, False,
  "mediation in a relative clause, 'for months' with no date: optional (as owned21 d03)")
E("aa03", "President Michel Aoun signed the Lebanese letter", A("Michel Aoun", "LBN", "GOV"), ISR, AGREE, "057",
  "2022-10-27", P("Beirut", "LBN"), False, "Lebanon's side of the same signing, 'In Beirut': restatement, optional")
E("aa03", "Prime Minister Yair Lapid's cabinet approved the", A("Israeli cabinet", "ISR", "GOV"), LBN, AGREE, "057",
  "2022-10-27", P("Jerusalem", "ISR"), False, "Israel's approval, restatement of the agreement: optional")
E("aa03", "which threatened in July to attack Israel's", HEZ, ISR, ["13"], "138", "2022-07", None, True,
  "threat of force 138 in a relative clause with its own agent and a month; Karish is the object, not a place")
E("aa03", "Israel shot down three unarmed drones the", ISR, HEZ, ATTACK, "190", "2022-07", None, True,
  "downing the drones, military force 190; 'that month' = July")
E("aa03", "Israel shot down three unarmed drones the", HEZ, ISR, SHOW, "150", "2022-07", None, True,
  "'the group sent towards the rig': drones launched as a show of force 150 (15/13/19), reduced relative clause with "
  "its own agent ('the group' = Hezbollah): required")
E("aa03", "accused Lapid of surrendering to Hezbollah and", A("Benjamin Netanyahu", "ISR", ["OPP", "PTY"]),
  A("Yair Lapid", "ISR", "GOV"), ["11"], "112", "2022-10", None, True, "accusation 112; no day: month")
E("aa03", "accused Lapid of surrendering to Hezbollah and", A("Benjamin Netanyahu", "ISR", ["OPP", "PTY"]), LBN,
  ["12"], "120", "2022-10", None, False, "refusal put as an intention on a condition ('would not consider himself "
  "bound ... if'): optional")
F("aa03", "did not meet face to face", "negated")
F("aa03", "Whether any commercial gas lies under that", "speculation")

# ---------------------------------------------------------------- aa04 Istanbul, Middle East (Saudi Arabia / Turkey)
S("aa04", "2018-10-20", "Middle East", """
Saudi Arabia admits Khashoggi died inside its Istanbul consulate, sacks top aides

ISTANBUL, Turkey —

Saudi Arabia acknowledged early on Saturday that the journalist Jamal Khashoggi died inside its consulate here, saying he was killed in a brawl with men he met there, after more than two weeks of insisting he had walked out alive.

State media said prosecutors had detained 18 Saudi nationals and that King Salman had dismissed the deputy head of general intelligence, Ahmed al-Asiri, and a senior royal court adviser, Saud al-Qahtani. The king also told a committee led by Crown Prince Mohammed bin Salman to overhaul the intelligence service.

Khashoggi, a Washington Post columnist who had criticised the crown prince, entered the building on Oct. 2 to collect papers for his wedding. Turkish officials say a team of 15 Saudi agents flown in that day killed him.

Turkish police searched the consulate and the consul's residence earlier this week. In an interview on Oct. 3, the crown prince had said Khashoggi left after a few minutes and that Riyadh had nothing to hide.

U.S. President Donald Trump called the Saudi account credible and a good first step. U.N. Secretary-General Antonio Guterres demanded a thorough investigation and said those responsible must be held to account.

Saudi Arabia is the world's largest oil exporter and one of the biggest buyers of American weapons. It was not clear whether Khashoggi's body had been found.
""")
SAU = A("Saudi Arabia", "SAU", "GOV")
KHASH = A("Jamal Khashoggi", "SAU", ["MED", "CVL"])
MBS = A("Mohammed bin Salman", "SAU", "GOV")
AGENTS = A("Saudi agents", "SAU", ["SPY", "GOV"])
E("aa04", "Saudi Arabia admits Khashoggi died inside its", SAU, KHASH, ["01"], "015", "2018-10-20", None, False, "headline")
E("aa04", "Saudi Arabia admits Khashoggi died inside its", A("King Salman", "SAU", "GOV"),
  A("Ahmed al-Asiri", "SAU", ["SPY", "GOV"]), ["17", "16"], "172", "2018-10-20", None, False,
  "headline, second event (sacking aides)")
E("aa04", "Saudi Arabia acknowledged early on Saturday that", SAU, KHASH, ["01"], "015", "2018-10-20",
  P("Istanbul", "TUR"), True, "admission 015 (acknowledge responsibility; PLOVER none); 'early on Saturday', the "
  "publication day; 'its consulate here' = Istanbul")
E("aa04", "Saudi Arabia acknowledged early on Saturday that", SAU, A("Turkey", "TUR", "GOV"), DENY, "016", "2018-10",
  None, False, "'more than two weeks of insisting he had walked out alive', the earlier denial as a nominal: optional")
E("aa04", "State media said prosecutors had detained 18", A("Saudi prosecutors", "SAU", ["JUD", "GOV"]),
  A("Saudi suspects", "SAU", ["SPY", "GOV"]), REPR, "173", "2018-10", None, True,
  "detention 173 reported by state media (undisputed); no day: month")
E("aa04", "State media said prosecutors had detained 18", A("King Salman", "SAU", "GOV"),
  A("Ahmed al-Asiri", "SAU", ["SPY", "GOV"]), ["17", "16"], "172", "2018-10", None, False,
  "dismissal of officials: no clean CAMEO code, 172 (17/16) where coders code it: optional")
E("aa04", "entered the building on Oct. 2 to", KHASH, SAU, ["04"], "040", "2018-10-02", None, False,
  "a visit to a consulate for papers is no political interaction: optional")
E("aa04", "Turkish officials say a team of 15", AGENTS, KHASH, ATTACK, "1823", "2018-10-02", P("Istanbul", "TUR"), True,
  "the killing inside Turkish officials' account; Riyadh now concedes men at the consulate killed him, so the act is "
  "undisputed: required; 'that day' = Oct. 2; the building is the consulate 'here'")
E("aa04", "Turkish officials say a team of 15", A("Turkish officials", "TUR", "GOV"), SAU, ["11"], "112", "2018-10",
  None, False, "the Turkish statement as an accusation: optional")
E("aa04", "Turkish police searched the consulate and the", A("Turkish police", "TUR", "COP"), A("Saudi Arabia", "SAU", None),
  ["09", "17"], "091", "2018-10", P("Istanbul", "TUR"), True, "search of the premises as a criminal investigation "
  "091 (09/17); premises are the country with sector null; 'earlier this week' gives the month; the consulate is the "
  "one 'here'")
E("aa04", "In an interview on Oct. 3, the", MBS, None, DENY, "016", "2018-10-03", None, True,
  "the crown prince's denial 016 (01/12), dated; no target named in the clause")
E("aa04", "called the Saudi account credible and a", A("Donald Trump", "USA", "GOV"), SAU, ["05"], "051", "2018-10", None,
  False, "single outside reaction: optional")
E("aa04", "demanded a thorough investigation and said those", A("Antonio Guterres", "UNO", "IGO"), SAU, DEMAND, "100",
  "2018-10", None, False, "single outside reaction: optional")
F("aa04", "Saudi Arabia is the world's largest oil", "standing situation")
F("aa04", "It was not clear whether Khashoggi's body", "speculation")

# ---------------------------------------------------------------- aa05 Seoul, Asia (North Korea / U.S.)
S("aa05", "2017-08-09", "Asia", """
North Korea weighs missile strike near Guam after Trump's "fire and fury" warning

SEOUL, South Korea —

North Korea said on Wednesday it was studying a plan to fire medium-range missiles into the waters around the U.S. Pacific territory of Guam, hours after President Donald Trump warned Pyongyang that any more threats would be met with fire and fury.

A spokesman for the Strategic Force of the Korean People's Army told the state news agency KCNA that the plan would be finished soon and carried out the moment leader Kim Jong Un gave the order.

Trump made his remarks to reporters at his golf club in Bedminster, New Jersey, on Tuesday, after U.S. media reported that intelligence analysts believed the North could now fit a nuclear warhead inside a missile.

Last Saturday the U.N. Security Council voted unanimously to ban North Korea's exports of coal, iron and seafood after two July tests of missiles that might reach the American mainland. Pyongyang rejected the sanctions as an attack on its sovereignty and vowed to make the United States pay.

Secretary of State Rex Tillerson, stopping in Guam on his way home from Asia, said Americans should sleep well at night. China urged both sides to avoid words and deeds that would raise tensions, and South Korea's presidential office called for calm.

The North has never fired a missile towards Guam, which hosts a large U.S. air base. It was not clear whether Kim had approved any launch.
""")
PRK = A("North Korea", "PRK", ["GOV", "MIL"])
USA = A("United States", "USA", "GOV")
TRUMP = A("Donald Trump", "USA", "GOV")
E("aa05", "North Korea weighs missile strike near Guam", PRK, USA, ["13"], "138", "2017-08-09", None, False, "headline")
E("aa05", "North Korea weighs missile strike near Guam", TRUMP, PRK, ["13"], "138", "2017-08-08", None, False,
  "headline, second event ('fire and fury' warning)")
E("aa05", "North Korea said on Wednesday it was", PRK, USA, ["13"], "138", "2017-08-09", None, True,
  "threat of military force 138: a strike plan announced; Guam is the destination, not a place; Wednesday, the "
  "publication day")
E("aa05", "North Korea said on Wednesday it was", TRUMP, PRK, ["13"], "138", "2017-08-08", None, True,
  "'hours after President Donald Trump warned Pyongyang' with its own agent: required; the day is Tuesday (Washington "
  "time) as the third paragraph says; 'Pyongyang' = North Korea")
E("aa05", "A spokesman for the Strategic Force of", PRK, USA, ["13"], "138", "2017-08-09", None, False,
  "restatement of the threat by the spokesman: optional")
E("aa05", "Trump made his remarks to reporters at", TRUMP, PRK, ["13"], "138", "2017-08-08", P("Bedminster", "USA"),
  False, "restatement of the warning, with its day and place: optional")
E("aa05", "Last Saturday the U.N. Security Council voted", A("U.N. Security Council", "UNO", "IGO"), PRK, SANCT, "163",
  "2017-08-05", None, True, "export ban as sanctions 163 (16/17); 'Last Saturday' in a Wednesday paper = 5 Aug")
E("aa05", "Last Saturday the U.N. Security Council voted", PRK, None, SHOW, "150", "2017-07", None, False,
  "'two July tests of missiles', nominal with no agent named: optional")
E("aa05", "Pyongyang rejected the sanctions as an attack", PRK, A("U.N. Security Council", "UNO", "IGO"), REJ, "120",
  "2017-08", None, True, "rejection 120 (12/11); no day: month")
E("aa05", "Pyongyang rejected the sanctions as an attack", PRK, USA, ["13"], "130", "2017-08", None, True,
  "'vowed to make the United States pay', a threat with its own target: required")
E("aa05", "China urged both sides to avoid words", A("China", "CHN", "GOV"), USA, APPEAL, "020", "2017-08", None, False,
  "single outside appeal, first member of 'both sides' (the two named earlier): optional")
E("aa05", "China urged both sides to avoid words", A("China", "CHN", "GOV"), PRK, APPEAL, "020", "2017-08", None, False,
  "second member: optional")
E("aa05", "South Korea's presidential office called for calm", A("South Korea's presidential office", "KOR", "GOV"), None,
  APPEAL, "020", "2017-08", None, False, "appeal with no target: optional")
F("aa05", "The North has never fired a missile", "negated; standing situation")
F("aa05", "It was not clear whether Kim had", "speculation")

# ---------------------------------------------------------------- aa06 Seoul, Asia (South Korea)
S("aa06", "2017-03-10", "Asia", """
South Korea's top court removes Park from office; two die in protests

SEOUL, South Korea —

South Korea's Constitutional Court on Friday upheld parliament's impeachment of President Park Geun-hye, removing the country's first woman leader from office over an influence-peddling scandal that had filled the streets with protesters for months.

The eight justices ruled unanimously that Park had let her confidante, Choi Soon-sil, meddle in state affairs and had helped her extract donations from big companies, breaching the constitution and the law.

Thousands of Park's supporters tried to break through police lines near the court after the verdict was read. Two elderly protesters died and dozens of people, officers among them, were hurt in the scuffles, police said.

Park did not leave the presidential Blue House on Friday. She lost her immunity from prosecution with the ruling.

Prime Minister Hwang Kyo-ahn, now acting president, urged the public to accept the decision and told police to keep order. Opposition leaders welcomed the verdict, and some said the former president should be questioned by prosecutors without delay.

Parliament voted 234 to 56 on Dec. 9 to impeach Park after weeks of candlelit rallies that drew crowds of hundreds of thousands. Special prosecutors arrested Samsung's de facto leader, Lee Jae-yong, last month on charges of bribing her.

An election must be held within 60 days. Whether Park would face criminal charges was unclear.
""")
KCC = A("South Korea's Constitutional Court", "KOR", "JUD")
PARK = A("Park Geun-hye", "KOR", "GOV")
PARKSUP = A("Park's supporters", "KOR", ["CVL", "PTY"])
KCOP = A("South Korean police", "KOR", "COP")
E("aa06", "South Korea's top court removes Park from", KCC, PARK, REMOVE, "172", "2017-03-10", None, False, "headline")
E("aa06", "South Korea's top court removes Park from", PARKSUP, KCOP, VPROT, "145", "2017-03-10", None, False,
  "headline, second event ('two die in protests')")
E("aa06", "South Korea's Constitutional Court on Friday upheld", KCC, PARK, REMOVE, "172", "2017-03-10", None, True,
  "a court removing the president 172 (17/12/11), as owned13's removal by impeachment and owned21's annulment; Friday, "
  "the publication day")
E("aa06", "The eight justices ruled unanimously that Park", KCC, PARK, VERDICT, "172", "2017-03-10", None, False,
  "restatement of the ruling with its findings; Park's acts are findings, not coded")
E("aa06", "tried to break through police lines near", PARKSUP, KCOP, VPROT, "145", "2017-03-10", None, True,
  "violent protest 145 (14/18/17) against police; 'after the verdict was read' = Friday; 'near the court' names no "
  "city")
E("aa06", "tried to break through police lines near", KCOP, PARKSUP, CLASH, "190", "2017-03-10", None, False,
  "the scuffles as a clash, reverse direction: optional")
E("aa06", "urged the public to accept the decision", A("Hwang Kyo-ahn", "KOR", "GOV"), A("South Korean public", "KOR", "CVL"),
  APPEAL, "020", "2017-03", None, True, "appeal 02 (10/02); no day of its own: month")
E("aa06", "urged the public to accept the decision", A("Hwang Kyo-ahn", "KOR", "GOV"), KCOP, APPEAL, "020", "2017-03",
  None, False, "order to his own police, second verb: optional")
E("aa06", "Opposition leaders welcomed the verdict, and some", A("South Korean opposition leaders", "KOR", ["OPP", "PTY"]),
  KCC, ["05"], "051", "2017-03", None, True, "praise of a ruling 051 (as owned21 d02); month")
E("aa06", "Opposition leaders welcomed the verdict, and some", A("South Korean opposition leaders", "KOR", ["OPP", "PTY"]),
  PARK, DEMAND, "100", "2017-03", None, False, "'some said' she should be questioned: a demand by part of the group, "
  "agentless complement: optional")
E("aa06", "Parliament voted 234 to 56 on Dec.", A("South Korea's parliament", "KOR", "LEG"), PARK, REMOVE, "172",
  "2016-12-09", None, True, "impeachment vote 172 (17/12/11), dated background: required")
E("aa06", "Parliament voted 234 to 56 on Dec.", A("South Korean protesters", "KOR", "CVL"), PARK, ["14"], "141", "2016",
  None, False, "'weeks of candlelit rallies', nominal without an agent: optional")
E("aa06", "Special prosecutors arrested Samsung's de facto leader", A("South Korean special prosecutors", "KOR", ["JUD", "GOV"]),
  A("Lee Jae-yong", "KOR", "BUS"), REPR, "173", "2017-02", None, True, "arrest 173; 'last month' in a March paper")
F("aa06", "Park did not leave the presidential Blue", "negated")
F("aa06", "Whether Park would face criminal charges was", "speculation")

# ---------------------------------------------------------------- aa07 Kyiv, Europe/Eurasia (Ukraine / Russia)
S("aa07", "2019-09-07", "Europe/Eurasia", """
Russia and Ukraine swap 70 prisoners; Sentsov and captured sailors fly home

KYIV, Ukraine —

Russia and Ukraine exchanged 35 prisoners each on Saturday, the first large swap since Volodymyr Zelensky became president and a step both sides said could revive talks on ending the war in the east.

Two planes left Moscow and Kyiv at about the same time. Zelensky met the freed Ukrainians on the tarmac at Boryspil airport outside the capital, embracing several of them as relatives wept.

Among them was the filmmaker Oleg Sentsov, whom a Russian military court jailed for 20 years in 2015 on terrorism charges he always rejected. So were the 24 sailors captured near the Kerch Strait last November.

Russia received Kirill Vyshinsky, who ran a state news agency's Ukrainian branch and had been held in Kyiv on treason charges, and Volodymyr Tsemakh, a former rebel commander whom Dutch investigators want to question over the 2014 downing of a Malaysian airliner.

A Kyiv appeals court freed Tsemakh from custody on Thursday, clearing the way for his transfer. Forty members of the European Parliament had urged Zelensky in a letter to keep him in the country.

Putin called the exchange a good step forward, and Zelensky said he had spoken to the Kremlin leader by phone about further releases. U.S. President Donald Trump welcomed the swap as perhaps a first giant step to peace.

About 13,000 people have died in the fighting between Kyiv's forces and Russian-backed separatists since 2014. Whether a summit of the four leaders would follow was not yet settled.
""")
RUS = A("Russia", "RUS", "GOV")
UKR = A("Ukraine", "UKR", "GOV")
ZEL = A("Volodymyr Zelensky", "UKR", "GOV")
PUTIN = A("Vladimir Putin", "RUS", "GOV")
TSEM = A("Volodymyr Tsemakh", "UKR", ["REB", "CVL"])
E("aa07", "Russia and Ukraine swap 70 prisoners; Sentsov", RUS, UKR, RELEASE, "0841", "2019-09-07", None, False, "headline")
E("aa07", "Russia and Ukraine exchanged 35 prisoners each", RUS, UKR, RELEASE, "0841", "2019-09-07", None, True,
  "release of prisoners 0841 (08), target the prisoners' side (as owned21 d03); joint: first-mentioned direction "
  "required; Saturday, the publication day")
E("aa07", "Russia and Ukraine exchanged 35 prisoners each", UKR, RUS, RELEASE, "0841", "2019-09-07", None, False,
  "reverse direction: optional")
E("aa07", "Zelensky met the freed Ukrainians on the", ZEL, A("freed Ukrainian prisoners", "UKR", "CVL"), ["04"], "040",
  "2019-09-07", P("Boryspil", "UKR"), False, "a leader greeting his own freed citizens: optional; the clause names "
  "Boryspil airport")
E("aa07", "whom a Russian military court jailed for", A("Russian military court", "RUS", ["JUD", "MIL"]),
  A("Oleg Sentsov", "UKR", ["CVL", "OPP"]), VERDICT, "173", "2015", None, True,
  "dated background sentence in a relative clause with its own agent: required; 'in 2015'")
E("aa07", "whom a Russian military court jailed for", A("Oleg Sentsov", "UKR", ["CVL", "OPP"]),
  A("Russian military court", "RUS", ["JUD", "MIL"]), DENY, "016", None, None, False,
  "'charges he always rejected': undated denial: optional")
E("aa07", "So were the 24 sailors captured near", RUS, A("Ukrainian sailors", "UKR", "MIL"), ["17", "19"], "1711",
  "2018-11", None, False, "agentless background capture (the Kerch seizure of November 2018, which owned23 tells): "
  "optional here")
E("aa07", "Russia received Kirill Vyshinsky, who ran a", UKR, RUS, RELEASE, "0841", "2019-09-07", None, False,
  "Ukraine's side of the swap, restated: optional")
E("aa07", "Russia received Kirill Vyshinsky, who ran a", UKR, A("Kirill Vyshinsky", "RUS", "MED"), REPR, "173", None, None,
  False, "'had been held in Kyiv', agentless and undated: optional")
E("aa07", "A Kyiv appeals court freed Tsemakh from", A("Kyiv appeals court", "UKR", "JUD"), TSEM, RELEASE, "0841",
  "2019-09-05", P("Kyiv", "UKR"), True, "release from custody 0841; 'on Thursday' in a Saturday paper; 'A Kyiv "
  "appeals court' names the city of the court")
E("aa07", "had urged Zelensky in a letter to", A("members of the European Parliament", "EUR", ["LEG", "IGO"]), ZEL,
  APPEAL, "020", "2019-09", None, True, "appeal by letter 02 (10/02), pluperfect with no day: month; the MEPs as "
  "EUR with [LEG,IGO]")
E("aa07", "Putin called the exchange a good step", PUTIN, UKR, ["05"], "051", "2019-09", None, False,
  "praise of the swap by one of its parties: optional")
E("aa07", "Putin called the exchange a good step", ZEL, PUTIN, ["04"], "043", "2019-09", None, True,
  "'Zelensky said he had spoken to the Kremlin leader by phone': consultation 04 in reported speech, the leader's own "
  "account of his own act; 'the Kremlin leader' = Putin; no day: month")
E("aa07", "welcomed the swap as perhaps a first", TRUMP, UKR, ["05"], "051", "2019-09", None, False,
  "single outside reaction: optional")
F("aa07", "About 13,000 people have died in the", "count and standing situation")
F("aa07", "Whether a summit of the four leaders", "speculation")

# ---------------------------------------------------------------- aa08 Moscow, Europe/Eurasia (Russia)
S("aa08", "2021-01-18", "Europe/Eurasia", """
Russian judge orders Navalny held for 30 days after his return from Germany

MOSCOW, Russia —

A Russian judge on Monday ordered opposition leader Alexei Navalny held in custody for 30 days, a day after he was detained at a Moscow airport on his return from Germany, where he spent five months recovering from a nerve-agent poisoning.

The hearing took place in a police station in the town of Khimki, outside Moscow, and his lawyers said they were told of it minutes before it began. The prison service says he broke the terms of a suspended sentence for fraud while he was being treated abroad.

Navalny, 44, was stopped at passport control at Sheremetyevo airport on Sunday evening by officers who led him away as his wife looked on. His plane had been diverted from Vnukovo airport, where riot police detained dozens of supporters who had gathered to meet him.

After the ruling, Navalny released a video calling on Russians to take to the streets. His allies said protests would be held across the country on Saturday.

Navalny says Putin ordered his poisoning in Siberia in August. The Kremlin denies any role.

Germany, France and the European Union demanded his immediate release, and Jake Sullivan, President-elect Joe Biden's choice for national security adviser, called the Kremlin's attacks on him an affront to the Russian people.

Foreign Minister Sergei Lavrov said Western governments were using the case to distract from their own troubles. It was unclear whether prosecutors would now seek to turn the suspended sentence into a real prison term.
""")
NAV = A("Alexei Navalny", "RUS", ["OPP", "PTY"])
RCOP = A("Russian police", "RUS", "COP")
E("aa08", "Russian judge orders Navalny held for 30", A("Russian judge", "RUS", "JUD"), NAV, VERDICT, "173", "2021-01-18",
  None, False, "headline")
E("aa08", "A Russian judge on Monday ordered opposition", A("Russian judge", "RUS", "JUD"), NAV, VERDICT, "173",
  "2021-01-18", None, True, "court-ordered custody 173 (17/11); Monday, the publication day; the lead clause names no "
  "place (Khimki is in the next sentence)")
E("aa08", "A Russian judge on Monday ordered opposition", RCOP, NAV, REPR, "173", "2021-01-17", None, False,
  "'a day after he was detained at a Moscow airport', agentless, restated in detail below: optional")
E("aa08", "The hearing took place in a police", A("Russian judge", "RUS", "JUD"), NAV, VERDICT, "173", "2021-01-18",
  P("Khimki", "RUS"), False, "the hearing, restated with its place: optional")
E("aa08", "The prison service says he broke the", A("Russian prison service", "RUS", ["COP", "GOV"]), NAV, ["11"], "112",
  "2021-01", None, True, "accusation 112 in the present tense: month")
E("aa08", "was stopped at passport control at Sheremetyevo", RCOP, NAV, REPR, "173", "2021-01-17", P("Sheremetyevo", "RUS"),
  True, "detention 173; passive with agent 'by officers', unnamed officers are the story's country's police; 'on "
  "Sunday evening'; the clause names Sheremetyevo airport")
E("aa08", "where riot police detained dozens of supporters", RCOP, A("Navalny's supporters", "RUS", ["OPP", "CVL"]), REPR,
  "173", "2021-01-17", P("Vnukovo", "RUS"), True, "detentions in a 'where' relative with its own agent; the same "
  "Sunday evening as the sentence before; the relative names Vnukovo airport")
E("aa08", "Navalny released a video calling on Russians", NAV, A("Russian public", "RUS", "CVL"), ["02", "10", "14"], "020",
  "2021-01-18", None, False, "a call to protest, 02 (coders split with 14): optional; 'After the ruling' = Monday")
E("aa08", "Navalny says Putin ordered his poisoning in", NAV, PUTIN, ["11"], "112", "2021-01", None, True,
  "accusation 112 in the present tense: month; the poisoning itself is alleged, not coded")
E("aa08", "The Kremlin denies any role.", A("Kremlin", "RUS", "GOV"), NAV, DENY, "016", "2021-01", None, True,
  "denial 016 (01/12); 'The Kremlin' is an actor; present tense: month")
E("aa08", "Germany, France and the European Union demanded", A("Germany", "DEU", "GOV"), RUS, DEMAND, "1053", "2021-01",
  None, True, "demand for release 1053; compound subject, first member required; no day: month")
E("aa08", "Germany, France and the European Union demanded", A("France", "FRA", "GOV"), RUS, DEMAND, "1053", "2021-01",
  None, False, "second member: optional")
E("aa08", "Germany, France and the European Union demanded", A("European Union", "EUR", "IGO"), RUS, DEMAND, "1053",
  "2021-01", None, False, "third member: optional")
E("aa08", "Germany, France and the European Union demanded", A("Jake Sullivan", "USA", "GOV"), RUS, ["11"], "111",
  "2021-01", None, False, "a further outside reaction in the same sentence: optional")
E("aa08", "said Western governments were using the case", A("Sergei Lavrov", "RUS", "GOV"),
  A("Western governments", None, "GOV"), ["11"], "112", "2021-01", None, True,
  "counter-accusation 112; 'Western governments' null/GOV (as owned21 d04); month")
F("aa08", "His allies said protests would be held", "planned, not yet done")
F("aa08", "It was unclear whether prosecutors would now", "speculation")

# ---------------------------------------------------------------- aa09 La Paz, Americas (Bolivia)
S("aa09", "2024-06-27", "Americas", """
Bolivian general arrested after troops storm palace square in failed coup bid

LA PAZ, Bolivia —

Bolivian police arrested the army's former commander, Gen. Juan Jose Zuniga, on Wednesday evening, hours after soldiers under his orders drove armoured vehicles into the main square of the capital and rammed the door of the presidential palace.

President Luis Arce confronted Zuniga in the palace doorway and ordered him to pull back his men, then swore in a new army chief, who told the troops to return to their barracks. The soldiers left Plaza Murillo within about three hours.

Zuniga, who was relieved of his command a day earlier after threatening to arrest former President Evo Morales, told reporters as he was led away that Arce had asked him to stage the uprising to boost his popularity. Government ministers dismissed the claim as a lie.

Interior Minister Eduardo del Castillo said on Thursday that 17 people had been detained, among them the former commander of the navy.

Morales, who has fallen out with Arce in a fight over the ruling party, urged supporters to defend democracy in the streets. Governments across Latin America condemned the attempt.

Bolivia has seen close to 190 coups and attempted coups since independence in 1825, by some counts. It was not clear how many soldiers had taken part.
""")
BOLCOP = A("Bolivian police", "BOL", "COP")
ZUN = A("Juan Jose Zuniga", "BOL", "MIL")
BOLMIL = A("Bolivian army", "BOL", "MIL")
ARCE = A("Luis Arce", "BOL", "GOV")
E("aa09", "Bolivian general arrested after troops storm palace", BOLCOP, ZUN, REPR, "173", "2024-06-26", None, False,
  "headline")
E("aa09", "Bolivian general arrested after troops storm palace", BOLMIL, A("Bolivian government", "BOL", "GOV"),
  ["19", "17", "18"], "190", "2024-06-26", None, False, "headline, second event")
E("aa09", "Bolivian police arrested the army's former commander", BOLCOP, ZUN, REPR, "173", "2024-06-26", None, True,
  "arrest 173; 'on Wednesday evening' in a Thursday paper")
E("aa09", "Bolivian police arrested the army's former commander", BOLMIL, A("Bolivian government", "BOL", "GOV"),
  ["19", "17", "18"], "190", "2024-06-26", P("La Paz", "BOL"), True, "'hours after soldiers ... drove armoured "
  "vehicles ... and rammed the door of the presidential palace', with its own agent: an armed move on the seat of "
  "government, 190 with 17/18 (coders split between force, coercion and a coup code); 'the main square of the "
  "capital' = La Paz")
E("aa09", "confronted Zuniga in the palace doorway and", ARCE, ZUN, DEMAND, "1056", "2024-06-26", None, True,
  "order to withdraw the troops as a demand to de-escalate 1056 (10/02); the same afternoon (no day of its own, the "
  "lead's Wednesday); 'the palace doorway' names no city")
E("aa09", "confronted Zuniga in the palace doorway and", A("new Bolivian army chief", "BOL", "MIL"), BOLMIL, APPEAL, "020",
  "2024-06-26", None, False, "the new chief's order to his own troops: optional")
E("aa09", "The soldiers left Plaza Murillo within about", BOLMIL, A("Bolivian government", "BOL", "GOV"), RELEASE, "0874",
  "2024-06-26", P("La Paz", "BOL"), False, "withdrawal 0874 (RETREAT): optional; Plaza Murillo is the main square of La "
  "Paz (the lead)")
E("aa09", "who was relieved of his command a", ARCE, ZUN, ["17", "16"], "172", "2024-06-25", None, False,
  "agentless passive dismissal: optional")
E("aa09", "who was relieved of his command a", ZUN, A("Evo Morales", "BOL", ["PTY", "OPP"]), ["13"], "130", "2024-06", None,
  True, "threat to arrest 130, inside an 'after' clause with its own agent; before the dismissal of the 25th, day not "
  "given: month")
E("aa09", "told reporters as he was led away", ZUN, ARCE, ["11"], "112", "2024-06-26", None, True,
  "accusation 112 that Arce asked for the uprising; said as he was arrested, Wednesday")
E("aa09", "Government ministers dismissed the claim as a", A("Bolivian government ministers", "BOL", "GOV"), ZUN, DENY,
  "016", "2024-06", None, True, "denial 016 (01/12); no day of its own: month")
E("aa09", "said on Thursday that 17 people had", BOLCOP, A("Bolivian coup suspects", "BOL", "MIL"), REPR, "173", "2024-06",
  None, True, "'had been detained', agentless passive whose agent is the speaker's side (the interior ministry's "
  "police), as owned21 d11: required; the detentions span Wednesday and Thursday: month")
E("aa09", "urged supporters to defend democracy in the", A("Evo Morales", "BOL", ["PTY", "OPP"]),
  A("Morales's supporters", "BOL", ["CVL", "PTY"]), APPEAL, "020", "2024-06", None, False,
  "appeal to his own supporters: optional")
E("aa09", "Governments across Latin America condemned the attempt.", A("Latin American governments", None, "GOV"),
  BOLMIL, ["11"], "111", "2024-06", None, False, "collective outside reaction: optional")
F("aa09", "Bolivia has seen close to 190 coups", "count and standing situation")
F("aa09", "It was not clear how many soldiers", "speculation")

# ---------------------------------------------------------------- aa10 Cucuta, Americas (Colombia / Venezuela)
S("aa10", "2022-09-27", "Americas", """
Colombia and Venezuela reopen border to cargo after seven years

CUCUTA, Colombia —

Colombia and Venezuela reopened their border to cargo traffic on Monday, as the first lorries in seven years rolled across the Simon Bolivar bridge outside Cucuta to music and cheers.

President Gustavo Petro, who has sought a fresh start with Caracas since taking office in August, walked to the middle of the bridge and met Venezuelan ministers there. He called it a historic day for two peoples who had never stopped being brothers.

Venezuelan President Nicolas Maduro, who had been expected, did not come. He praised the reopening on state television as the start of a new era of trade.

The foreign ministers of the two countries, Alvaro Leyva and Carlos Faria, agreed in August to restore relations at a meeting in the Venezuelan border city of San Cristobal. The governments exchanged ambassadors at the end of that month.

Venezuelan opposition politicians accused Petro of lending legitimacy to an authoritarian government, and several Colombian business groups warned that smugglers and armed gangs still controlled many informal crossings.

Petro said the two presidents would meet soon to discuss security along the 2,200-kilometre frontier, where leftist guerrillas and drug traffickers operate on both sides.

Trade between the neighbours reached more than $7 billion a year before relations soured. Cross-border lorry traffic had been halted since 2015.
""")
COL = A("Colombia", "COL", "GOV")
VEN = A("Venezuela", "VEN", "GOV")
PETRO = A("Gustavo Petro", "COL", "GOV")
E("aa10", "Colombia and Venezuela reopen border to cargo", COL, VEN, ["06", "08", "03"], "061", "2022-09-26", None, False,
  "headline")
E("aa10", "Colombia and Venezuela reopened their border to", COL, VEN, ["06", "08", "03"], "061", "2022-09-26",
  P("Cucuta", "COL"), True, "reopening the border to trade as economic cooperation 061 (coders split with 08, "
  "easing restrictions, and 03); joint: first-mentioned direction required; Monday in a Tuesday paper; the bridge "
  "'outside Cucuta' gives the place")
E("aa10", "Colombia and Venezuela reopened their border to", VEN, COL, ["06", "08", "03"], "061", "2022-09-26",
  P("Cucuta", "COL"), False, "reverse direction: optional")
E("aa10", "walked to the middle of the bridge", PETRO, A("Venezuelan ministers", "VEN", "GOV"), ["04"], "040", "2022-09-26",
  None, True, "meeting 04; Monday from the lead; 'the middle of the bridge' is on the border line: no place")
E("aa10", "He praised the reopening on state television", A("Nicolas Maduro", "VEN", "GOV"), COL, ["05"], "051",
  "2022-09", None, False, "praise of a joint act by one of its parties: optional")
E("aa10", "agreed in August to restore relations at", A("Alvaro Leyva", "COL", "GOV"), A("Carlos Faria", "VEN", "GOV"),
  AGREE, "054", "2022-08", P("San Cristobal", "VEN"), True, "agreement to restore relations (054, 05/03/08); joint: "
  "the first-mentioned minister as source; 'in August'; the clause names San Cristobal")
E("aa10", "agreed in August to restore relations at", A("Carlos Faria", "VEN", "GOV"), A("Alvaro Leyva", "COL", "GOV"),
  AGREE, "054", "2022-08", P("San Cristobal", "VEN"), False, "reverse direction: optional")
E("aa10", "The governments exchanged ambassadors at the end", COL, VEN, ["05", "03", "04"], "050", "2022-08", None, True,
  "exchange of ambassadors as diplomatic cooperation 050 (05/03/04); 'The governments' = the two named before, "
  "first-mentioned (Colombia) as source; 'the end of that month' = August")
E("aa10", "Venezuelan opposition politicians accused Petro of lending", A("Venezuelan opposition politicians", "VEN",
  ["OPP", "PTY"]), PETRO, ["11"], "112", "2022-09", None, True, "accusation 112; no day: month")
E("aa10", "Venezuelan opposition politicians accused Petro of lending", A("Colombian business groups", "COL", "BUS"),
  None, ["13", "11"], "130", "2022-09", None, False, "a warning about smugglers with no political target: optional")
E("aa10", "Petro said the two presidents would meet", PETRO, A("Nicolas Maduro", "VEN", "GOV"), ["03"], "036", "2022-09",
  None, False, "intent to meet 036: optional")
F("aa10", "who had been expected, did not come", "negated")
F("aa10", "Cross-border lorry traffic had been halted since", "standing situation")

# ---------------------------------------------------------------- aa11 Port Moresby, Pacific (Papua New Guinea)
S("aa11", "2024-01-12", "Pacific", """
Papua New Guinea declares emergency after pay riots leave 15 dead

PORT MORESBY, Papua New Guinea —

Prime Minister James Marape declared a 14-day state of emergency on Thursday and suspended the national police chief and three senior civil servants, a day after riots and looting in the capital and the northern city of Lae left at least 15 people dead.

Hundreds of police officers, soldiers and prison guards walked off the job on Wednesday morning and marched on Parliament House to protest against unexplained cuts to their pay.

With officers off the streets, crowds ransacked shops and supermarkets across Port Moresby and set buildings alight. Gunfire could be heard late into the night.

Marape told reporters the deductions had been caused by a payroll error and would be refunded, and he apologised to the officers. About 1,000 soldiers were on standby to restore order, he said, adding that anyone caught looting would be prosecuted.

The suspended officials include Police Commissioner David Manning and the heads of the finance and treasury departments.

Australian Prime Minister Anthony Albanese said Canberra stood ready to help its closest neighbour. China's embassy urged the government to protect Chinese citizens and businesses, several of which were looted.

Opposition lawmakers said they would bring a motion of no confidence against Marape when parliament sits next month. Port Moresby has long ranked among the most violent cities in the Pacific.
""")
MARAPE = A("James Marape", "PNG", "GOV")
PNG0 = A("Papua New Guinea", "PNG", None)
PNGGOV = A("Papua New Guinea's government", "PNG", "GOV")
PNGCOP = A("Papua New Guinea police officers", "PNG", ["COP", "LAB"])
PNGRIOT = A("Papua New Guinean rioters", "PNG", ["CVL", "CRM"])
E("aa11", "Papua New Guinea declares emergency after pay", MARAPE, PNG0, ["17"], "1724", "2024-01-11", None, False,
  "headline")
E("aa11", "Prime Minister James Marape declared a 14-day", MARAPE, PNG0, ["17"], "1724", "2024-01-11", None, True,
  "state of emergency 1724 (news-dev), self-directed: target the country with sector null; 'on Thursday' in a Friday "
  "paper")
E("aa11", "Prime Minister James Marape declared a 14-day", MARAPE, A("David Manning", "PNG", "COP"), ["17", "16"], "172",
  "2024-01-11", None, True, "suspending the police chief, administrative sanction 172 (17/16), second verb with its "
  "own target: required; the chief is named later ('Police Commissioner David Manning')")
E("aa11", "Prime Minister James Marape declared a 14-day", PNGRIOT, PNG0, VPROT, "145", "2024-01-10", None, False,
  "'a day after riots and looting', nominal without agent, detailed below: optional")
E("aa11", "walked off the job on Wednesday morning", PNGCOP, PNGGOV, ["14"], "143", "2024-01-10",
  P("Port Moresby", "PNG"), True, "walkout and march on parliament, strike 143 / demonstration 141; compound subject, "
  "first member required; Parliament House stands in the dateline city, the capital of the lead")
E("aa11", "walked off the job on Wednesday morning", A("Papua New Guinea soldiers", "PNG", ["MIL", "LAB"]), PNGGOV, ["14"],
  "143", "2024-01-10", P("Port Moresby", "PNG"), False, "second member: optional")
E("aa11", "walked off the job on Wednesday morning", A("Papua New Guinea prison guards", "PNG", ["COP", "LAB"]), PNGGOV,
  ["14"], "143", "2024-01-10", P("Port Moresby", "PNG"), False, "third member: optional")
E("aa11", "crowds ransacked shops and supermarkets across Port", PNGRIOT, PNG0, VPROT, "145", "2024-01-10",
  P("Port Moresby", "PNG"), True, "looting and arson as violent protest 145 (14/18/17); premises are the country with "
  "sector null; the Wednesday of the sentence before; the clause names Port Moresby")
E("aa11", "he apologised to the officers", MARAPE, PNGCOP, ["05"], "055", "2024-01", None, True,
  "apology 055 (a concession to the strikers); no day of its own: month")
E("aa11", "About 1,000 soldiers were on standby to", A("Papua New Guinea Defence Force", "PNG", "MIL"), PNGRIOT, SHOW, "150",
  "2024-01", None, False, "troops on standby, a show of force reported by the prime minister: optional; the "
  "prosecution warning is future: not coded")
E("aa11", "said Canberra stood ready to help its", A("Anthony Albanese", "AUS", "GOV"), PNGGOV, ["03", "07"], "033",
  "2024-01", None, False, "offer of help 033, single outside reaction: optional")
E("aa11", "China's embassy urged the government to protect", A("Chinese embassy", "CHN", "GOV"), PNGGOV, APPEAL, "020",
  "2024-01", None, False, "single outside appeal: optional")
F("aa11", "Opposition lawmakers said they would bring a", "planned, not yet done")
F("aa11", "Port Moresby has long ranked among the", "standing situation")

# ---------------------------------------------------------------- aa12 Islamabad, South Asia (Pakistan / U.S. / NATO)
S("aa12", "2011-11-27", "South Asia", """
Pakistan shuts NATO supply routes after border air strike kills 24 soldiers

ISLAMABAD, Pakistan —

Pakistan ordered the United States on Saturday to leave the Shamsi air base in the southwest within 15 days and closed NATO's supply routes into Afghanistan, hours after NATO helicopters attacked two army posts on the Afghan border and killed 24 soldiers.

The decisions were taken at an emergency meeting of the cabinet's defence committee, chaired by Prime Minister Yusuf Raza Gilani, which said Pakistan would review all its cooperation with the United States and NATO.

The army said the posts in the Mohmand tribal district came under fire shortly after midnight. Its chief, Gen. Ashfaq Kayani, called the strike a blatant and unacceptable act.

Lorries carrying fuel and supplies for foreign troops were turned back at the Torkham crossing in the Khyber Pass.

Foreign Minister Hina Rabbani Khar told Secretary of State Hillary Clinton by telephone that the attack was totally unacceptable, and the Foreign Office summoned the U.S. ambassador, Cameron Munter, to lodge a strong protest.

Clinton and Defense Secretary Leon Panetta offered their condolences and backed a NATO inquiry. Relations were already raw after a CIA contractor, Raymond Davis, shot dead two men in Lahore in January.

Nearly half of the supplies for NATO's troops in Afghanistan travel through Pakistan. It was not clear whether the helicopters had been fired on from the Pakistani side first.
""")
PAK = A("Pakistan", "PAK", "GOV")
NATO = A("NATO", "NAT", ["IGO", "MIL"])
E("aa12", "Pakistan shuts NATO supply routes after border", PAK, NATO, BLOCK, "191", "2011-11-26", None, False, "headline")
E("aa12", "Pakistan shuts NATO supply routes after border", NATO, A("Pakistani army", "PAK", "MIL"), ATTACK, "195",
  "2011-11-26", None, False, "headline, second event")
E("aa12", "Pakistan ordered the United States on Saturday", PAK, USA, ["16", "10", "17"], "166", "2011-11-26", None, True,
  "ordering U.S. forces out of a base: expulsion 166 (16/10/17); Shamsi is the object, not the place of the order; "
  "Saturday in a Sunday paper")
E("aa12", "Pakistan ordered the United States on Saturday", PAK, NATO, BLOCK, "191", "2011-11-26", None, True,
  "closing the supply routes 191 (19/17/16, as owned21's border closures), second verb with its own target: required; "
  "NATO coded NAT/[IGO,MIL] (the validator needs three letters)")
E("aa12", "Pakistan ordered the United States on Saturday", NATO, A("Pakistani army", "PAK", "MIL"), ATTACK, "195",
  "2011-11-26", None, True, "'hours after NATO helicopters attacked two army posts', air attack 195, with its own "
  "agent: required; 'the Afghan border' is an area, not a place")
E("aa12", "which said Pakistan would review all its", PAK, USA, ["13", "16"], "130", "2011-11", None, False,
  "a review announced as an intention: optional")
E("aa12", "The army said the posts in the", NATO, A("Pakistani army", "PAK", "MIL"), ATTACK, "195", "2011-11-26",
  P("Mohmand", "PAK"), False, "restatement of the attack, agentless ('came under fire'): optional")
E("aa12", "called the strike a blatant and unacceptable", A("Ashfaq Kayani", "PAK", "MIL"), NATO, ["11"], "111",
  "2011-11", None, True, "condemnation 111; 'Its chief' = the army's; no day of its own: month")
E("aa12", "Lorries carrying fuel and supplies for foreign", PAK, NATO, BLOCK, "191", "2011-11", P("Torkham", "PAK"), False,
  "agentless passive ('were turned back'), restating the closure: optional")
E("aa12", "told Secretary of State Hillary Clinton by", A("Hina Rabbani Khar", "PAK", "GOV"),
  A("Hillary Clinton", "USA", "GOV"), ["11"], "111", "2011-11", None, True,
  "protest by telephone, criticism 111; no day: month")
E("aa12", "told Secretary of State Hillary Clinton by", A("Pakistan's Foreign Office", "PAK", "GOV"),
  A("Cameron Munter", "USA", "GOV"), ["11"], "114", "2011-11", None, True,
  "summoning an envoy to protest 114 (news-dev), second clause of the sentence with its own agent: required")
E("aa12", "Clinton and Defense Secretary Leon Panetta offered", A("Hillary Clinton", "USA", "GOV"), PAK, ["01"], "018",
  "2011-11", None, False, "condolences 018 (PLOVER none): optional")
E("aa12", "Clinton and Defense Secretary Leon Panetta offered", A("Hillary Clinton", "USA", "GOV"), NATO, ["05"], "051",
  "2011-11", None, False, "backing an inquiry: optional")
E("aa12", "shot dead two men in Lahore in", A("Raymond Davis", "USA", ["SPY", "GOV"]), A("Pakistani civilians", "PAK", "CVL"),
  ATTACK, "1823", "2011-01", P("Lahore", "PAK"), True, "dated background killing in an 'after' clause with its own "
  "agent: required; 'in January'; the clause names Lahore; fired shots: 18/19/20 tolerant")
F("aa12", "Nearly half of the supplies for NATO's", "count and standing situation")
F("aa12", "It was not clear whether the helicopters", "speculation")

if __name__ == "__main__":
    write(HERE)
