#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned28 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line.
Run: python3 testdata/owned28/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
SHOOT = ["17", "18", "19"]
SHOW = ["15", "19", "13"]
VERDICT = ["17", "11"]
HOSTAGE = ["18", "17", "19"]
RELEASE = ["08"]
MEET = ["03", "04"]
UNK = A("unidentified attackers", None, None)

# ---------------------------------------------------------------- ab01 Bisho, Africa (South Africa / Ciskei)
S("ab01", "1992-09-08", "Africa", """
Ciskei troops fire on ANC marchers at Bisho, killing 28

BISHO, South Africa —

Soldiers of the Ciskei homeland opened fire on Monday on tens of thousands of African National Congress supporters marching on this homeland capital to demand the removal of its military ruler, Brigadier Oupa Gqozo, killing at least 28 people and wounding about 200.

The shooting began when a column led by Ronnie Kasrils, an ANC leader, broke through a gap in the stadium fence and ran towards the town. Witnesses said the troops fired volleys of automatic rifle fire for several minutes.

Gqozo, who seized power in the homeland in a 1990 coup, said his men had come under fire first.

Nelson Mandela, the ANC president, held President F.W. de Klerk's government responsible, since Pretoria funds and arms the homeland, and demanded that it remove Gqozo at once.

De Klerk expressed regret at the deaths but accused the ANC's leaders of leading their followers into danger despite warnings. He proposed an early meeting with Mandela to halt the violence.

The march came less than three months after the ANC broke off constitutional talks with the government over the killing of more than 40 people in Boipatong township, which it blamed on police-backed Inkatha supporters.

In Washington, the State Department condemned the shooting and urged both sides to return to negotiations.

Ciskei is one of four homelands that Pretoria declared independent, but no other government has ever recognised them. It was not clear whether the ANC would go ahead with plans to march on other homelands.
""")
CDF = A("Ciskei Defence Force", "ZAF", "MIL")
ANCM = A("ANC marchers", "ZAF", ["CVL", "OPP"])
GQOZO = A("Oupa Gqozo", "ZAF", ["MIL", "GOV"])
CISKG = A("Ciskei homeland government", "ZAF", "GOV")
MANDELA = A("Nelson Mandela", "ZAF", ["OPP", "PTY"])
ZAFG = A("South African government", "ZAF", "GOV")
DEKLERK = A("F.W. de Klerk", "ZAF", "GOV")
ANC = A("African National Congress", "ZAF", ["OPP", "PTY"])
BISHO = P("Bisho", "ZAF")
E("ab01", "Ciskei troops fire on ANC marchers at", CDF, ANCM, SHOOT, "175", "1992-09-07", BISHO, False, "headline")
E("ab01", "Soldiers of the Ciskei homeland opened fire", CDF, ANCM, SHOOT, "175", "1992-09-07", BISHO, True,
  "live fire on marchers 175, tolerant 17/18/19 (repression, killing, armed force); Monday in a Tuesday paper; 'this "
  "homeland capital' with the dateline gives Bisho; Ciskei's troops ZAF (a homeland only Pretoria recognised)")
E("ab01", "marching on this homeland capital to demand", ANCM, GQOZO, ["14", "10"], "141", "1992-09-07", BISHO, False,
  "the march and its demand inside a participle: optional")
E("ab01", "Witnesses said the troops fired volleys of", CDF, ANCM, SHOOT, "175", "1992-09", None, False,
  "restatement of the lead inside a witness account: optional")
E("ab01", "said his men had come under fire", GQOZO, ANCM, ["11"], "112", "1992-09", None, False,
  "one side's claim that the marchers fired first: optional (account of a party, disputed)")
E("ab01", "who seized power in the homeland in", GQOZO, CISKG, COUP, "1724", "1990", None, True,
  "dated background coup inside a relative clause with its own agent: required; 'a 1990 coup' gives the year; target "
  "the homeland's government (its ousted ruler is not named)")
E("ab01", "held President F.W. de Klerk's government responsible", MANDELA, ZAFG, ["11"], "112", "1992-09", None, True,
  "blame 112; 'held ... responsible' without the verb accuse; no day: month")
E("ab01", "demanded that it remove Gqozo at once", MANDELA, ZAFG, DEMAND, "1041", "1992-09", None, True,
  "demand for a leader's removal 1041 (10/02); 'it' = de Klerk's government; second verb with its own object: required")
E("ab01", "De Klerk expressed regret at the deaths", DEKLERK, ANCM, ["01", "05"], "018", "1992-09", None, False,
  "sympathy: optional")
E("ab01", "accused the ANC's leaders of leading their", DEKLERK, ANC, ["11"], "112", "1992-09", None, True,
  "counter-accusation 112, second verb after 'but': required; month")
E("ab01", "He proposed an early meeting with Mandela", DEKLERK, MANDELA, MEET + ["10"], "036", "1992-09", None, True,
  "offer to meet 036 (03/04, or 10 if read as a call); 'He' = de Klerk; month")
E("ab01", "the ANC broke off constitutional talks with", ANC, ZAFG, ["16", "12"], "164", "1992-06", None, True,
  "dated background: a halt to talks 164 (16/12), as owned21; 'less than three months after' a 7 September march: June")
E("ab01", "which it blamed on police-backed Inkatha supporters", ANC, A("Inkatha supporters", "ZAF", ["PTY", "CVL"]),
  ["11"], "112", "1992-06", None, False, "background blame inside a relative, the killing itself agentless: optional")
E("ab01", "the State Department condemned the shooting and", A("United States", "USA", "GOV"), CDF, ["11"], "111",
  "1992-09", P("Washington", "USA"), False, "single outside reaction: optional; 'In Washington' names the place")
E("ab01", "the State Department condemned the shooting and", A("United States", "USA", "GOV"), ZAFG, ["02", "10"], "026",
  "1992-09", P("Washington", "USA"), False, "appeal to resume talks, second verb of an outside reaction: optional")
F("ab01", "Ciskei is one of four homelands that", "standing situation (the homelands' status)")
F("ab01", "It was not clear whether the ANC", "speculation about planned marches")

# ---------------------------------------------------------------- ab02 Nairobi, Africa (Rwanda / Belgium)
S("ab02", "1994-04-08", "Africa", """
Rwandan troops kill prime minister and Belgian peacekeepers after president's plane is downed

NAIROBI, Kenya —

Members of Rwanda's presidential guard killed Prime Minister Agathe Uwilingiyimana at her home in Kigali on Thursday, hours after a plane carrying President Juvenal Habyarimana was shot down as it came in to land at the capital's airport, United Nations officials said.

The same soldiers disarmed ten Belgian paratroopers of the U.N. force who had been sent to guard her and killed them at a military camp in Kigali, the Belgian government said. Prime Minister Jean-Luc Dehaene called the killings an act of barbarism.

Habyarimana and Burundi's president, Cyprien Ntaryamira, were returning from a regional summit in Tanzania on Wednesday evening when the jet was struck by what witnesses described as two missiles. Everyone on board died. It was not known who fired them.

A radio station run by Hutu extremists accused Belgian troops of downing the plane, a charge Brussels rejected as absurd.

Soldiers and militiamen set up roadblocks across Kigali and went from house to house killing opposition politicians and members of the Tutsi minority, residents told aid workers by telephone.

The Rwandan Patriotic Front, the mainly Tutsi rebel movement that signed a power-sharing accord with the government at Arusha last August, accused the presidential guard of a planned massacre and warned that its fighters would defend the population.

Whether the U.N. force of some 2,500 troops would stay in Rwanda was unclear.
""")
RPG = A("Rwandan presidential guard", "RWA", "MIL")
AGATHE = A("Agathe Uwilingiyimana", "RWA", "GOV")
HABY = A("Juvenal Habyarimana", "RWA", "GOV")
BELP = A("Belgian peacekeepers", "BEL", ["MIL", "IGO"])
BEL = A("Belgium", "BEL", "GOV")
RPF = A("Rwandan Patriotic Front", "RWA", ["REB", "OPP"])
RWAG = A("Rwandan government", "RWA", "GOV")
RWAM = A("Rwandan soldiers", "RWA", "MIL")
RADIO = A("Hutu extremist radio station", "RWA", ["MED", "RAD"])
OPPOL = A("Rwandan opposition politicians", "RWA", ["OPP", "PTY"])
KIGALI = P("Kigali", "RWA")
E("ab02", "Rwandan troops kill prime minister and Belgian", RWAM, AGATHE, ATTACK, "186", "1994-04-07", None, False,
  "headline, first member")
