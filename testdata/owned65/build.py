#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned65 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned65/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FIGHT = ["19", "18"]
REPR3 = ["17", "18", "19"]
NOBODY = A("unidentified attackers", None, None)

# ---------------------------------------------------------------- bn01 Algiers, Africa (Algeria)
S("bn01", "1992-06-30", "Africa", """
Algeria's Boudiaf shot dead by one of his own guards as he speaks in Annaba

ALGIERS, Algeria —

Mohamed Boudiaf, the head of Algeria's ruling High State Council, was shot dead on Monday by a member of his own security detail while he was giving a speech at a cultural centre in the eastern city of Annaba, officials said.

The gunman, a junior officer of an elite intervention unit named as Lembarek Boumaarafi, opened fire from behind a curtain at the back of the stage and tossed a grenade into the hall, witnesses said. Security men seized him in a nearby street shortly afterwards.

The council declared eight days of national mourning.

Prime Minister Sid Ahmed Ghozali went on television to urge Algerians to stay calm and said the killers wanted to drag the country into chaos.

The banned Islamic Salvation Front, whose leaders have been in prison since last year, denied any part in the killing in a statement issued abroad.

Boudiaf, a hero of the war against French rule who spent 28 years in exile in Morocco, came home in January, days after the army stepped in to cancel the second round of a general election that the Islamic front was poised to win.

A court dissolved the front in March, and the authorities have since sent thousands of its supporters to detention camps in the Sahara.

France, the former colonial power, condemned the assassination as a cowardly act.

It was not clear whether Boumaarafi had acted alone.
""")
BOUM = A("Lembarek Boumaarafi", "DZA", ["MIL", "COP"])
BOUD = A("Mohamed Boudiaf", "DZA", "GOV")
FIS = A("Islamic Salvation Front", "DZA", ["OPP", "PTY", "RAD"])
DZAG = A("Algeria's authorities", "DZA", "GOV")
E("bn01", "shot dead by one of his own guards", BOUM, BOUD, ATTACK, "186", "1992-06-29", P("Annaba", "DZA"), False,
  "headline; 'in Annaba' names the place")
E("bn01", "was shot dead on Monday by a", BOUM, BOUD, ATTACK, "186", "1992-06-29", P("Annaba", "DZA"), True,
  "assassination 186 (18/19/20), a passive with its agent ('by a member of his own security detail', named in the "
  "next sentence); 'the eastern city of Annaba' names the place; 'on Monday' before a Tuesday paper")
E("bn01", "opened fire from behind a curtain", BOUM, BOUD, ATTACK, "180", "1992-06", None, False,
  "the witnesses' account of the same shooting: restatement, optional; no city in the clause; no day: month")
E("bn01", "Security men seized him in a nearby", A("Algerian security forces", "DZA", ["COP", "MIL"]), BOUM, ["17"],
  "173", "1992-06-29", None, True, "arrest 173; 'him' = Boumaarafi; 'shortly afterwards' anchors to Monday's shooting; "
  "'a nearby street' names no place")
E("bn01", "went on television to urge Algerians", A("Sid Ahmed Ghozali", "DZA", "GOV"), A("Algerians", "DZA", "CVL"),
  DEMAND, "020", "1992-06", None, False, "appeal for calm to the public: optional (coders split on coding it); the "
  "second clause names no one")
E("bn01", "denied any part in the killing in", FIS, DZAG, DENY, "016", "1992-06", None, True,
  "a stated denial 016 (01/12); the relative about the leaders in prison is standing background, not coded; "
  "'issued abroad' is no place; month")
E("bn01", "days after the army stepped in to", A("Algerian army", "DZA", "MIL"), FIS, COUP, "172", "1992-01", None, True,
  "dated background with its own agent: the army halting the election the front was to win (17/19 as a "
  "takeover); 'in January' gives the month; Boudiaf's homecoming itself is no event")
E("bn01", "A court dissolved the front in March", A("Algerian court", "DZA", "JUD"), FIS, ["17"], "1722", "1992-03",
  None, True, "banning a party 1722; 'in March' of the publication year")
E("bn01", "sent thousands of its supporters to detention", DZAG, A("Islamic Salvation Front supporters", "DZA",
  ["OPP", "CVL"]), ["17"], "173", "1992", None, True,
  "mass detention 173; 'since' March is a span over months: year; 'the Sahara' is a destination, not a place")
E("bn01", "condemned the assassination as a cowardly act", A("France", "FRA", "GOV"), BOUM, ["11"], "111", "1992-06",
  None, False, "single outside reaction: optional; target the killer")
F("bn01", "The council declared eight days of national", "mourning is no event ('declared' is no emergency)")
F("bn01", "It was not clear whether Boumaarafi had", "speculation")

# ---------------------------------------------------------------- bn02 Johannesburg, Africa (South Africa)
S("bn02", "1992-06-24", "Africa", """
ANC breaks off talks with Pretoria over Boipatong massacre, accuses de Klerk's police

JOHANNESBURG, South Africa —

The African National Congress suspended constitutional negotiations with the government on Tuesday, accusing President F.W. de Klerk's police of standing by, and in some cases helping, as Inkatha gunmen massacred 39 people in the township of Boipatong last week.

Nelson Mandela, the ANC's president, told reporters after a meeting of the movement's executive that he could no longer explain to his people why it kept talking to a regime that was murdering them.

The attackers, who survivors said came from the nearby KwaMadala hostel, home to supporters of the Zulu-based Inkatha Freedom Party, went from house to house with spears, axes and guns on the night of June 17.

Inkatha's leader, Mangosuthu Buthelezi, denied that his party had anything to do with the killings.

When de Klerk tried to visit the township on Saturday, angry residents surrounded his motorcade and forced him to leave. Police later opened fire on a crowd there, killing at least three people.

De Klerk rejected the charge of police complicity as a slander and appealed to the ANC to return to the negotiating table.

More than 6,000 people have died in fighting between supporters of the ANC and Inkatha since 1990.

It was not clear when the talks, known as Codesa, might resume.
""")
ANC = A("African National Congress", "ZAF", ["OPP", "PTY"])
ZAFG = A("South African government", "ZAF", "GOV")
ZAFCOP = A("South African police", "ZAF", "COP")
DEKL = A("F.W. de Klerk", "ZAF", "GOV")
IFPH = A("Inkatha hostel dwellers", "ZAF", ["CVL", "PTY"])
BOIP = A("Boipatong residents", "ZAF", "CVL")
E("bn02", "ANC breaks off talks with Pretoria over", ANC, ZAFG, ["16"], "164", "1992-06-23", None, False, "headline")
E("bn02", "suspended constitutional negotiations with the government on", ANC, ZAFG, ["16"], "164", "1992-06-23", None,
  True, "halting negotiations 164; 'on Tuesday' before a Wednesday paper")