E("ab02", "Rwandan troops kill prime minister and Belgian", RWAM, BELP, ATTACK, "180", "1994-04-07", None, False,
  "headline, second member")
E("ab02", "after president's plane is downed", UNK, HABY, ATTACK, "180", "1994-04-06", None, False,
  "headline, agentless")
E("ab02", "presidential guard killed Prime Minister Agathe Uwilingiyimana", RPG, AGATHE, ATTACK, "186", "1994-04-07",
  KIGALI, True, "killing of a political leader 186 (18/19/20); Thursday in a Friday paper; 'in Kigali' in the clause; "
  "Nairobi is only the dateline")
E("ab02", "hours after a plane carrying President Juvenal", UNK, HABY, ATTACK, "180", "1994-04-06", None, False,
  "agentless passive ('was shot down'); nobody named as attacker: optional; the text later gives Wednesday evening")
E("ab02", "The same soldiers disarmed ten Belgian paratroopers", RPG, BELP, ATTACK, "180", "1994-04", KIGALI, True,
  "'The same soldiers' = the presidential guard; killing peacekeepers 180; the Belgian government's account is not "
  "disputed in the story; no day of its own: month; 'in Kigali' names the place")
E("ab02", "called the killings an act of barbarism", A("Jean-Luc Dehaene", "BEL", "GOV"), RPG, ["11"], "111", "1994-04",
  None, False, "condemnation by the victims' government: optional")
E("ab02", "when the jet was struck by what", UNK, HABY, ATTACK, "180", "1994-04-06", None, False,
  "agentless, restates the downing with its day ('on Wednesday evening'): optional")
E("ab02", "A radio station run by Hutu extremists", RADIO, A("Belgian troops", "BEL", "MIL"), ["11"], "112", "1994-04",
  None, True, "accusation 112; no day: month")
E("ab02", "a charge Brussels rejected as absurd", BEL, RADIO, DENY, "016", "1994-04", None, True,
  "denial of the accusation in a reduced relative: a stated denial is an event; 'Brussels' = Belgium's government")
E("ab02", "Soldiers and militiamen set up roadblocks across", RWAM, OPPOL, ATTACK, "180", "1994-04", KIGALI, True,
  "killings by soldiers, first member of subject and object; residents' account, undisputed, and the story depends "
  "on it; 'across Kigali'; no day: month")
E("ab02", "Soldiers and militiamen set up roadblocks across", A("Hutu militiamen", "RWA", ["UAF", "RAD"]), OPPOL, ATTACK,
  "180", "1994-04", KIGALI, False, "second member of the compound subject: optional")
E("ab02", "Soldiers and militiamen set up roadblocks across", RWAM, A("Tutsi civilians", "RWA", "CVL"), ATTACK, "180",
  "1994-04", KIGALI, False, "second member of the compound object: optional")
E("ab02", "that signed a power-sharing accord with the", RPF, RWAG, AGREE, "057", "1993-08", P("Arusha", "TZA"), True,
  "dated background accord in a relative clause with its own agent: required; 'last August' = 1993-08; 'at Arusha' "
  "names the place; first-mentioned direction")
E("ab02", "that signed a power-sharing accord with the", RWAG, RPF, AGREE, "057", "1993-08", P("Arusha", "TZA"), False,
  "reverse direction of a joint event: optional")
E("ab02", "accused the presidential guard of a planned", RPF, RPG, ["11"], "112", "1994-04", None, True,
  "accusation 112; month")
E("ab02", "warned that its fighters would defend the", RPF, RPG, ["13"], "138", "1994-04", None, False,
  "conditional warning of force: optional")
F("ab02", "It was not known who fired them.", "no agent, no event: unknown attackers")
F("ab02", "Whether the U.N. force of some 2,500", "speculation")

# ---------------------------------------------------------------- ab03 Beirut, Middle East (Israel / Lebanon / PLO)
S("ab03", "1982-06-07", "Middle East", """
Israeli armour rolls into Lebanon to drive back PLO; U.N. council demands pullout

BEIRUT, Lebanon —

Israeli tanks and infantry crossed into southern Lebanon on Sunday in a drive against Palestinian guerrillas, and warplanes pounded Palestinian positions on the outskirts of the capital for a third day.

The cabinet of Prime Minister Menachem Begin said the operation, called Peace for Galilee, would push the Palestine Liberation Organisation out of artillery range of Israel's northern towns.

Israeli jets first struck guerrilla bases in Beirut and the south on Friday, and Palestinian gunners answered with barrages of rockets and shells on Galilee settlements.

The air raids followed Thursday's shooting of Israel's ambassador to Britain, Shlomo Argov, who was gravely wounded outside a London hotel. Israel blamed the PLO. The organisation denied any part in the attack, and British police arrested three men.

Late on Sunday the U.N. Security Council, meeting in New York, unanimously demanded that Israel withdraw all its forces to the internationally recognised border.

President Reagan, attending an economic summit in France, called for an end to the fighting and said he was sending his envoy, Philip Habib, to the region.

Some 6,000 U.N. peacekeepers have patrolled southern Lebanon since 1978. Whether the Israeli army would halt once the guerrillas' guns were out of range was not clear.
""")
ISRM = A("Israeli armed forces", "ISR", "MIL")
ISR = A("Israel", "ISR", "GOV")
PLO = A("Palestine Liberation Organisation", "PSE", ["REB", "GOV"])
BEIRUT = P("Beirut", "LBN")
E("ab03", "Israeli armour rolls into Lebanon to drive", ISRM, PLO, FORCE, "190", "1982-06-06", None, False, "headline")
E("ab03", "U.N. council demands pullout", A("U.N. Security Council", "UNO", "IGO"), ISR, DEMAND, "1056", "1982-06-06",
  None, False, "headline, second event")
E("ab03", "Israeli tanks and infantry crossed into southern", ISRM, PLO, FORCE, "190", "1982-06-06", None, True,
  "ground invasion 190 (19/18) against the guerrillas named in the clause; Sunday in a Monday paper; 'southern "
  "Lebanon' is an area, no place")
E("ab03", "Israeli tanks and infantry crossed into southern", ISRM, A("Lebanon", "LBN", None), FORCE, "190",
  "1982-06-06", None, False, "the same crossing read as against Lebanon (premises): optional")
E("ab03", "warplanes pounded Palestinian positions on the outskirts", ISRM, PLO, FORCE, "195", "1982-06-06", BEIRUT, True,
  "air strikes 195, second clause with its own subject; 'the capital' with the Beirut dateline gives Beirut")
E("ab03", "said the operation, called Peace for Galilee", A("Israeli cabinet", "ISR", "GOV"), PLO, ["13"], "138",
  "1982-06", None, False, "stated aim of an operation under way: optional")
E("ab03", "Israeli jets first struck guerrilla bases in", ISRM, PLO, FORCE, "195", "1982-06-04", BEIRUT, True,
  "dated earlier strikes 'on Friday' (4 June); the clause names Beirut (and 'the south', an area)")
E("ab03", "Palestinian gunners answered with barrages of rockets", PLO, A("Israeli settlements", "ISR", "CVL"), FORCE,
  "194", "1982-06", None, True, "shelling 194 (19/18), second clause without a day of its own: month; 'Galilee "
  "settlements' is an area, no place")
E("ab03", "Thursday's shooting of Israel's ambassador to Britain", UNK, A("Shlomo Argov", "ISR", "GOV"), ATTACK, "180",
  "1982-06-03", P("London", "GBR"), False, "nominal attack without an agent: optional; 'outside a London hotel'")
E("ab03", "Israel blamed the PLO.", ISR, PLO, ["11"], "112", "1982-06", None, True, "accusation 112; month")
E("ab03", "The organisation denied any part in the", PLO, ISR, DENY, "016", "1982-06", None, True,
  "denial 016 (01/12); 'The organisation' = the PLO; month")
E("ab03", "British police arrested three men", A("British police", "GBR", "COP"), A("Argov suspects", None, None), ["17"],
  "173", "1982-06", None, True, "arrest 173, second clause after 'and'; suspects of no stated nationality null/null; "
  "no place in the clause")
E("ab03", "the U.N. Security Council, meeting in New", A("U.N. Security Council", "UNO", "IGO"), ISR, DEMAND, "1056",
  "1982-06-06", P("New York", "USA"), True, "demand for withdrawal 1056 (10/02); 'Late on Sunday'; 'meeting in New "
  "York' names the place")
E("ab03", "called for an end to the fighting", A("Ronald Reagan", "USA", "GOV"), ISR, ["02", "10"], "0256", "1982-06",
  None, False, "single outside reaction, target not named: optional")
F("ab03", "Some 6,000 U.N. peacekeepers have patrolled southern", "standing situation")
F("ab03", "Whether the Israeli army would halt once", "speculation")

# ---------------------------------------------------------------- ab04 Dubai, Middle East (U.S. / Iran / Iraq)
S("ab04", "1988-07-04", "Middle East", """
U.S. warship downs Iranian airliner over Gulf; Tehran vows revenge for 290 dead

DUBAI, United Arab Emirates —

The U.S. cruiser Vincennes shot down an Iran Air passenger jet over the Strait of Hormuz on Sunday, killing all 290 people aboard, after its crew mistook the Airbus for an attacking F-14 fighter, the Pentagon said.

The airliner had taken off minutes earlier from the Iranian port of Bandar Abbas on a scheduled flight to this city.

Admiral William Crowe, chairman of the Joint Chiefs of Staff, told reporters the plane had ignored repeated radio warnings. Minutes before the downing, the Vincennes and another warship had sunk two Iranian speedboats that had fired on one of the cruiser's helicopters, he said.

President Reagan called the loss of life a terrible human tragedy and expressed deep regret, but said the commander had acted properly to protect his ship.

Tehran radio accused the United States of a deliberate massacre and vowed that the blood of the dead would be avenged. Iran's foreign minister, Ali Akbar Velayati, asked the U.N. Security Council to meet and condemn Washington.

The downing came 14 months after an Iraqi warplane fired two missiles into the frigate Stark, killing 37 American sailors, an attack Baghdad called a mistake.

The Soviet Union condemned the attack, while Britain said the United States had the right to defend its forces.

American warships have escorted reflagged Kuwaiti tankers through the Gulf for a year. Analysts said any Iranian retaliation could draw the Gulf states deeper into the war.
""")
USN = A("U.S. Navy", "USA", "MIL")
IRAIR = A("Iran Air passengers", "IRN", ["CVL", "BUS"])
IRGC = A("Iranian Revolutionary Guards boats", "IRN", "MIL")
IRN = A("Iran", "IRN", "GOV")
USA = A("United States", "USA", "GOV")
TRADIO = A("Tehran radio", "IRN", ["GOV", "MED"])
E("ab04", "U.S. warship downs Iranian airliner over Gulf", USN, IRAIR, ATTACK, "190", "1988-07-03", None, False, "headline")
E("ab04", "Tehran vows revenge for 290 dead", IRN, USA, ["13"], "130", "1988-07", None, False, "headline, second event")
E("ab04", "The U.S. cruiser Vincennes shot down an", USN, IRAIR, ATTACK, "190", "1988-07-03", None, True,
  "downing an airliner 190 (18/19/20); Sunday in a Monday paper; 'over the Strait of Hormuz' is a waterway, no place "
  "(as 'the Line of Control'); the Pentagon's account is not disputed as to the act")
E("ab04", "told reporters the plane had ignored repeated", A("William Crowe", "USA", ["MIL", "GOV"]), IRN, ["11"], "112",
  "1988-07", None, False, "one side's claim: optional")
E("ab04", "Minutes before the downing, the Vincennes and", USN, IRGC, FORCE, "190", "1988-07-03", None, True,
  "dated clash ('Minutes before' a Sunday event); the sinking is not disputed; compound subject is one actor (U.S. "
  "Navy)")
E("ab04", "that had fired on one of the", IRGC, USN, FORCE, "190", "1988-07-03", None, False,
  "act inside the account of one side's spokesman: optional")
E("ab04", "expressed deep regret, but said the commander", A("Ronald Reagan", "USA", "GOV"), IRN, ["01", "05"], "018",
  "1988-07", None, False, "regret, not an apology: optional")
E("ab04", "Tehran radio accused the United States of", TRADIO, USA, ["11"], "112", "1988-07", None, True,
  "accusation 112; state radio as Iran's government or media; no day: month")
E("ab04", "vowed that the blood of the dead", TRADIO, USA, ["13"], "130", "1988-07", None, True,
  "threat of revenge 130, second verb of the same sentence: required")
E("ab04", "asked the U.N. Security Council to meet", A("Ali Akbar Velayati", "IRN", "GOV"),
  A("U.N. Security Council", "UNO", "IGO"), ["02", "10"], "020", "1988-07", None, True,
  "request to the council 020 (02/10); month")
E("ab04", "an Iraqi warplane fired two missiles into", A("Iraqi air force", "IRQ", "MIL"), USN, FORCE, "195", "1987-05",
  None, True, "dated background attack with its own agent: '14 months after' July 1988 = May 1987")
E("ab04", "an attack Baghdad called a mistake", A("Iraq", "IRQ", "GOV"), USA, ["05", "01"], "055", "1987-05", None, False,
  "admission of error in a reduced relative: optional")
E("ab04", "The Soviet Union condemned the attack, while", A("Soviet Union", "SUN", "GOV"), USA, ["11"], "111", "1988-07",
  None, False, "single outside reaction: optional; the USSR as SUN (ISO 3166-3)")
E("ab04", "The Soviet Union condemned the attack, while", A("Britain", "GBR", "GOV"), USA, ["05"], "051", "1988-07",
  None, False, "single outside reaction: optional")
F("ab04", "American warships have escorted reflagged Kuwaiti tankers", "standing situation")
F("ab04", "Analysts said any Iranian retaliation could draw", "hypothetical")