E("bn02", "accusing President F.W. de Klerk's police of", ANC, ZAFCOP, ["11"], "112", "1992-06-23", None, True,
  "accusation of complicity 112, its own event in the lead's participle clause; same day")
E("bn02", "as Inkatha gunmen massacred 39 people in", IFPH, BOIP, ATTACK, "202", "1992-06-17", P("Boipatong", "ZAF"),
  False, "lead summary of the massacre detailed later: optional; 'last week' is the June 17 of the later paragraph")
E("bn02", "told reporters after a meeting of the", A("Nelson Mandela", "ZAF", ["OPP", "PTY"]), ZAFG, ["11"], "112",
  "1992-06", None, False, "Mandela's words restate the ANC's charge: optional")
E("bn02", "went from house to house with spears", IFPH, BOIP, ATTACK, "202", "1992-06-17", None, True,
  "the massacre, dated background ('on the night of June 17'); the attackers' origin is the survivors' account but "
  "the killing is undisputed and the story turns on it; 'the township' is not in this sentence: no place")
E("bn02", "denied that his party had anything to", A("Mangosuthu Buthelezi", "ZAF", ["PTY", "OPP"]), ANC, DENY, "016",
  "1992-06", None, True, "denial 016 (01/12) answering the ANC's charge of the lead; no day: month")
E("bn02", "angry residents surrounded his motorcade and forced", BOIP, DEKL, ["14"], "141", "1992-06-20",
  P("Boipatong", "ZAF"), True, "protest against the visiting president 141; 'the township' = Boipatong; "
  "'on Saturday' before a Wednesday paper; the visit itself is in the 'When' clause and not coded")
E("bn02", "Police later opened fire on a crowd", ZAFCOP, BOIP, REPR, "175", "1992-06-20", P("Boipatong", "ZAF"), True,
  "live fire on a crowd 175 (17/18); 'later' on the same Saturday; 'there' = the township")
E("bn02", "rejected the charge of police complicity as", DEKL, ANC, DENY, "016", "1992-06", None, True,
  "rejecting an accusation as a slander: denial 016 (01/12); month")
E("bn02", "appealed to the ANC to return to", DEKL, ANC, DEMAND, "026", "1992-06", None, False,
  "appeal to resume negotiations 026, second verb of the sentence: optional")
F("bn02", "More than 6,000 people have died in", "count")
F("bn02", "It was not clear when the talks", "speculation")

# ---------------------------------------------------------------- bn03 Manama, Middle East (Iraq / United States)
S("bn03", "1987-05-19", "Middle East", """
Iraqi jet's missiles kill 37 on U.S. frigate in Gulf; Saddam sends regrets

MANAMA, Bahrain —

An Iraqi warplane fired two Exocet missiles into the American frigate Stark in the central Gulf on Sunday night, killing 37 sailors, and Iraq said on Monday that its pilot had mistaken the warship for an Iranian target.

The French-built Mirage struck the Stark about 85 miles northeast of Bahrain, the U.S. Navy said. Its crew fought fires through the night, and the listing ship reached calmer waters under escort on Monday.

The frigate's crew did not fire any of its weapons at the jet before it was hit, Pentagon officials said.

President Saddam Hussein sent a message to President Reagan expressing deep regret over what he called an unintentional incident, the official Iraqi News Agency said.

Reagan accepted the apology but demanded that Baghdad pay compensation and give a full account of the attack. He also blamed Iran for the dangers to shipping in the Gulf, calling it the real villain of the war.

Defense Secretary Caspar Weinberger put U.S. warships in the region on a higher state of alert and said they would fire on any aircraft that appeared to threaten them.

Iran's Foreign Ministry said the attack was the price Washington was paying for backing Iraq, and demanded that all foreign navies leave the Gulf.

It was unclear whether the Stark's radar had picked up the missiles in time.
""")
IRQAF = A("Iraqi air force", "IRQ", "MIL")
USNAVY = A("U.S. Navy", "USA", "MIL")
REAGAN = A("Ronald Reagan", "USA", "GOV")
IRQG = A("Iraq's government", "IRQ", "GOV")
IRNG = A("Iran's government", "IRN", "GOV")
E("bn03", "Iraqi jet's missiles kill 37 on", IRQAF, USNAVY, FIGHT, "195", "1987-05-17", None, False, "headline")
E("bn03", "fired two Exocet missiles into the American", IRQAF, USNAVY, FIGHT, "195", "1987-05-17", None, True,
  "missile attack on a warship 195 (19/18); 'on Sunday night' before a Tuesday paper; 'the central Gulf' is open sea, "
  "no place; Iraq's excuse in the second clause is no event")
E("bn03", "struck the Stark about 85 miles northeast", IRQAF, USNAVY, FIGHT, "195", "1987-05", None, False,
  "restatement: optional; 'northeast of Bahrain' locates the ship at sea, not in Bahrain")
E("bn03", "sent a message to President Reagan expressing", A("Saddam Hussein", "IRQ", "GOV"), REAGAN, ["05", "08"],
  "055", "1987-05", None, True, "regret 055 (05/08, as owned35 ai04); the agency's report gives no day: month")
E("bn03", "Reagan accepted the apology but demanded that", REAGAN, IRQG, DEMAND, "100", "1987-05", None, True,
  "demand for compensation and an account 100 (10/02); accepting an apology is no CAMEO act; month")
E("bn03", "He also blamed Iran for the dangers", REAGAN, IRNG, ["11"], "112", "1987-05", None, True,
  "'He' = Reagan; blame 112; month")
E("bn03", "put U.S. warships in the region on", A("Caspar Weinberger", "USA", "GOV"), None, ["15"], "152", "1987-05",
  None, False, "raised alert 152 with no target named: optional; the conditional threat in the second clause is not "
  "coded")
E("bn03", "said the attack was the price Washington", IRNG, A("United States", "USA", "GOV"), ["11"], "112", "1987-05",
  None, True, "Iran's charge that Washington's backing of Iraq brought the attack on: accusation 112; month")