# ---------------------------------------------------------------- ab05 Manila, Asia (Philippines)
S("ab05", "1983-08-22", "Asia", """
Marcos foe Aquino shot dead on return to Manila; troops kill alleged gunman

MANILA, Philippines —

Benigno Aquino, the exiled opposition leader who had defied President Ferdinand Marcos by coming home, was shot dead at Manila International Airport on Sunday moments after soldiers led him off the plane that brought him from Taipei.

Soldiers of the airport's security command then opened fire on a man in a mechanic's uniform who was standing near the body and killed him, military officials said. They described him as the assassin but did not name him.

Aquino, who was sentenced to death by a military tribunal in 1977, had travelled under an assumed name because the government refused to renew his passport.

Marcos told a news conference that communist rebels were probably behind the killing, and he ordered an inquiry headed by the chief justice.

Salvador Laurel, a leader of the opposition alliance, said the government bore responsibility because Aquino had been in the custody of soldiers when he was shot.

In Washington, the State Department condemned the killing as cowardly and urged Manila to bring those responsible to justice.

Aquino, a former senator, had spent three years in exile in the United States, where he was allowed to go for heart surgery in 1980.

Mourners said they would hold no rallies before the funeral. Whether the killing would unite Marcos's divided opponents was unclear.
""")
PHLM = A("Philippine soldiers", "PHL", "MIL")
AQUINO = A("Benigno Aquino", "PHL", ["OPP", "ELI"])
GUNMAN = A("alleged gunman", None, None)
MARCOS = A("Ferdinand Marcos", "PHL", "GOV")
PHLG = A("Philippine government", "PHL", "GOV")
MANILA = P("Manila", "PHL")
E("ab05", "Marcos foe Aquino shot dead on return", UNK, AQUINO, ATTACK, "186", "1983-08-21", None, False,
  "headline, agentless")
E("ab05", "troops kill alleged gunman", PHLM, GUNMAN, ["19", "18", "17"], "190", "1983-08-21", None, False,
  "headline, second event")
E("ab05", "who had defied President Ferdinand Marcos by", AQUINO, MARCOS, ["12"], "120", "1983-08", None, False,
  "defiance inside a relative: optional")
E("ab05", "was shot dead at Manila International Airport", UNK, AQUINO, ATTACK, "186", "1983-08-21", MANILA, False,
  "agentless passive, killer unnamed in the clause: optional; 'Manila International Airport' names the place")
E("ab05", "then opened fire on a man in", PHLM, GUNMAN, ["19", "18", "17"], "190", "1983-08-21", MANILA, True,
  "soldiers killing the man 190 (19/18/17); 'then' after Sunday gives the day; 'the airport' with the Manila dateline "
  "and the previous sentence's Manila airport; the man's nationality is not given: null/null")
E("ab05", "They described him as the assassin but", PHLM, GUNMAN, ["11"], "112", "1983-08", None, False,
  "labelling by one side: optional")
E("ab05", "who was sentenced to death by a", A("Philippine military tribunal", "PHL", ["MIL", "JUD"]), AQUINO, VERDICT,
  "173", "1977", None, True, "dated background sentence, passive with its agent in a relative: required; court "
  "verdicts 17/11 (news-dev)")
E("ab05", "because the government refused to renew his", PHLG, AQUINO, ["12", "17"], "120", "1983", None, True,
  "refusal 120 (12, or 17 as an administrative sanction) in a 'because' clause with its own agent; undated past: year")
E("ab05", "that communist rebels were probably behind the", MARCOS, A("communist rebels", "PHL", ["REB", "RAD"]), ["11"],
  "112", "1983-08", None, True, "accusation 112, hedged by 'probably' but asserted; month")
E("ab05", "he ordered an inquiry headed by the", MARCOS, None, ["09"], "091", "1983-08", None, True,
  "investigation of a crime 091; second clause with 'he' = Marcos; no target")
E("ab05", "said the government bore responsibility because Aquino", A("Salvador Laurel", "PHL", ["OPP", "PTY"]), PHLG,
  ["11"], "112", "1983-08", None, True, "blame 112; month")
E("ab05", "the State Department condemned the killing as", A("United States", "USA", "GOV"), PHLG, ["11", "10", "02"],
  "111", "1983-08", P("Washington", "USA"), False, "single outside reaction with an appeal to 'Manila': optional")
E("ab05", "where he was allowed to go for", PHLG, AQUINO, ["08"], "081", "1980", None, False,
  "agentless passive, dated: optional")
F("ab05", "Mourners said they would hold no rallies", "negated plan")
F("ab05", "Whether the killing would unite Marcos's divided", "speculation")

# ---------------------------------------------------------------- ab06 Seoul, Asia (North / South Korea / U.S.)
S("ab06", "1994-06-19", "Asia", """
Carter brings back Kim Il Sung's offer of first Korean summit

SEOUL, South Korea —

Former President Jimmy Carter crossed into South Korea at Panmunjom on Saturday carrying an offer from North Korea's leader, Kim Il Sung, to meet President Kim Young Sam, which would be the first summit between the two Koreas since the peninsula was divided in 1945.

Kim Young Sam accepted the offer within hours and proposed that officials of both sides meet soon to arrange it, his spokesman said.

Carter, who held two days of talks with the North Korean leader in Pyongyang, said Kim had agreed to freeze his nuclear programme and to let international inspectors stay at the Yongbyon reactor while talks with Washington resume.

In Washington, President Bill Clinton said the United States would reopen high-level talks with Pyongyang if the freeze was confirmed.

The crisis had deepened on Monday, when North Korea announced it was quitting the International Atomic Energy Agency, days after the agency's board suspended technical aid to Pyongyang. Washington then began pressing the U.N. Security Council to impose sanctions.

The North has warned repeatedly that sanctions would amount to a declaration of war.

The United States keeps some 37,000 troops in the South under a 1953 defence treaty. Had the sanctions campaign gone ahead, the Pentagon was ready to send more troops to the peninsula, officials said.
""")
CARTER = A("Jimmy Carter", "USA", ["ELI", "GOV"])
KIS = A("Kim Il Sung", "PRK", "GOV")
KYS = A("Kim Young Sam", "KOR", "GOV")
PRK = A("North Korea", "PRK", "GOV")
IAEA = A("International Atomic Energy Agency", "UNO", "IGO")
E("ab06", "Carter brings back Kim Il Sung's offer", KIS, KYS, MEET, "036", "1994-06", None, False, "headline")
E("ab06", "crossed into South Korea at Panmunjom on", CARTER, A("South Korea", "KOR", "GOV"), ["04"], "042",
  "1994-06-18", None, False, "a crossing, not a political act against anyone: optional")
E("ab06", "carrying an offer from North Korea's leader", KIS, KYS, MEET, "036", "1994-06", None, True,
  "offer to meet 036, a nominal event whose agent is named ('from ... Kim Il Sung'); made during the talks, no day: "
  "month")
E("ab06", "Kim Young Sam accepted the offer within", KYS, KIS, MEET, "036", "1994-06-18", None, True,
  "acceptance of a summit 036 (03/04); 'within hours' of Saturday's crossing gives the day")
E("ab06", "proposed that officials of both sides meet", KYS, PRK, MEET, "036", "1994-06-18", None, False,
  "second verb restating the same intent: optional")
E("ab06", "who held two days of talks with", CARTER, KIS, ["04"], "040", "1994-06", P("Pyongyang", "PRK"), True,
  "talks in a relative clause with its own agent; 'in Pyongyang' names the place; no day: month")