E("bn03", "demanded that all foreign navies leave the", IRNG, A("United States", "USA", "GOV"), DEMAND, "1056",
  "1987-05", None, False, "demand for withdrawal, addressed to all foreign navies: optional")
F("bn03", "did not fire any of its weapons", "negated act")
F("bn03", "It was unclear whether the Stark's radar", "speculation")

# ---------------------------------------------------------------- bn04 Cairo, Middle East (Egypt)
S("bn04", "1977-01-20", "Middle East", """
Sadat scraps food price rises after two days of riots; troops patrol Cairo under curfew

CAIRO, Egypt —

President Anwar Sadat cancelled steep increases in the prices of bread, rice, sugar and cooking gas on Wednesday night after two days of rioting in Cairo, Alexandria and other cities left dozens of people dead.

The government had announced the increases on Monday, saying cuts in food subsidies were needed to win fresh loans from the International Monetary Fund and Western banks.

Crowds of students and factory workers marched on parliament in Cairo on Tuesday, set fire to police posts, buses and nightclubs along the Pyramids Road and stoned the offices of the ruling party. Police fired tear gas and then live rounds to break up the crowds.

Sadat, who was at his winter residence in Aswan when the riots broke out, ordered the army into the streets of Cairo on Wednesday and imposed a dusk-to-dawn curfew on the capital and Alexandria.

Interior Minister Sayed Fahmy told parliament that hundreds of people had been arrested, and Prime Minister Mamdouh Salem blamed communist agitators for turning peaceful protests into a plot against the state.

Egypt spends hundreds of millions of dollars a year to keep the price of bread within reach of the poor.

It was not clear whether the International Monetary Fund would accept a slower pace of cuts.
""")
SADAT = A("Anwar Sadat", "EGY", "GOV")
EGYP = A("Egyptian protesters", "EGY", ["CVL", "LAB"])
EGYG = A("Egypt's government", "EGY", "GOV")
EGYCOP = A("Egyptian police", "EGY", "COP")
E("bn04", "Sadat scraps food price rises after two", SADAT, EGYP, ["08"], "080", "1977-01-19", None, False, "headline")
E("bn04", "cancelled steep increases in the prices of", SADAT, EGYP, ["08"], "080", "1977-01-19", None, True,
  "a concession to rioters 080 (CONCEDE); 'on Wednesday night' before a Thursday paper")
E("bn04", "two days of rioting in Cairo, Alexandria", EGYP, EGYG, VPROT, "145", "1977-01", P("Cairo", "EGY"), False,
  "lead summary of the riots detailed below: optional; a two-day span: month")
E("bn04", "marched on parliament in Cairo on Tuesday", EGYP, EGYG, VPROT, "145", "1977-01-18", P("Cairo", "EGY"), True,
  "violent protest 145 (14/18/17): the march, the arson and the stoning are one event; 'on Tuesday' before a "
  "Thursday paper; 'in Cairo' names the place")
E("bn04", "Police fired tear gas and then live", EGYCOP, EGYP, REPR, "175", "1977-01", None, True,
  "force against rioters 175 (17/18); unnamed police are Egypt's; no day or city in the sentence: month, no place")
E("bn04", "ordered the army into the streets of", SADAT, EGYP, ["15", "17"], "150", "1977-01-19", P("Cairo", "EGY"),
  False, "deploying troops 150: optional (coders split 15/17); the 'when the riots broke out' clause is the "
  "restated riot, and Aswan is where Sadat was, not an event's place")
E("bn04", "imposed a dusk-to-dawn curfew on the capital", SADAT, A("Egyptian citizens", "EGY", "CVL"), ["17"], "1723",
  "1977-01-19", P("Cairo", "EGY"), True, "curfew 1723; 'the capital' = Cairo (first member)")
E("bn04", "imposed a dusk-to-dawn curfew on the capital", SADAT, A("Egyptian citizens", "EGY", "CVL"), ["17"], "1723",
  "1977-01-19", P("Alexandria", "EGY"), False, "second member of the compound place: optional")
E("bn04", "hundreds of people had been arrested, and", EGYCOP, EGYP, ["17"], "173", "1977-01", None, True,
  "arrests reported by the minister over the police (as owned21 d11 and owned35 ai05): required; month")
E("bn04", "blamed communist agitators for turning peaceful protests", A("Mamdouh Salem", "EGY", "GOV"),
  A("Egyptian communists", "EGY", ["OPP", "RAD"]), ["11"], "112", "1977-01", None, True, "blame 112; month")
F("bn04", "Egypt spends hundreds of millions of dollars", "standing situation")
F("bn04", "It was not clear whether the International", "speculation")

# ---------------------------------------------------------------- bn05 Manila, Asia (Philippines)
S("bn05", "1987-01-23", "Asia", """
Troops fire on farmers marching on Manila palace, killing 13; communist rebels quit peace talks

MANILA, Philippines —

Marines and riot police opened fire on thousands of farmers demanding land reform near Malacanang palace in Manila on Thursday, killing at least 13 people and wounding dozens, in the bloodiest clash since President Corazon Aquino came to power last February.

The marchers, led by the Peasant Movement of the Philippines, had tried to push through police lines at the foot of Mendiola bridge, witnesses said. Officers said some in the crowd had hurled stones and that shots had been fired at them first.

Jaime Tadeo, the peasant group's leader, accused the government of betraying the farmers who had helped to bring Aquino to power.

Hours later, negotiators for the communist-led National Democratic Front walked out of peace talks with the government, saying they could not sit across the table from those responsible for the killings.

Aquino named a commission of retired judges and church leaders to investigate the shooting and said those found responsible would be punished.

The talks had opened after the government and the front signed a 60-day ceasefire on Nov. 27, the first since the communist insurgency began 18 years ago.

Land reform was one of the central promises of Aquino's campaign.

It was not clear who had given the order to shoot.
""")
PHLMAR = A("Philippine marines", "PHL", "MIL")
FARM = A("Filipino farmers", "PHL", ["AGR", "CVL"])
PHLG = A("Philippine government", "PHL", "GOV")
NDF = A("National Democratic Front", "PHL", ["REB", "OPP"])
E("bn05", "Troops fire on farmers marching on Manila", PHLMAR, FARM, REPR, "175", "1987-01-22", P("Manila", "PHL"),
  False, "headline")
E("bn05", "Marines and riot police opened fire on", PHLMAR, FARM, REPR, "175", "1987-01-22", P("Manila", "PHL"), True,
  "live fire on marchers 175 (17/18); 'near Malacanang palace in Manila' names the place; 'on Thursday' before a "
  "Friday paper; first member of the compound subject; the 'since' clause is an undated aside")
E("bn05", "Marines and riot police opened fire on", A("Philippine police", "PHL", "COP"), FARM, REPR, "175",
  "1987-01-22", P("Manila", "PHL"), False, "second member of the compound subject: optional")
E("bn05", "had tried to push through police lines", FARM, A("Philippine police", "PHL", "COP"), ["14"], "141",
  "1987-01", None, False, "the march pressing on police lines, in the witnesses' account: optional")
E("bn05", "Officers said some in the crowd had", A("Philippine police", "PHL", "COP"), FARM, ["11"], "112", "1987-01",
  None, False, "one side's claim that the crowd attacked first: optional")
E("bn05", "accused the government of betraying the farmers", A("Jaime Tadeo", "PHL", ["AGR", "OPP"]), PHLG, ["11"],
  "112", "1987-01", None, True, "accusation 112; the relative about bringing Aquino to power is background with no "
  "act against anyone; month")
E("bn05", "walked out of peace talks with the", NDF, PHLG, ["16"], "164", "1987-01-22", None, True,
  "halting negotiations 164; 'Hours later' after Thursday's shooting")
E("bn05", "named a commission of retired judges and", A("Corazon Aquino", "PHL", "GOV"),
  A("Philippine security forces", "PHL", ["MIL", "COP"]), ["09"], "092", "1987-01", None, True,
  "an inquiry into a shooting by her own forces 092 (investigate human rights abuses); the promise of punishment is "
  "not coded; month")
E("bn05", "the government and the front signed a", PHLG, NDF, AGREE, "057", "1986-11-27", None, True,
  "signed ceasefire 057 (05/03/08), dated background in an 'after' clause with its own agents; 'on Nov. 27' is in the "
  "year before publication; first-mentioned direction")
E("bn05", "the government and the front signed a", NDF, PHLG, AGREE, "057", "1986-11-27", None, False,
  "reverse direction: optional")
F("bn05", "Land reform was one of the central", "standing situation")
F("bn05", "It was not clear who had given", "speculation")

# ---------------------------------------------------------------- bn06 Bangkok, Asia (Burma)
S("bn06", "1989-07-21", "Asia", """
Burma's army puts Suu Kyi under house arrest and detains party chairman Tin Oo

BANGKOK, Thailand —

Burma's military government placed opposition leader Aung San Suu Kyi under house arrest at her home in Rangoon on Thursday, a day after she called off a march to mark the anniversary of her father's assassination, diplomats in the Burmese capital said.

Soldiers also took away Tin Oo, a former defense minister who chairs her National League for Democracy, from his house, the diplomats said.

The ruling State Law and Order Restoration Council said the two could be held for up to a year without trial under a law against endangering the state.

Suu Kyi, 44, the daughter of independence hero Aung San, cancelled Wednesday's march after the army poured thousands of troops into Rangoon and warned that it would crush any unauthorized gathering.

In speeches this month she had openly accused Ne Win, the former dictator who formally retired last year, of still running the country from behind the scenes.

Her party has led the opposition since the army crushed a nationwide uprising for democracy last September, killing hundreds of people in the streets.

The State Department in Washington deplored the detentions and called for Suu Kyi's release.

It was not clear whether the league would be allowed to take part in the general election the army has promised for next May.

Burma has been ruled by the military since 1962.
""")
SLORC = A("State Law and Order Restoration Council", "MMR", ["GOV", "MIL"])
ASSK = A("Aung San Suu Kyi", "MMR", ["OPP", "PTY"])
NLD = A("National League for Democracy", "MMR", ["OPP", "PTY"])
MMRMIL = A("Burmese army", "MMR", "MIL")
E("bn06", "puts Suu Kyi under house arrest and", SLORC, ASSK, ["17"], "173", "1989-07-20", None, False, "headline")
E("bn06", "placed opposition leader Aung San Suu Kyi", SLORC, ASSK, ["17"], "173", "1989-07-20", P("Rangoon", "MMR"),
  True, "house arrest 173; 'at her home in Rangoon' names the place; 'on Thursday' before a Friday paper; the Bangkok "
  "dateline is not the place")
E("bn06", "a day after she called off a", ASSK, SLORC, ["08"], "082", "1989-07-19", None, True,
  "calling off a protest 082 (ease dissent, CONCEDE), dated background with its own agent ('a day after' Thursday)")
E("bn06", "Soldiers also took away Tin Oo, a", MMRMIL, A("Tin Oo", "MMR", ["OPP", "PTY"]), ["17"], "173", "1989-07",
  None, True, "detention 173; no day or place in the sentence: month")
E("bn06", "said the two could be held for", SLORC, ASSK, ["17"], "173", "1989-07", None, False,
  "the council's statement restates the detentions: optional")
E("bn06", "cancelled Wednesday's march after the army poured", ASSK, SLORC, ["08"], "082", "1989-07-19", None, False,
  "restatement of the cancellation: optional")
E("bn06", "after the army poured thousands of troops", MMRMIL, NLD, ["15"], "150", "1989-07", P("Rangoon", "MMR"),
  False, "show of force 150: optional (coders split on troop movements without a clash); 'into Rangoon' names it")
E("bn06", "warned that it would crush any unauthorized", MMRMIL, NLD, ["13"], "138", "1989-07", None, True,
  "threat of force 138 against the planned march; 'it' = the army; no day: month")
E("bn06", "she had openly accused Ne Win, the", ASSK, A("Ne Win", "MMR", ["ELI", "GOV"]), ["11"], "112", "1989-07",
  None, True, "accusation 112; 'this month'; the relative about his retirement is no act against anyone")
E("bn06", "since the army crushed a nationwide uprising", MMRMIL, A("Burmese protesters", "MMR", ["CVL", "OPP"]), REPR,
  "175", "1988-09", None, True, "dated background with its own agent in a 'since' clause: 'last September' (1988); "
  "175 (17/18)")
E("bn06", "deplored the detentions and called for Suu", A("United States", "USA", "GOV"), SLORC, ["11"], "111",
  "1989-07", None, False, "single outside reaction: optional; 'in Washington' is where the speaker was")