E("ab06", "who held two days of talks with", KIS, CARTER, ["04"], "040", "1994-06", P("Pyongyang", "PRK"), False,
  "reverse direction of a joint event: optional")
E("ab06", "said Kim had agreed to freeze his", KIS, A("United States", "USA", "GOV"), AGREE, "030", "1994-06", None,
  True, "agreement to freeze 030 (05/03/08) in Carter's account, which the story does not dispute; target the party "
  "to the talks ('talks with Washington'); month")
E("ab06", "President Bill Clinton said the United States", A("Bill Clinton", "USA", "GOV"), PRK, MEET, "036", "1994-06",
  P("Washington", "USA"), False, "conditional offer: optional")
E("ab06", "when North Korea announced it was quitting", PRK, IAEA, ["16", "12"], "161", "1994-06-13", None, True,
  "leaving an agency 161 (16/12); 'on Monday' in a Sunday paper = 13 June; the IAEA as UNO/IGO")
E("ab06", "days after the agency's board suspended technical", IAEA, PRK, SANCT, "162", "1994-06", None, True,
  "suspension of aid 162 (16/17) in an 'after' clause with its own agent; 'days after' a dated Monday: month")
E("ab06", "Washington then began pressing the U.N. Security", A("United States", "USA", "GOV"),
  A("U.N. Security Council", "UNO", "IGO"), DEMAND, "100", "1994-06", None, False,
  "push for sanctions, not yet imposed: optional")
E("ab06", "The North has warned repeatedly that sanctions", PRK, A("United States", "USA", "GOV"), ["13"], "130",
  "1994-06", None, False, "repeated conditional threat, present perfect: optional")
F("ab06", "The United States keeps some 37,000 troops", "standing situation")
F("ab06", "Had the sanctions campaign gone ahead, the", "hypothetical")

# ---------------------------------------------------------------- ab07 Madrid, Europe (Spain)
S("ab07", "1981-02-25", "Europe/Eurasia", """
Spanish coup attempt collapses as Civil Guards free parliament

MADRID, Spain —

Civil Guards who had held Spain's parliament at gunpoint for 18 hours surrendered on Tuesday and released some 350 deputies and the entire cabinet, ending an attempted coup that King Juan Carlos had faced down in a televised address.

Lieutenant Colonel Antonio Tejero, brandishing a pistol, led about 200 Civil Guards into the Congress of Deputies in Madrid on Monday evening as members voted on Leopoldo Calvo Sotelo's investiture as prime minister. His men fired into the ceiling and ordered the deputies to the floor.

Late on Monday, General Jaime Milans del Bosch, the commander of the Valencia military region, declared a state of emergency there and sent tanks into the streets of Valencia.

The king, wearing the uniform of commander-in-chief, went on television shortly after 1 a.m. on Tuesday and ordered the armed forces to defend the constitution. He said the crown would not tolerate any attempt to interrupt the democratic process by force.

Milans del Bosch withdrew his tanks before dawn and was later placed under arrest at his headquarters, the defence ministry said. Tejero was taken into custody after the surrender.

Leaders across Western Europe praised the king for saving Spain's young democracy.

Spain held its first free elections in four decades in 1977, two years after the death of Franco. It was unclear how many other officers had known of the plot.
""")
GUARDS = A("mutinous Civil Guards", "ESP", ["COP", "MIL"])
DEPUTIES = A("Spanish deputies", "ESP", "LEG")
ESPG = A("Spanish government", "ESP", "GOV")
TEJERO = A("Antonio Tejero", "ESP", ["COP", "MIL"])
MILANS = A("Jaime Milans del Bosch", "ESP", "MIL")
KING = A("King Juan Carlos", "ESP", "GOV")
E("ab07", "Spanish coup attempt collapses as Civil Guards", GUARDS, DEPUTIES, RELEASE, "0841", "1981-02-24", None, False,
  "headline")
E("ab07", "surrendered on Tuesday and released some 350", GUARDS, ESPG, ["08"], "0874", "1981-02-24", None, True,
  "surrender 0874 to the authorities; Tuesday in a Wednesday paper; no place in the clause")
E("ab07", "surrendered on Tuesday and released some 350", GUARDS, DEPUTIES, RELEASE, "0841", "1981-02-24", None, True,
  "release of hostages 0841, second verb with its own object: required; first member of the object")
E("ab07", "surrendered on Tuesday and released some 350", GUARDS, ESPG, RELEASE, "0841", "1981-02-24", None, False,
  "second member of the compound object ('the entire cabinet'): optional")
E("ab07", "who had held Spain's parliament at gunpoint", GUARDS, DEPUTIES, HOSTAGE, "181", "1981-02", None, False,
  "summary of the hostage-taking detailed in the next paragraph: optional")
E("ab07", "led about 200 Civil Guards into the", TEJERO, DEPUTIES, HOSTAGE, "181", "1981-02-23", P("Madrid", "ESP"),
  True, "storming parliament and holding the deputies 181 (18/17/19); 'on Monday evening'; 'in Madrid' in the clause")
E("ab07", "His men fired into the ceiling and", GUARDS, DEPUTIES, ["17", "18"], "170", "1981-02", None, False,
  "intimidation inside the storming: optional")
E("ab07", "declared a state of emergency there and", MILANS, ESPG, COUP, "1724", "1981-02-23", P("Valencia", "ESP"), True,
  "a rebel general's declared emergency 1724 (17/19); 'Late on Monday'; 'there' = the Valencia region, the second "
  "clause names the city")
E("ab07", "sent tanks into the streets of Valencia", MILANS, ESPG, ["15", "17", "19"], "150", "1981-02-23",
  P("Valencia", "ESP"), True, "show of force 150, second verb with its own object: required")
E("ab07", "ordered the armed forces to defend the", KING, A("Spanish armed forces", "ESP", "MIL"), DEMAND, "100",
  "1981-02-24", None, True, "the king's order 100 (10/02) to his own forces against the coup; 'shortly after 1 a.m. "
  "on Tuesday'")
E("ab07", "the crown would not tolerate any attempt", KING, GUARDS, ["13", "12"], "130", "1981-02-24", None, False,
  "refusal put as an intention: optional")
E("ab07", "Milans del Bosch withdrew his tanks before", MILANS, ESPG, ["08"], "0874", "1981-02", None, True,
  "withdrawal 0874; 'before dawn' has no day of its own: month")
E("ab07", "Milans del Bosch withdrew his tanks before", A("Spanish authorities", "ESP", ["GOV", "MIL"]), MILANS,
  ["17"], "173", "1981-02", None, False, "agentless passive arrest ('was later placed under arrest'): optional")
E("ab07", "Tejero was taken into custody after the", A("Spanish authorities", "ESP", ["GOV", "MIL"]), TEJERO, ["17"],
  "173", "1981-02", None, False, "agentless passive arrest: optional")
E("ab07", "Leaders across Western Europe praised the king", A("Western European leaders", None, "GOV"), KING, ["05"],
  "051", "1981-02", None, False, "outside reactions: optional")
F("ab07", "Spain held its first free elections in", "background: elections and a death, no political event")
F("ab07", "It was unclear how many other officers", "speculation")