E("bn06", "deplored the detentions and called for Suu", A("United States", "USA", "GOV"), SLORC, DEMAND, "1053",
  "1989-07", None, False, "demand for release 1053 in the same reaction: optional")
F("bn06", "It was not clear whether the league", "speculation")
F("bn06", "Burma has been ruled by the military", "standing situation")

# ---------------------------------------------------------------- bn07 Colombo, South Asia (Sri Lanka)
S("bn07", "1993-05-02", "Asia", """
Suicide bomber kills Sri Lanka's President Premadasa at May Day rally

COLOMBO, Sri Lanka —

A suicide bomber on a bicycle blew himself up beside President Ranasinghe Premadasa as he led a May Day procession through the centre of Colombo on Saturday, killing the president and at least 23 other people, police said.

Prime Minister Dingiri Banda Wijetunga was sworn in as acting president within hours, and the government imposed an indefinite curfew on the capital.

Senior police officers blamed the Liberation Tigers of Tamil Eelam, the guerrillas fighting for a separate state for the island's Tamil minority, for the attack.

The Tigers denied in a statement that they had any part in it.

The blast came eight days after a gunman shot dead Lalith Athulathmudali, a leading opposition politician, at an election rally on the outskirts of Colombo.

Supporters of Athulathmudali, a former national security minister, accused the government of arranging his murder, a charge it rejected.

Indian Prime Minister Narasimha Rao condemned the killing of Premadasa as a senseless act of terror.

More than 20,000 people have died since the Tigers took up arms in 1983.

It was not clear how the bomber had got past the president's bodyguards.
""")
BOMBER = A("suicide bomber", None, None)
PREM = A("Ranasinghe Premadasa", "LKA", "GOV")
LKAG = A("Sri Lanka's government", "LKA", "GOV")
LTTE = A("Liberation Tigers of Tamil Eelam", "LKA", ["REB", "RAD"])
ATHU = A("Lalith Athulathmudali", "LKA", ["OPP", "PTY"])
E("bn07", "Suicide bomber kills Sri Lanka's President Premadasa", BOMBER, PREM, ATTACK, "1831", "1993-05-01", None, False,
  "headline")
E("bn07", "A suicide bomber on a bicycle blew", BOMBER, PREM, ATTACK, "1831", "1993-05-01", P("Colombo", "LKA"), True,
  "suicide bombing 1831; the bomber is unnamed (news-dev: null/null); 'through the centre of Colombo'; 'on Saturday' "
  "in a Sunday paper")
E("bn07", "the government imposed an indefinite curfew on", LKAG, A("Sri Lankan citizens", "LKA", "CVL"), ["17"],
  "1723", "1993-05-01", P("Colombo", "LKA"), True, "curfew 1723; 'the capital' = Colombo; 'within hours' of "
  "Saturday's blast; the swearing-in is no event")
E("bn07", "Senior police officers blamed the Liberation Tigers", A("Sri Lankan police", "LKA", "COP"), LTTE, ["11"],
  "112", "1993-05", None, True, "blame 112; the apposition about the Tigers' aim is standing background; month")
E("bn07", "The Tigers denied in a statement that", LTTE, A("Sri Lankan police", "LKA", ["COP", "GOV"]), DENY, "016",
  "1993-05", None, True, "denial 016 (01/12) answering the police; month")
E("bn07", "after a gunman shot dead Lalith Athulathmudali", NOBODY, ATHU, ATTACK, "186", "1993-04-23",
  P("Colombo", "LKA"), True, "killing by an unnamed gunman (null/null), dated background: 'eight days after' Saturday "
  "May 1 is Friday April 23; 'on the outskirts of Colombo' names the place (as owned35 ai02's Maputo)")
E("bn07", "accused the government of arranging his murder", A("Athulathmudali's supporters", "LKA", ["OPP", "PTY"]),
  LKAG, ["11"], "112", "1993", None, True, "accusation 112; the text gives no time beyond 'after April 23': year")
E("bn07", "a charge it rejected", LKAG, A("Athulathmudali's supporters", "LKA", ["OPP", "PTY"]), DENY, "016", "1993",
  None, False, "the government's denial in a trailing noun phrase: optional")
E("bn07", "condemned the killing of Premadasa as a", A("Narasimha Rao", "IND", "GOV"), BOMBER, ["11"], "111", "1993-05",
  None, False, "single outside reaction: optional")
F("bn07", "More than 20,000 people have died since", "count and standing situation")
F("bn07", "It was not clear how the bomber", "speculation")

# ---------------------------------------------------------------- bn08 London, Europe/Eurasia (Britain / Iran)
S("bn08", "1980-05-06", "Europe/Eurasia", """
Commandos storm Iranian embassy in London, free 19 hostages; five gunmen killed

LONDON, Britain —

Soldiers of the Special Air Service regiment stormed the Iranian embassy in London on Monday evening, killing five of the six gunmen who had held it since Wednesday and freeing 19 hostages, police said.

The assault, with explosives and stun grenades, came hours after the gunmen shot dead the embassy's press attache, Abbas Lavasani, and pushed his body out of the front door.

A second hostage died during the raid, and two were wounded.

Police arrested the sixth gunman, who had tried to hide among the freed hostages.

During the siege the gunmen released five hostages, some of them ill, one of them after the BBC agreed to broadcast their demands.

The gunmen, Iranian Arabs who said they were fighting for self-rule in the oil-rich province of Khuzestan, seized the building on April 30, took 26 people hostage and demanded that Tehran free 91 Arab prisoners.

Iran's government refused throughout the siege to free anyone and said the hostages would be proud to die as martyrs.

President Abolhassan Bani-Sadr accused Iraq of training and arming the gunmen.

Prime Minister Margaret Thatcher went to the regiment's barracks in London to congratulate the soldiers.

Police would not say how many soldiers had taken part.

It was the first time the regiment had been seen in action on British soil.
""")
SAS = A("Special Air Service", "GBR", "MIL")
GUNMEN = A("Khuzestan Arab gunmen", "IRN", ["REB", "RAD"])
IRNG8 = A("Iran's government", "IRN", "GOV")
E("bn08", "Commandos storm Iranian embassy in London, free", SAS, GUNMEN, ["19", "18", "17"], "190", "1980-05-05",
  P("London", "GBR"), False, "headline")
E("bn08", "stormed the Iranian embassy in London on", SAS, GUNMEN, ["19", "18", "17"], "190", "1980-05-05",
  P("London", "GBR"), True, "armed assault that kills the hostage-takers 190 (19/18/17, as owned35 ai02's guards); "
  "'on Monday evening' before a Tuesday paper; 'in London' names the place")
E("bn08", "came hours after the gunmen shot dead", GUNMEN, A("Abbas Lavasani", "IRN", "GOV"), ATTACK, "180",
  "1980-05-05", None, True, "killing of a hostage, dated background with its own agent in an 'hours after' clause; "
  "no city in the clause")
E("bn08", "Police arrested the sixth gunman, who had", A("British police", "GBR", "COP"), GUNMEN, ["17"], "173",
  "1980-05", None, True, "arrest 173; no day in the sentence: month")
E("bn08", "During the siege the gunmen released five", GUNMEN, A("Iranian embassy hostages", "IRN", ["GOV", "CVL"]), ["08"],
  "0841", "1980", None, True, "release of hostages 0841 (RETREAT), with its own agent; 'During the siege' spans April "
  "and May: year; the BBC's agreement is in a subordinate clause and not coded")
E("bn08", "seized the building on April 30, took", GUNMEN, A("Iranian embassy staff", "IRN", "GOV"), ["18"], "181",
  "1980-04-30", None, True, "hostage-taking 181; 'on April 30'; 'the building' names no city; the relative about "
  "self-rule is the group's aim, not an act")
E("bn08", "demanded that Tehran free 91 Arab prisoners", GUNMEN, IRNG8, DEMAND, "1053", "1980-04-30", None, True,
  "demand for release 1053 (10/02), third verb of the April 30 sentence; 'Tehran' is the government")
E("bn08", "refused throughout the siege to free anyone", IRNG8, GUNMEN, ["12"], "1243", "1980", None, True,
  "refusal to release 1243; 'throughout the siege' spans April and May: year")
E("bn08", "accused Iraq of training and arming the", A("Abolhassan Bani-Sadr", "IRN", "GOV"), A("Iraq", "IRQ", "GOV"),
  ["11"], "112", "1980-05", None, True, "accusation 112; month")
E("bn08", "went to the regiment's barracks in London", A("Margaret Thatcher", "GBR", "GOV"), SAS, ["05"], "051",
  "1980-05", P("London", "GBR"), False, "praise of her own troops 051: optional")
F("bn08", "Police would not say how many soldiers", "negated statement")
F("bn08", "It was the first time the regiment", "historical aside")

# ---------------------------------------------------------------- bn09 Moscow, Europe/Eurasia (Soviet Kazakhstan)
S("bn09", "1986-12-19", "Europe/Eurasia", """
Students riot in Kazakh capital after Moscow replaces party chief Kunayev with a Russian

MOSCOW, Soviet Union —

Crowds of Kazakh students rioted in Alma-Ata, the capital of Soviet Kazakhstan, on Wednesday and Thursday, burning cars and smashing shop windows, after the Communist Party replaced the republic's veteran leader with a Russian, the official news agency Tass said.

Tass said on Thursday that "hooligans, parasites and other anti-social persons," egged on by nationalist elements, had attacked police officers and set fire to a food store and private cars.

Police and volunteer militiamen broke up the crowds and detained a number of rioters, the agency said.

The Kazakh party's Central Committee on Tuesday retired Dinmukhamed Kunayev, 74, a close friend of the late Leonid Brezhnev, and named in his place Gennady Kolbin, an ethnic Russian who had run the party in the Ulyanovsk region of Russia.

The rioters demanded that a Kazakh be put in charge of the republic, Western diplomats said, quoting travellers from Alma-Ata.

Kolbin went on local television on Thursday night and appealed for order.

Kunayev had run the Kazakh party since 1964 with one short break.

It was not clear whether anyone had been killed.
""")
KAZST = A("Kazakh students", "KAZ", ["CVL", "EDU"])
KAZCP = A("Kazakh Communist Party leadership", "KAZ", ["GOV", "PTY"])
KAZCOP = A("Alma-Ata police", "KAZ", "COP")
TASS = A("Tass", "RUS", ["MED", "GOV"])
E("bn09", "Students riot in Kazakh capital after Moscow", KAZST, KAZCP, VPROT, "145", "1986-12", P("Alma-Ata", "KAZ"),
  False, "headline; 'Kazakh capital' = Alma-Ata")
E("bn09", "Crowds of Kazakh students rioted in Alma-Ata", KAZST, KAZCP, VPROT, "145", "1986-12", P("Alma-Ata", "KAZ"),
  True, "riot 145 (14/18/17); 'on Wednesday and Thursday' is a span: month; target the party that named the new "
  "leader")
E("bn09", "after the Communist Party replaced the republic's", KAZCP, A("Dinmukhamed Kunayev", "KAZ", ["GOV", "PTY"]),
  ["17", "12", "11"], "172", "1986-12-16", None, False, "lead summary of the removal detailed below: optional")
E("bn09", "Tass said on Thursday that", TASS, A("Kazakh nationalists", "KAZ", ["CVL", "RAD"]), ["11"], "112",
  "1986-12-18", None, True, "the agency's charge that nationalists stirred the riot 112; 'on Thursday' before a "
  "Friday paper; Tass is the Soviet state's agency in Moscow, coded RUS with the set's other central Soviet bodies")
E("bn09", "had attacked police officers and set fire", KAZST, KAZCOP, VPROT, "145", "1986-12", None, False,
  "Tass's account of the riot: restatement, optional")
E("bn09", "Police and volunteer militiamen broke up the", KAZCOP, KAZST, REPR, "175", "1986-12", None, True,
  "force against rioters 175 (17/18); unnamed police belong to the story's country (Kazakhstan); no day: month; "
  "first member of the compound subject")
E("bn09", "Police and volunteer militiamen broke up the", A("Kazakh volunteer militiamen", "KAZ", ["CVL", "COP"]),
  KAZST, REPR, "175", "1986-12", None, False, "second member: optional")
E("bn09", "detained a number of rioters, the agency", KAZCOP, KAZST, ["17"], "173", "1986-12", None, True,
  "arrests 173 by the same police; month")