# ---------------------------------------------------------------- ab08 Athens, Europe (Greece / Turkey)
S("ab08", "1996-01-31", "Europe/Eurasia", """
Greece and Turkey pull back from islets after U.S. mediation

ATHENS, Greece —

Greece and Turkey agreed early on Wednesday to withdraw warships and commandos from a pair of uninhabited rocky islets in the Aegean Sea after a night of telephone diplomacy by President Bill Clinton and his envoy Richard Holbrooke, officials in both capitals said.

The standoff escalated overnight when Turkish commandos landed on one of the islets and Greek special forces took up positions on the other, defence officials said.

A Greek navy helicopter crashed near the islets during the night, killing its three crew; Athens said the crash was an accident.

The crisis began last week when the mayor of the nearby Greek island of Kalymnos planted a Greek flag on the larger islet. Turkish journalists flown in by helicopter tore it down and raised their own, and Greek sailors later restored the Greek flag.

Turkey's prime minister, Tansu Ciller, had warned on Tuesday that the Greek flag "will come down" and that Turkey would not allow Greek soldiers to stay.

Greek Prime Minister Costas Simitis, in office for little more than a week, rejected any talks with Ankara on the islets' sovereignty and said Greece would accept only a ruling by the International Court of Justice.

The conservative opposition accused Simitis of bowing to Turkish pressure by agreeing to the withdrawal.

Neither side gave up its claim to the islets, which Greeks call Imia and Turks call Kardak.
""")
GRC = A("Greece", "GRC", "GOV")
TUR = A("Turkey", "TUR", "GOV")
SIMITIS = A("Costas Simitis", "GRC", "GOV")
E("ab08", "Greece and Turkey pull back from islets", GRC, TUR, ["08", "03"], "087", "1996-01-31", None, False, "headline")
E("ab08", "from islets after U.S. mediation", A("United States", "USA", "GOV"), GRC, ["04", "03"], "045", "1996-01",
  None, False, "headline, second event")
E("ab08", "Greece and Turkey agreed early on Wednesday", GRC, TUR, AGREE, "0356", "1996-01-31", None, True,
  "agreement to de-escalate 0356 (05/03/08); first-mentioned direction; 'in the Aegean Sea' is an area, no place")
E("ab08", "Greece and Turkey agreed early on Wednesday", TUR, GRC, AGREE, "0356", "1996-01-31", None, False,
  "reverse direction: optional")
E("ab08", "a night of telephone diplomacy by President", A("Bill Clinton", "USA", "GOV"), GRC, ["04", "03"], "045",
  "1996-01", None, False, "nominal mediation: optional")
E("ab08", "when Turkish commandos landed on one of", A("Turkish commandos", "TUR", "MIL"), GRC, ["19", "15", "17"], "192",
  "1996-01", None, True, "landing troops on a disputed islet 192 (19/15/17); 'overnight' without an anchor in the "
  "sentence: month")
E("ab08", "Greek special forces took up positions on", A("Greek special forces", "GRC", "MIL"), TUR, ["15", "19"], "150",
  "1996-01", None, True, "troops taking up positions 150 (as owned21's d12), second clause with its own subject")
E("ab08", "planted a Greek flag on the larger", A("Kalymnos mayor", "GRC", "GOV"), TUR, ["14", "15", "17"], "140",
  "1996-01", None, False, "symbolic act, no clean CAMEO code: optional")
E("ab08", "Turkish journalists flown in by helicopter tore", A("Turkish journalists", "TUR", "MED"), GRC,
  ["14", "15", "17"], "140", "1996-01", None, False, "symbolic act: optional")
E("ab08", "Greek sailors later restored the Greek flag", A("Greek navy", "GRC", "MIL"), TUR, ["15", "14", "17"], "150",
  "1996-01", None, False, "symbolic act by troops: optional")
E("ab08", "had warned on Tuesday that the Greek", A("Tansu Ciller", "TUR", "GOV"), GRC, ["13"], "130", "1996-01-30",
  None, True, "threat 130; 'on Tuesday' in a Wednesday paper")
E("ab08", "rejected any talks with Ankara on the", SIMITIS, TUR, ["12"], "125", "1996-01", None, True,
  "rejecting talks 125; 'Ankara' = Turkey; month")
E("ab08", "said Greece would accept only a ruling", SIMITIS, TUR, ["03", "12"], "030", "1996-01", None, False,
  "conditional intent: optional")
E("ab08", "The conservative opposition accused Simitis of bowing", A("Greek conservative opposition", "GRC",
  ["OPP", "PTY"]), SIMITIS, ["11"], "112", "1996-01", None, True, "accusation 112; month")
F("ab08", "A Greek navy helicopter crashed near the", "accident, no political event")
F("ab08", "Neither side gave up its claim to", "negated")

# ---------------------------------------------------------------- ab09 San Salvador, Americas (El Salvador)
S("ab09", "1980-03-25", "Americas", """
Archbishop Romero shot dead at altar; Salvadoran junta condemns killing

SAN SALVADOR, El Salvador —

Archbishop Oscar Arnulfo Romero, the country's most outspoken critic of military repression, was shot dead on Monday as he said Mass in the chapel of a cancer hospital in this capital.

A gunman fired a single shot from the chapel door and escaped in a waiting car, witnesses said.

The archbishop had used his Sunday sermon a day earlier to appeal to soldiers and national guardsmen to disobey orders to kill fellow Salvadorans and to stop the repression.

Last month he wrote to President Jimmy Carter asking him to halt military aid to the junta, saying such aid would only sharpen the repression.

The ruling civilian-military junta condemned the assassination and declared three days of national mourning. Leftist organisations blamed right-wing death squads that they say operate under the protection of the security forces.

Police said they had made no arrests by late Monday.

In Rome, Pope John Paul II condemned the killing of a bishop at the altar as a sacrilege. The U.S. ambassador, Robert White, called Romero's death a tragedy for the country.

More than 700 people have been killed in political violence in El Salvador since January, according to the archdiocese's legal aid office.
""")
ROMERO = A("Oscar Arnulfo Romero", "SLV", "REL")
GUN = A("unidentified gunman", None, None)
JUNTA = A("Salvadoran junta", "SLV", ["GOV", "MIL"])
E("ab09", "Archbishop Romero shot dead at altar; Salvadoran", UNK, ROMERO, ATTACK, "186", "1980-03-24", None, False,
  "headline, agentless")
E("ab09", "Salvadoran junta condemns killing", JUNTA, None, ["11"], "111", "1980-03", None, False,
  "headline, second event")
E("ab09", "was shot dead on Monday as he", UNK, ROMERO, ATTACK, "186", "1980-03-24", P("San Salvador", "SLV"), False,
  "agentless passive; the next sentence names the gunman: optional; 'this capital' with the dateline")
E("ab09", "A gunman fired a single shot from", GUN, ROMERO, ATTACK, "186", "1980-03", None, True,
  "assassination 186 by an unnamed gunman (null/null, news-dev); witnesses' account, undisputed; no day in the "
  "sentence: month; 'from the chapel door' no place")
E("ab09", "had used his Sunday sermon a day", ROMERO, A("Salvadoran soldiers and national guardsmen", "SLV",
  ["MIL", "COP"]), DEMAND, "020", "1980-03-23", None, True, "appeal 020 (02/10) in a dated sermon; 'a day earlier' "
  "than Monday; first member of the compound object (one actor)")
E("ab09", "Last month he wrote to President Jimmy", ROMERO, A("Jimmy Carter", "USA", "GOV"), DEMAND, "020", "1980-02",
  None, True, "request to halt military aid 020 (02/10), 'he' = Romero; 'Last month' = February")
E("ab09", "junta condemned the assassination and declared three", JUNTA, None, ["11"], "111", "1980-03", None, True,
  "condemnation 111 with no named target; month")