E("bn09", "on Tuesday retired Dinmukhamed Kunayev, 74, a", KAZCP, A("Dinmukhamed Kunayev", "KAZ", ["GOV", "PTY"]),
  ["17", "12", "11"], "172", "1986-12-16", None, True, "removal of a leader by his party 172 (17/12/11, as owned35 "
  "ai10's removal of a president); 'on Tuesday' before a Friday paper; naming Kolbin is no act against anyone")
E("bn09", "The rioters demanded that a Kazakh be", KAZST, KAZCP, DEMAND, "1041", "1986-12", None, False,
  "demand for a leadership change 1041 in the diplomats' second-hand account: optional")
F("bn09", "Kunayev had run the Kazakh party since", "standing situation")
F("bn09", "It was not clear whether anyone had", "speculation")

# ---------------------------------------------------------------- bn10 Buenos Aires, Americas (Argentina / Israel / Iran)
S("bn10", "1994-07-19", "Americas", """
Car bomb levels Jewish centre in Buenos Aires; Israel points to Hezbollah

BUENOS AIRES, Argentina —

A car packed with explosives blew up outside the headquarters of Argentina's main Jewish community organization in the centre of Buenos Aires on Monday morning, bringing down the seven-story building and killing at least 26 people, officials said.

Rescue workers and volunteers dug through the rubble all night, and officials said scores of people were still missing.

President Carlos Menem declared three days of national mourning and called the bombing an attack on all Argentines.

Israeli Prime Minister Yitzhak Rabin said the attack bore the marks of Hezbollah, the pro-Iranian Shi'ite Muslim group in Lebanon, and Israel flew a team of rescue experts and investigators to Buenos Aires overnight.

Iran's embassy here denied any Iranian link to the bombing and said it condemned the attack.

Hundreds of people gathered behind police lines near the ruins on Monday night, chanting for justice.

The blast came two years after a suicide driver from Islamic Jihad, a Lebanese group linked to Hezbollah, blew up Israel's embassy in the city on March 17, 1992, killing 29 people.

Leaders of the Jewish community, the largest in Latin America, accused the government of failing to track down those behind that attack.

No group had claimed responsibility for Monday's attack by late evening.

It was unclear how many people had been inside the building when the bomb went off.
""")
AMIA = A("Argentine Israelite Mutual Association building", "ARG", None)
HEZ = A("Hezbollah", "LBN", ["RAD", "PTY"])
ISRG = A("Israel's government", "ISR", "GOV")
E("bn10", "Car bomb levels Jewish centre in Buenos", NOBODY, AMIA, ATTACK, "183", "1994-07-18",
  P("Buenos Aires", "ARG"), False, "headline")
E("bn10", "A car packed with explosives blew up", NOBODY, AMIA, ATTACK, "183", "1994-07-18", P("Buenos Aires", "ARG"),
  True, "car bombing 183 by unknown bombers (news-dev: null/null); premises are the country with sector null; 'on "
  "Monday morning' before a Tuesday paper; 'in the centre of Buenos Aires'")
E("bn10", "said the attack bore the marks of", A("Yitzhak Rabin", "ISR", "GOV"), HEZ, ["11"], "112", "1994-07", None,
  True, "accusation 112; the apposition about Hezbollah is description; month")
E("bn10", "Israel flew a team of rescue experts", ISRG, A("Argentina", "ARG", "GOV"), ["07"], "073", "1994-07", None,
  True, "humanitarian help 073, second clause with its own subject; 'to Buenos Aires' is a destination, not a "
  "place; 'overnight' without an anchor: month")
E("bn10", "Iran's embassy here denied any Iranian link", A("Iran's embassy in Argentina", "IRN", "GOV"), ISRG, DENY,
  "016", "1994-07", P("Buenos Aires", "ARG"), True, "denial 016 (01/12) answering Israel's charge; 'here' with the "
  "dateline is Buenos Aires, where the embassy spoke")
E("bn10", "said it condemned the attack", A("Iran's embassy in Argentina", "IRN", "GOV"), NOBODY, ["11"], "111",
  "1994-07", None, False, "condemnation, second verb: optional")
E("bn10", "gathered behind police lines near the ruins", A("Buenos Aires residents", "ARG", "CVL"),
  A("Argentina's government", "ARG", "GOV"), ["14"], "141", "1994-07-18", None, False,
  "a vigil that calls for justice: coders split on coding it as a protest; optional; 'near the ruins' is no city")
E("bn10", "a suicide driver from Islamic Jihad, a", A("Islamic Jihad", "LBN", ["RAD", "REB"]),
  A("Israel's embassy in Buenos Aires", "ISR", None), ATTACK, "1831", "1992-03-17", P("Buenos Aires", "ARG"), True,
  "dated background with its own agent ('two years after ... on March 17, 1992'); 'in the city' with the dateline; "
  "the text makes the group Lebanese")
E("bn10", "accused the government of failing to track", A("Argentine Jewish community leaders", "ARG", ["REL", "NGO"]),
  A("Argentina's government", "ARG", "GOV"), ["11"], "112", "1994-07", None, True, "accusation 112; month")
F("bn10", "No group had claimed responsibility for Monday's", "negated act")
F("bn10", "It was unclear how many people had", "speculation")

# ---------------------------------------------------------------- bn11 Belem, Americas (Brazil)
S("bn11", "1996-04-19", "Americas", """
Brazilian police kill 19 landless farmers at Amazon road block; Cardoso orders inquiry

BELEM, Brazil —

Military police opened fire on hundreds of landless farm workers who were blocking a highway near the town of Eldorado dos Carajas in the Amazon state of Para on Wednesday, killing 19 people and wounding dozens, state officials said.

The workers, members of the Landless Rural Workers' Movement, had blocked the road since Tuesday to press the government to hand them a large cattle ranch nearby.

State Governor Almir Gabriel had ordered the police to clear the highway.

Col. Mario Pantoja, who led the operation, said his men had come under fire from the crowd and had shot back in self-defence.

Survivors said officers had shot several of the wounded at close range as they lay on the ground.

President Fernando Henrique Cardoso called the killings unacceptable and sent Justice Minister Nelson Jobim to the state to oversee an inquiry.

Joao Pedro Stedile, a national leader of the movement, accused the police of carrying out a massacre and said its members would step up land occupations across the country.

In August, police killed at least nine squatters when they cleared a farm at Corumbiara in the state of Rondonia.

The movement has organized the occupation of hundreds of estates since it was founded in 1984.

It was unclear whether any of the officers would face charges.
""")
PARAPOL = A("Para military police", "BRA", "COP")
MST = A("Landless Rural Workers' Movement", "BRA", ["AGR", "CVL"])
E("bn11", "Brazilian police kill 19 landless farmers at", PARAPOL, MST, REPR3, "175", "1996-04-17", None, False,
  "headline")