E("ab09", "Leftist organisations blamed right-wing death squads that", A("Salvadoran leftist organisations", "SLV",
  ["OPP", "RAD"]), A("right-wing death squads", "SLV", ["UAF", "RAD"]), ["11"], "112", "1980-03", None, True,
  "accusation 112; month")
E("ab09", "In Rome, Pope John Paul II condemned", A("Pope John Paul II", "VAT", "REL"), None, ["11"], "111", "1980-03",
  P("Rome", "ITA"), False, "single outside reaction: optional")
E("ab09", "called Romero's death a tragedy for the", A("Robert White", "USA", "GOV"), A("El Salvador", "SLV", None),
  ["01", "05"], "018", "1980-03", None, False, "sympathy: optional")
F("ab09", "Police said they had made no arrests", "negated")
F("ab09", "More than 700 people have been killed", "count")

# ---------------------------------------------------------------- ab10 Lima, Americas (Peru)
S("ab10", "1992-10-08", "Americas", """
Peru's hooded military judges sentence Shining Path chief Guzman to life

LIMA, Peru —

A military tribunal of hooded judges sentenced Abimael Guzman, the founder of the Shining Path guerrilla movement, to life in prison on Wednesday after a closed trial at a naval base on San Lorenzo island, off the port of Callao.

Guzman, who was seized by anti-terrorist police in a raid on a Lima safe house on Sept. 12, was shown to reporters in a cage last month wearing a striped prison suit. Several co-defendants, among them his companion Elena Iparraguirre, received the same sentence.

His lawyer, Alfredo Crespo, denounced the trial as a farce and said he would appeal to the Supreme Council of Military Justice.

President Alberto Fujimori said life imprisonment was too lenient and vowed to seek a change in the constitution so that Guzman could be executed.

Guzman's movement, which set off a car bomb in the Miraflores district of the capital in July that killed more than 20 people, has vowed to fight on.

Amnesty International said trials by anonymous judges denied defendants basic guarantees of a fair hearing.

The constitution allows the death penalty only for treason in time of foreign war. Human rights groups say some 25,000 people have died in the conflict since 1980.
""")
TRIB = A("Peruvian military tribunal", "PER", ["JUD", "MIL"])
GUZMAN = A("Abimael Guzman", "PER", ["REB", "RAD"])
PERCOP = A("Peruvian anti-terrorist police", "PER", "COP")
CRESPO = A("Alfredo Crespo", "PER", ["JUD", "CVL"])
SL = A("Shining Path", "PER", ["REB", "RAD"])
E("ab10", "Peru's hooded military judges sentence Shining Path", TRIB, GUZMAN, VERDICT, "173", "1992-10-07", None, False,
  "headline")
E("ab10", "A military tribunal of hooded judges sentenced", TRIB, GUZMAN, VERDICT, "173", "1992-10-07",
  P("San Lorenzo", "PER"), True, "sentence 173 (17/11, news-dev); Wednesday in a Thursday paper; 'on San Lorenzo "
  "island' names the place")
E("ab10", "who was seized by anti-terrorist police in", PERCOP, GUZMAN, ["17"], "173", "1992-09-12", P("Lima", "PER"),
  True, "dated background arrest, passive with its agent in a relative: required; 'a Lima safe house'")
E("ab10", "was shown to reporters in a cage", PERCOP, GUZMAN, ["17"], "170", "1992-09", None, False,
  "agentless passive display: optional")
E("ab10", "Several co-defendants, among them his companion Elena", TRIB, SL, VERDICT, "173", "1992-10", None, False,
  "sentence without a stated agent in the clause: optional")
E("ab10", "denounced the trial as a farce and", CRESPO, TRIB, ["11"], "111", "1992-10", None, True,
  "criticism 111; month")
E("ab10", "said he would appeal to the Supreme", CRESPO, TRIB, ["11"], "115", "1992-10", None, False,
  "planned appeal: optional")
E("ab10", "vowed to seek a change in the", A("Alberto Fujimori", "PER", "GOV"), GUZMAN, ["13", "03"], "130", "1992-10",
  None, True, "vow aimed at executing Guzman 130 (13, or 03 as an intention); month")
E("ab10", "which set off a car bomb in", SL, A("Lima residents", "PER", "CVL"), ATTACK, "183", "1992-07",
  P("Miraflores", "PER"), True, "dated background bombing in a relative clause with its own agent ('Guzman's "
  "movement'); 'in July' = 1992-07; Miraflores named")
E("ab10", "has vowed to fight on", SL, A("Peru", "PER", "GOV"), ["13"], "130", "1992", None, False,
  "undated present-perfect threat: optional")
E("ab10", "Amnesty International said trials by anonymous judges", A("Amnesty International", None, "NGO"),
  A("Peruvian military courts", "PER", "JUD"), ["11"], "111", "1992-10", None, False, "single outside reaction: optional")
F("ab10", "The constitution allows the death penalty only", "standing situation")
F("ab10", "Human rights groups say some 25,000 people", "count")

# ---------------------------------------------------------------- ab11 Rawalpindi, South Asia (Pakistan)
S("ab11", "1979-04-05", "South Asia", """
Pakistan hangs Bhutto despite pleas for mercy; police break up protests

RAWALPINDI, Pakistan —

Former Prime Minister Zulfikar Ali Bhutto was hanged before dawn on Wednesday in the district jail here, the military government announced, after General Mohammad Zia ul-Haq turned down appeals for clemency from leaders around the world.

Bhutto, who was overthrown by Zia in a July 1977 coup, was sentenced to death by the Lahore High Court in March last year for conspiring to murder a political opponent. The Supreme Court upheld the verdict in February by four votes to three.

He was buried hours later in his family's ancestral village near Larkana, under heavy guard.

Police fired tear gas and swung batons at crowds that gathered in Rawalpindi and Karachi as the news spread, and hundreds of members of Bhutto's Pakistan People's Party were detained, witnesses said.

His wife, Nusrat, and daughter Benazir, who lead the party, remain under detention at a police camp outside the capital. They were allowed a last visit to him on Tuesday.

Among those who had appealed for mercy were President Jimmy Carter, Soviet leader Leonid Brezhnev and King Khalid of Saudi Arabia.

Had the sentence been commuted, Bhutto would have faced life in prison. Whether the hanging would provoke lasting unrest in Sind, Bhutto's home province, was unclear.
""")
PAKG = A("Pakistan's military government", "PAK", ["GOV", "MIL"])
BHUTTO = A("Zulfikar Ali Bhutto", "PAK", ["OPP", "PTY"])
ZIA = A("Mohammad Zia ul-Haq", "PAK", ["MIL", "GOV"])
PAKCOP = A("Pakistani police", "PAK", "COP")
BHSUP = A("Bhutto supporters", "PAK", ["CVL", "OPP"])
E("ab11", "Pakistan hangs Bhutto despite pleas for mercy", PAKG, BHUTTO, ["18", "17", "20"], "180", "1979-04-04", None,
  False, "headline")
E("ab11", "police break up protests", PAKCOP, BHSUP, REPR, "175", "1979-04", None, False, "headline, second event")
E("ab11", "Zulfikar Ali Bhutto was hanged before dawn", PAKG, BHUTTO, ["18", "17", "20"], "180", "1979-04-04",
  P("Rawalpindi", "PAK"), True, "execution of a political prisoner (18, or 17/20 where coders split); passive whose "
  "agent is the announcing government (as owned21's captured soldier); Wednesday in a Thursday paper; 'the district "
  "jail here' with the dateline gives Rawalpindi")
E("ab11", "turned down appeals for clemency from leaders", ZIA, A("world leaders", None, "GOV"), ["12"], "1243",
  "1979-04", None, True, "refusal to release 1243 in an 'after' clause with its own agent; no day: month; the "
  "appellants unnamed here: null/GOV")
E("ab11", "who was overthrown by Zia in a", ZIA, BHUTTO, COUP, "1724", "1977-07", None, True,
  "dated background coup, passive with agent in a relative: required; 'a July 1977 coup'")
E("ab11", "was sentenced to death by the Lahore", A("Lahore High Court", "PAK", "JUD"), BHUTTO, VERDICT, "173",
  "1978-03", P("Lahore", "PAK"), True, "dated background sentence 173; 'in March last year' = 1978-03; the court's "
  "name gives Lahore")
E("ab11", "The Supreme Court upheld the verdict in", A("Pakistan's Supreme Court", "PAK", "JUD"), BHUTTO,
  VERDICT + ["12"], "173", "1979-02", None, True, "upholding a death sentence 173 (17/11, or 12 as the rejected "
  "appeal); 'in February'")
E("ab11", "Police fired tear gas and swung batons", PAKCOP, BHSUP, REPR, "175", "1979-04", P("Rawalpindi", "PAK"), True,
  "repression 175 (17/18); first of two places named; no day of its own: month")
E("ab11", "Police fired tear gas and swung batons", PAKCOP, BHSUP, REPR, "175", "1979-04", P("Karachi", "PAK"), False,
  "the same event at the second place named: optional")
E("ab11", "hundreds of members of Bhutto's Pakistan People's", PAKCOP, A("Pakistan People's Party", "PAK",
  ["PTY", "OPP"]), ["17"], "173", "1979-04", None, False, "agentless passive detentions: optional")
E("ab11", "They were allowed a last visit to", PAKG, A("Nusrat Bhutto", "PAK", ["OPP", "PTY"]), ["08"], "081",
  "1979-04-03", None, False, "agentless concession: optional")
E("ab11", "Among those who had appealed for mercy", A("Jimmy Carter", "USA", "GOV"), ZIA, DEMAND, "0253", "1979", None,
  True, "appeal for release 0253 (02/10), first member of an inverted compound subject; undated pluperfect: year")
E("ab11", "Among those who had appealed for mercy", A("Leonid Brezhnev", "SUN", "GOV"), ZIA, DEMAND, "0253", "1979",
  None, False, "second member: optional; the USSR as SUN")
E("ab11", "Among those who had appealed for mercy", A("King Khalid", "SAU", "GOV"), ZIA, DEMAND, "0253", "1979", None,
  False, "third member: optional")
F("ab11", "Had the sentence been commuted, Bhutto would", "hypothetical")
F("ab11", "Whether the hanging would provoke lasting unrest", "speculation")

# ---------------------------------------------------------------- ab12 Port Vila, Pacific (Vanuatu / Papua New Guinea)
S("ab12", "1980-08-19", "Pacific", """
Papua New Guinea troops land on Santo to end revolt against Vanuatu government

PORT VILA, Vanuatu —

Soldiers from Papua New Guinea arrived on Espiritu Santo on Monday at the request of Prime Minister Walter Lini to put down a secessionist revolt that has held the island since May, government officials said.

The first of about 150 troops landed at the airfield outside Luganville, the island's only town, hours after the last British and French soldiers left, and took over key positions.

Lini asked his Papua New Guinea counterpart, Julius Chan, for troops last week after Britain and France, the former colonial powers, declined to use their forces against the rebels.

Followers of Jimmy Stevens, leader of the Nagriamel movement, seized the government offices in Luganville in May and expelled officials loyal to Lini.

Lini accused French settlers and an American business group of financing the revolt, and he demanded that the rebels hand in their weapons.

In Port Moresby, Chan told reporters that his soldiers would stay on Santo until order was fully restored.

The rebels put up no resistance, officials said. How long the force would remain on the island was not clear.
""")
PNGM = A("Papua New Guinea Defence Force", "PNG", "MIL")
REBELS = A("Santo rebels", "VUT", ["REB", "OPP"])
LINI = A("Walter Lini", "VUT", "GOV")
VUTG = A("Vanuatu government", "VUT", "GOV")
LUG = P("Luganville", "VUT")
DEPLOY = ["15", "19", "07"]
E("ab12", "Papua New Guinea troops land on Santo", PNGM, REBELS, DEPLOY, "150", "1980-08-18", None, False, "headline")
E("ab12", "Soldiers from Papua New Guinea arrived on", PNGM, REBELS, DEPLOY, "150", "1980-08-18", None, False,
  "lead summary of the landing detailed next: optional; an island as destination is not a place")
E("ab12", "at the request of Prime Minister Walter", LINI, A("Papua New Guinea", "PNG", "GOV"), DEMAND, "0232", "1980-08",
  None, False, "nominal request, detailed later: optional")
E("ab12", "The first of about 150 troops landed", PNGM, REBELS, DEPLOY, "150", "1980-08", LUG, True,
  "deployment against the rebels 150 (15, 19 as intervention, 07 read as military aid to Vanuatu); no day of its own: "
  "month; 'outside Luganville' names the town")
E("ab12", "hours after the last British and French", A("British troops", "GBR", "MIL"), A("Vanuatu", "VUT", None),
  ["08"], "0874", "1980-08", None, False, "departure at the end of a mission, not a retreat under pressure: optional")
E("ab12", "Lini asked his Papua New Guinea counterpart", LINI, A("Julius Chan", "PNG", "GOV"), DEMAND, "0232", "1980-08",
  None, True, "request for military aid 0232 (02/10), as owned21; 'last week': month")
E("ab12", "declined to use their forces against the", A("Britain", "GBR", "GOV"), VUTG, ["12"], "1212", "1980", None,
  True, "refusal of military help 1212 in an 'after' clause with its own agent; first member; no date: year")
E("ab12", "declined to use their forces against the", A("France", "FRA", "GOV"), VUTG, ["12"], "1212", "1980", None,
  False, "second member: optional")
E("ab12", "seized the government offices in Luganville in", A("Nagriamel followers", "VUT", ["REB", "OPP"]), VUTG,
  ["19", "17", "18"], "192", "1980-05", LUG, True, "dated seizure of a town's offices 192 (19/17/18); 'in May'")
E("ab12", "expelled officials loyal to Lini", A("Nagriamel followers", "VUT", ["REB", "OPP"]), VUTG, ["17"], "174",
  "1980-05", LUG, False, "second verb of the same takeover: optional")
E("ab12", "Lini accused French settlers and an American", LINI, A("French settlers", "FRA", ["CVL", "BUS"]), ["11"],
  "112", "1980-08", None, True, "accusation 112, first member of the object; month")
E("ab12", "Lini accused French settlers and an American", LINI, A("American business group", "USA", "BUS"), ["11"],
  "112", "1980-08", None, False, "second member: optional")
E("ab12", "he demanded that the rebels hand in", LINI, REBELS, DEMAND, "1056", "1980-08", None, True,
  "demand to disarm 1056 (10/02), 'he' = Lini; month")
E("ab12", "Chan told reporters that his soldiers would stay", A("Julius Chan", "PNG", "GOV"), REBELS, ["15", "13", "03"], "150",
  "1980-08", P("Port Moresby", "PNG"), False, "stated intention: optional; 'In Port Moresby'")
F("ab12", "The rebels put up no resistance, officials", "negated")
F("ab12", "How long the force would remain on", "speculation")

if __name__ == "__main__":
    write(HERE)