E("bn11", "Military police opened fire on hundreds of", PARAPOL, MST, REPR3, "175", "1996-04-17",
  P("Eldorado dos Carajas", "BRA"), True, "lethal force against a road block 175 (17/18/19, as owned54 bc10); 'near the "
  "town of Eldorado dos Carajas'; 'on Wednesday' before a Friday paper; the relative 'who were blocking' is restated "
  "and coded in the next sentence")
E("bn11", "had blocked the road since Tuesday to", MST, A("Brazil's government", "BRA", "GOV"), ["14"], "144",
  "1996-04-16", None, True, "road block 144; 'since Tuesday' gives its first day; the purpose clause is not coded")
E("bn11", "State Governor Almir Gabriel had ordered the", A("Almir Gabriel", "BRA", "GOV"), MST, ["17"], "170",
  "1996-04", None, False, "order to clear the road, undated: optional")
E("bn11", "said his men had come under fire", A("Mario Pantoja", "BRA", "COP"), MST, ["11"], "112", "1996-04", None,
  True, "the commander's charge that the workers shot first 112; the shooting back restates the event; month")
E("bn11", "Survivors said officers had shot several of", PARAPOL, MST, ATTACK, "180", "1996-04", None, False,
  "one side's account of killings of the wounded: optional")
E("bn11", "called the killings unacceptable and sent Justice", A("Fernando Henrique Cardoso", "BRA", "GOV"), PARAPOL,
  ["11"], "111", "1996-04", None, True, "condemnation 111 of the police; month")
E("bn11", "sent Justice Minister Nelson Jobim to the", A("Fernando Henrique Cardoso", "BRA", "GOV"), PARAPOL, ["09"],
  "092", "1996-04", None, False, "sending a minister to oversee an inquiry, second verb: optional")
E("bn11", "accused the police of carrying out a", A("Joao Pedro Stedile", "BRA", ["AGR", "OPP"]), PARAPOL, ["11"],
  "112", "1996-04", None, True, "accusation 112; the stated intention to occupy more farms is not coded; month")
E("bn11", "In August, police killed at least nine", A("Rondonia police", "BRA", "COP"),
  A("Corumbiara squatters", "BRA", ["AGR", "CVL"]), REPR3, "175", "1995-08", P("Corumbiara", "BRA"), True,
  "dated background: 'In August' before an April paper is the year before; 'at Corumbiara' names the place")
F("bn11", "The movement has organized the occupation of", "standing situation")
F("bn11", "It was unclear whether any of the", "speculation")

# ---------------------------------------------------------------- bn12 N'Djamena, Africa (Chad / Libya / France)
S("bn12", "1987-03-24", "Africa", """
Chad says its troops overran Libya's Ouadi Doum air base, killing hundreds

N'DJAMENA, Chad —

Chadian government troops captured Libya's main air base in northern Chad at Ouadi Doum on Sunday, killing more than 1,200 Libyan soldiers and taking hundreds prisoner, the Information Ministry said on Monday.

Forces riding light pickup trucks fitted with rocket launchers overran the base after a battle of several hours and seized Soviet-built aircraft, tanks and air-defence missiles, the ministry said. Among the prisoners was the base commander, a Libyan colonel.

Libya's official news agency JANA did not mention the loss, but accused France and the United States of planning the attack.

The French Defence Ministry said its troops in Chad, sent in 1986 to guard the south, had taken no part in the fighting.

President Hissene Habre called on Libyan leader Moammar Gadhafi to pull all his forces out of the country, including the Aouzou Strip along the border, which Libya has held since 1973.

Chadian forces had driven the Libyans out of the oasis town of Fada in January, in the first big victory of a campaign that began last year.

Libya has never admitted that its troops are fighting in Chad.

The figures could not be independently confirmed.
""")
TCDMIL = A("Chadian army", "TCD", "MIL")
LBYMIL = A("Libyan forces in Chad", "LBY", "MIL")
LBYG = A("Libya's government", "LBY", "GOV")
E("bn12", "Chad says its troops overran Libya's Ouadi", TCDMIL, LBYMIL, FIGHT, "190", "1987-03-22",
  P("Ouadi Doum", "TCD"), False, "headline")
E("bn12", "Chadian government troops captured Libya's main air", TCDMIL, LBYMIL, FIGHT, "190", "1987-03-22",
  P("Ouadi Doum", "TCD"), True, "capture of an enemy base in battle 190 (19/18); 'on Sunday' before a Tuesday paper; "
  "the ministry's figures are attribution")
E("bn12", "overran the base after a battle of", TCDMIL, LBYMIL, FIGHT, "190", "1987-03", None, False,
  "restatement of the capture: optional")
E("bn12", "accused France and the United States of", LBYG, A("France", "FRA", "GOV"), ["11"], "112", "1987-03", None,
  True, "accusation 112, first member of the compound object; the negated 'did not mention' is no event; month")
E("bn12", "accused France and the United States of", LBYG, A("United States", "USA", "GOV"), ["11"], "112", "1987-03",
  None, False, "second member: optional")
E("bn12", "had taken no part in the fighting", A("France", "FRA", "GOV"), LBYG, DENY, "016", "1987-03", None, True,
  "denial 016 (01/12) answering Libya's charge; the agentless 'sent in 1986' is not coded; month")
E("bn12", "called on Libyan leader Moammar Gadhafi to", A("Hissene Habre", "TCD", "GOV"),
  A("Moammar Gadhafi", "LBY", "GOV"), DEMAND, "1056", "1987-03", None, True, "demand for withdrawal 1056 (10/02); "
  "the relative 'which Libya has held since 1973' is standing background; month")
E("bn12", "had driven the Libyans out of the", TCDMIL, LBYMIL, FIGHT, "190", "1987-01", P("Fada", "TCD"), True,
  "dated background with its own agent: 'in January'; 'the oasis town of Fada'")
F("bn12", "Libya has never admitted that its troops", "negated act and standing situation")
F("bn12", "The figures could not be independently confirmed", "no event")

if __name__ == "__main__":
    write(HERE)
