#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned44 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned44/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]

# ---------------------------------------------------------------- as01 Harare, Africa (Zimbabwe)
S("as01", "2018-08-02", "Africa", """
Zimbabwe troops fire on Harare crowds as opposition disputes election count

HARARE, Zimbabwe —

Soldiers opened fire on opposition supporters in central Harare on Wednesday, killing at least three people, after protests over the slow release of results from Monday's presidential election turned violent.

Troops in armoured trucks chased demonstrators through the streets and beat people with batons and rifle butts, witnesses said. The crowds, many dressed in the red of the MDC Alliance, had set cars alight and stoned shops near the offices of the electoral commission.

Police raided the opposition's headquarters on Thursday and detained 18 people, a party spokesman said.

Home Affairs Minister Obert Mpofu blamed opposition leader Nelson Chamisa for inciting the violence and warned that the government would not tolerate any more disorder.

Chamisa, who says he won the vote, accused the ruling ZANU-PF of rigging the count and told reporters that the army had been turned against unarmed civilians.

President Emmerson Mnangagwa, who took office after the army placed Robert Mugabe under house arrest in November, appealed for calm and said the deaths should be investigated independently.

Britain, the former colonial power, and the United States urged the security forces to show restraint.

The electoral commission has yet to announce who won the presidency.

The vote was the first since independence in 1980 without Mugabe on the ballot.
""")
ZWMIL = A("Zimbabwean soldiers", "ZWE", "MIL")
ZWP = A("MDC Alliance supporters", "ZWE", ["CVL", "OPP"])
ZWCOP = A("Zimbabwean police", "ZWE", "COP")
ZWG = A("Zimbabwe's government", "ZWE", "GOV")
CHAM = A("Nelson Chamisa", "ZWE", ["OPP", "PTY"])
MDC = A("MDC Alliance", "ZWE", ["OPP", "PTY"])
ZANU = A("ZANU-PF", "ZWE", ["PTY", "GOV"])
E("as01", "Zimbabwe troops fire on Harare crowds as", ZWMIL, ZWP, REPR, "175", "2018-08", P("Harare", "ZWE"), False,
  "headline")
E("as01", "Soldiers opened fire on opposition supporters in", ZWMIL, ZWP, REPR, "175", "2018-08-01", P("Harare", "ZWE"),
  True, "live fire on protesters 175 (17/18), as owned35 ai01; 'in central Harare on Wednesday' in a Thursday paper")
E("as01", "Soldiers opened fire on opposition supporters in", ZWP, ZWG, VPROT, "145", "2018-08-01", P("Harare", "ZWE"),
  False, "the protests that 'turned violent', inside the 'after' clause: optional (restated as the crowds' acts below)")
E("as01", "Troops in armoured trucks chased demonstrators through", ZWMIL, ZWP, REPR, "175", "2018-08", None, False,
  "beatings told by witnesses, a detail of the lead's force: optional (restatement); no place in the clause")
E("as01", "had set cars alight and stoned shops", ZWP, ZWG, VPROT, "145", "2018-08", None, False,
  "pluperfect riot detail of the protest in the lead: optional; 'near the offices of the electoral commission' names "
  "no city")
E("as01", "Police raided the opposition's headquarters on Thursday", ZWCOP, MDC, ["17"], "173", "2018-08-02", None, True,
  "raid and detentions 173 (news-dev: arrests 173); unnamed police are Zimbabwe's; the party spokesman's count is "
  "attribution, nobody disputes the raid; target the party whose headquarters it was; 'on Thursday' in a Thursday "
  "paper; the headquarters' city is not named in the clause")
E("as01", "Obert Mpofu blamed opposition leader Nelson Chamisa", A("Obert Mpofu", "ZWE", "GOV"), CHAM, ["11"], "112",
  "2018-08", None, True, "blame 112; no day of its own: month")
E("as01", "warned that the government would not tolerate", A("Obert Mpofu", "ZWE", "GOV"), ZWP, ["13"], "130", "2018-08",
  None, False, "a warning put as intention, second verb: optional (coders split between 130 and no event)")
E("as01", "accused the ruling ZANU-PF of rigging the", CHAM, ZANU, ["11"], "112", "2018-08", None, True,
  "accusation of fraud 112; 'who says he won the vote' is a standing claim, not coded; month")
E("as01", "told reporters that the army had been", CHAM, ZWMIL, ["11"], "111", "2018-08", None, False,
  "second clause of the same statement, a charge against the army: optional")
E("as01", "after the army placed Robert Mugabe under", A("Zimbabwe's army", "ZWE", "MIL"),
  A("Robert Mugabe", "ZWE", "GOV"), ["17"], "173", "2017-11", None, True,
  "dated background in an 'after' clause with its own agent: house arrest 173 (news-dev: detentions); 'in November' "
  "before an August paper is the year before: 2017-11")
E("as01", "Britain, the former colonial power, and the", A("Britain", "GBR", "GOV"), A("Zimbabwe's security forces", "ZWE",
  ["MIL", "COP"]), DEMAND, "025", "2018-08", None, True,
  "appeal for restraint, an appeal to yield 025 (10/02, news-dev's demands); first member of the compound subject "
  "required; month")
E("as01", "Britain, the former colonial power, and the", A("United States", "USA", "GOV"),
  A("Zimbabwe's security forces", "ZWE", ["MIL", "COP"]), DEMAND, "025", "2018-08", None, False,
  "second member of the compound: optional")
F("as01", "The electoral commission has yet to announce", "standing situation: nothing announced")
F("as01", "The vote was the first since independence", "background fact and definition")

# ---------------------------------------------------------------- as02 Tripoli, Africa (Libya / United States)
S("as02", "2012-09-12", "Africa", """
U.S. ambassador to Libya killed as gunmen storm Benghazi consulate

TRIPOLI, Libya —

Armed men stormed and set fire to the U.S. consulate in the eastern city of Benghazi on Tuesday night, killing Ambassador Christopher Stevens and three other Americans, Libyan and American officials said.

The attackers, some carrying rocket-propelled grenades, overran the compound's guards and torched the main building. Stevens, 52, died of smoke inhalation after being separated from his security team, a Libyan doctor said.

Earlier on Tuesday, protesters in Cairo scaled the walls of the U.S. embassy and tore down the American flag, angered by an amateur film made in the United States that mocks the Prophet Mohammed.

President Barack Obama condemned what he called an outrageous attack and ordered tighter security at American diplomatic posts around the world.

Mohammed Magariaf, the head of Libya's newly elected national congress, apologised to the United States and promised that those responsible would be brought to justice.

Libyan Deputy Interior Minister Wanis al-Sharif said supporters of the late Moammar Gaddafi might have used the protest as cover. A local Islamist militia, Ansar al-Sharia, denied taking part in the assault.

Stevens had served in Benghazi as Washington's envoy to the rebels during last year's uprising, which NATO backed with air strikes until Gaddafi was killed in October.

It was not clear whether the attack had been planned in advance.

He is the first U.S. ambassador to be killed in the line of duty since 1979.
""")
GUNM = A("unidentified armed men", None, None)
USPREM = A("U.S. consulate in Benghazi", "USA", None)
STEV = A("Christopher Stevens", "USA", "GOV")
LBYG = A("Libya's government", "LBY", "GOV")
E("as02", "U.S. ambassador to Libya killed as gunmen", GUNM, STEV, ATTACK, "186", "2012-09", None, False, "headline")
E("as02", "Armed men stormed and set fire to", GUNM, USPREM, ATTACK, "180", "2012-09-11", P("Benghazi", "LBY"), True,
  "armed assault on a consulate 180 (18/19/20); unnamed attackers null/null (news-dev); premises are the country with "
  "sector null; 'the eastern city of Benghazi' names the place; 'on Tuesday night' before a Wednesday paper")
E("as02", "Armed men stormed and set fire to", GUNM, STEV, ATTACK, "186", "2012-09-11", P("Benghazi", "LBY"), False,
  "the killing of the ambassador, the participle 'killing' of the same attack: optional (coders split between one "
  "and two events)")
E("as02", "overran the compound's guards and torched the", GUNM, USPREM, ATTACK, "180", "2012-09", None, False,
  "detail of the lead's attack: optional restatement")
E("as02", "protesters in Cairo scaled the walls of", A("Egyptian protesters", "EGY", "CVL"), A("U.S. embassy in Cairo",
  "USA", None), VPROT, "145", "2012-09-11", P("Cairo", "EGY"), True,
  "embassy riot 145 (14/18/17), as owned35 ai04; 'Earlier on Tuesday'; 'in Cairo' names the place; the protesters "
  "are Egypt's (the city's), the text gives no other nationality")
E("as02", "President Barack Obama condemned what he called", A("Barack Obama", "USA", "GOV"), GUNM, ["11"], "111",
  "2012-09", None, True, "condemnation 111 of the unnamed attackers; no day of its own: month; the order for tighter "
  "security at his own posts has no target and is not coded")
E("as02", "apologised to the United States and promised", A("Mohammed Magariaf", "LBY", ["LEG", "GOV"]),
  A("United States", "USA", "GOV"), ["05", "08"], "055", "2012-09", None, True,
  "apology 055 (05/08, as owned35's regret); month")
E("as02", "promised that those responsible would be brought", A("Mohammed Magariaf", "LBY", ["LEG", "GOV"]), GUNM,
  ["13", "03"], "130", "2012-09", None, False, "a promise of prosecution, future: optional")
E("as02", "said supporters of the late Moammar Gaddafi", A("Wanis al-Sharif", "LBY", "GOV"),
  A("Gaddafi loyalists", "LBY", ["REB", "CVL"]), ["11"], "112", "2012-09", None, False,
  "a hedged suspicion ('might have used'): optional")
E("as02", "Ansar al-Sharia, denied taking part in the", A("Ansar al-Sharia", "LBY", ["REB", "RAD"]), LBYG, DENY, "016",
  "2012-09", None, True, "denial 016 (01/12); no named accuser, the target is Libya's government whose official spoke "
  "in the sentence before; month")
E("as02", "which NATO backed with air strikes until", A("NATO", None, "IGO"), A("Gaddafi's forces", "LBY", "MIL"),
  ["19"], "195", "2011", None, True,
  "dated background in a relative with its own agent: air strikes 195; 'last year's uprising' gives 2011; NATO "
  "country null, sector IGO (the validator takes three-letter codes only; news-dev codes the Arab League so)")
E("as02", "which NATO backed with air strikes until", A("unnamed killers", None, None),
  A("Moammar Gaddafi", "LBY", "GOV"), ATTACK, "186", "2011-10", None, False,
  "'until Gaddafi was killed in October': agentless passive, the killers are not named: optional")
F("as02", "It was not clear whether the attack", "speculation")
F("as02", "He is the first U.S. ambassador", "count and record")

# ---------------------------------------------------------------- as03 Brussels, Middle East (EU / Palestinians)
S("as03", "2006-04-08", "Middle East", """
EU and Washington cut off direct aid to Hamas-led Palestinian government

BRUSSELS, Belgium —

The European Union suspended direct aid to the Palestinian government on Friday, saying the new Hamas-led cabinet had failed to renounce violence or recognise Israel, hours after the United States announced a similar freeze.

Benita Ferrero-Waldner, the EU's external relations commissioner, said money for food, medicine and hospitals would keep flowing through U.N. agencies and charities, bypassing the government.

Palestinian Prime Minister Ismail Haniyeh denounced the decision as collective punishment of the Palestinian people and said his government would not bow to pressure.

The EU was the largest donor to the Palestinian Authority last year, giving it about 500 million euros.

Hamas won a landslide in January's parliamentary election. On Jan. 30 the United States, the EU, Russia and the United Nations, the four sponsors of the peace plan known as the road map, demanded that the group give up violence, recognise Israel and accept past peace agreements.

Israel stopped handing over the roughly $50 million a month in customs duties it collects for the Palestinians in February, after Hamas won the vote.

President Mahmoud Abbas, whose Fatah movement lost the election, appealed to donors to keep paying the salaries of some 140,000 public employees.

Russia, which received a Hamas delegation in Moscow last month, said isolating the group would be a mistake.

It was unclear how the government would pay the wages due next week.
""")
EU = A("European Union", "EUR", "IGO")
PSEG = A("Hamas-led Palestinian government", "PSE", ["GOV", "REB"])
HAMAS = A("Hamas", "PSE", ["REB", "GOV"])
E("as03", "EU and Washington cut off direct aid", EU, PSEG, SANCT, "1621", "2006-04", None, False, "headline")
E("as03", "The European Union suspended direct aid to", EU, PSEG, SANCT, "1621", "2006-04-07", None, True,
  "halting economic aid 1621 (16/17, news-dev's sanctions); 'on Friday' before a Saturday paper; the Hamas-led "
  "government as news-dev codes Hamas (PSE, REB/GOV)")
E("as03", "hours after the United States announced a", A("United States", "USA", "GOV"), PSEG, SANCT, "1621",
  "2006-04-07", None, True, "dated background: an 'hours after' clause with its own agent; 'a similar freeze' is the "
  "same act as the EU's")
E("as03", "said money for food, medicine and hospitals", A("Benita Ferrero-Waldner", "EUR", "IGO"),
  A("Palestinians", "PSE", "CVL"), ["07", "03"], "073", "2006-04", None, False,
  "humanitarian aid that 'would keep flowing': an intention, optional (07/03)")
E("as03", "Ismail Haniyeh denounced the decision as collective", A("Ismail Haniyeh", "PSE", ["GOV", "REB"]), EU, ["11"],
  "111", "2006-04", None, True, "denunciation 111; no day of its own: month")
E("as03", "said his government would not bow to", A("Ismail Haniyeh", "PSE", ["GOV", "REB"]), EU, ["12"], "120",
  "2006-04", None, False, "a refusal put as intention ('would not bow'): optional")
E("as03", "the United States, the EU, Russia and", A("United States", "USA", "GOV"), HAMAS, DEMAND, "1042", "2006-01-30",
  None, True, "demand for a change of policy 1042 (10/02); dated background 'On Jan. 30'; first of four members of a "
  "compound subject required")
E("as03", "the United States, the EU, Russia and", EU, HAMAS, DEMAND, "1042", "2006-01-30", None, False,
  "second member: optional")
E("as03", "the United States, the EU, Russia and", A("Russia", "RUS", "GOV"), HAMAS, DEMAND, "1042", "2006-01-30", None,
  False, "third member: optional")
E("as03", "the United States, the EU, Russia and", A("United Nations", "UNO", "IGO"), HAMAS, DEMAND, "1042",
  "2006-01-30", None, False, "fourth member: optional")
E("as03", "Israel stopped handing over the roughly $50", A("Israel", "ISR", "GOV"), PSEG, SANCT, "163", "2006-02", None,
  True, "withholding the Palestinians' own revenue: an economic sanction 163 (16/17), not aid; dated background 'in "
  "February'; 'after Hamas won the vote' is no event")
E("as03", "appealed to donors to keep paying the", A("Mahmoud Abbas", "PSE", "GOV"), A("foreign donors", None, None),
  DEMAND, "0231", "2006-04", None, True,
  "appeal for economic aid 0231 (10/02); the donors named only as a kind (the EU and Washington of the lead among them): null/null; "
  "month; 'whose Fatah movement lost the election' is no event")
E("as03", "which received a Hamas delegation in Moscow", A("Russia", "RUS", "GOV"), HAMAS, ["04"], "043", "2006-03",
  P("Moscow", "RUS"), True, "hosting a visit 043; dated background in a relative with its own agent; 'last month' "
  "before an April paper; 'in Moscow' names the place")
E("as03", "said isolating the group would be a", A("Russia", "RUS", "GOV"), EU, ["11"], "111", "2006-04", None, False,
  "an implied criticism of the EU's course, put as a general judgment: optional")
F("as03", "The EU was the largest donor to", "count and standing fact")
F("as03", "It was unclear how the government would", "speculation")

# ---------------------------------------------------------------- as04 Baghdad, Middle East (Iraq / United States / Iran)
S("as04", "2020-01-01", "Middle East", """
Militia supporters end siege of U.S. embassy in Baghdad as Trump threatens Iran

BAGHDAD, Iraq —

Supporters of an Iran-backed Iraqi militia pulled back from the U.S. embassy in Baghdad on Wednesday after their leaders told them to leave, ending a siege that had begun a day earlier.

On Tuesday, thousands of militiamen and their supporters smashed their way through a reception building at the edge of the embassy compound, set fires and chanted "Death to America". U.S. Marines guarding the compound fired tear gas to keep them from reaching the main building.

The crowd was protesting against American air strikes on Sunday that killed 25 fighters of the Kataib Hezbollah militia at five sites in western Iraq and eastern Syria. The strikes answered a rocket attack on Dec. 27 that killed an American civilian contractor at a base near Kirkuk.

President Donald Trump accused Iran of orchestrating the embassy attack and warned that Tehran would pay a very big price. Iran's foreign ministry rejected the charge.

The Pentagon ordered about 750 paratroopers to the Middle East, and Defense Secretary Mark Esper said more could follow.

Prime Minister Adel Abdul Mahdi had condemned the strikes on Monday as a violation of Iraqi sovereignty and declared three days of mourning.

About 5,200 American troops are stationed in Iraq to help local forces fight the Islamic State group.

It was unclear whether the militias would keep their promise to protest only outside the embassy.
""")
KH = A("Kataib Hezbollah", "IRQ", ["REB", "MIL"])
KHP = A("Kataib Hezbollah supporters", "IRQ", ["REB", "CVL"])
USEMB = A("U.S. embassy in Baghdad", "USA", None)
USG = A("United States", "USA", "GOV")
IRN = A("Iran", "IRN", "GOV")
E("as04", "Militia supporters end siege of U.S. embassy", KHP, USEMB, VPROT, "145", "2020-01", P("Baghdad", "IRQ"), False,
  "headline")
E("as04", "as Trump threatens Iran", A("Donald Trump", "USA", "GOV"), IRN, ["13"], "130", "2020-01", None, False,
  "headline")
E("as04", "pulled back from the U.S. embassy in", KHP, USEMB, ["08"], "087", "2020-01-01", P("Baghdad", "IRQ"), False,
  "the end of the siege, a de-escalation 087: optional (coders split over whether ending a protest is an event)")
E("as04", "smashed their way through a reception building", KHP, USEMB, VPROT, "145", "2019-12-31", None, True,
  "embassy riot 145 (14/18/17) as owned35 ai04; 'On Tuesday' before a Wednesday paper; 'the embassy compound' names "
  "no city in the clause (Baghdad is in the sentence before): no place; premises USA/null")
E("as04", "U.S. Marines guarding the compound fired tear", A("U.S. Marines", "USA", "MIL"), KHP, REPR, "175",
  "2019-12-31", None, True, "tear gas on the crowd 175 (17/18); the sentence has no day but continues Tuesday's "
  "siege; their country is named ('U.S.'), not Iraq's")
E("as04", "American air strikes on Sunday that killed", A("U.S. military", "USA", "MIL"), KH, ["19", "18"], "195",
  "2019-12-29", None, True, "air strikes 195; a nominal event with its agent ('American') and its own day ('on Sunday' "
  "before a Wednesday paper); 'in western Iraq and eastern Syria' names two countries, no place")
E("as04", "The strikes answered a rocket attack on", A("unidentified attackers", None, None), A("U.S. forces in Iraq",
  "USA", "MIL"), ATTACK, "183", "2019-12-27", P("Kirkuk", "IRQ"), False,
  "rocket attack with no agent in the text: optional, null/null; 'near Kirkuk' names the place; the strikes' "
  "'answering' it is a restatement")
E("as04", "President Donald Trump accused Iran of orchestrating", A("Donald Trump", "USA", "GOV"), IRN, ["11"], "112",
  "2020-01", None, True, "accusation 112; no day of its own: month")
E("as04", "warned that Tehran would pay a very", A("Donald Trump", "USA", "GOV"), IRN, ["13"], "130", "2020-01", None,
  True, "threat 130 in the same sentence, required as owned35 ai07's insult and threat; 'Tehran' stands for Iran's "
  "government")
E("as04", "Iran's foreign ministry rejected the charge.", A("Iran's foreign ministry", "IRN", "GOV"), USG, DENY, "016",
  "2020-01", None, True, "denial of an accusation 016 (01/12); target the accuser, the U.S. president; month")
E("as04", "The Pentagon ordered about 750 paratroopers to", A("Pentagon", "USA", "MIL"), None, ["15"], "154", "2020-01",
  None, True, "troop deployment 154 (mobilize armed forces); no target in the text; 'the Middle East' is a "
  "destination, not a place; month")
E("as04", "Defense Secretary Mark Esper said more could", A("Mark Esper", "USA", "GOV"), None, ["15"], "154", "2020-01",
  None, False, "more troops 'could follow': hypothetical, optional")
E("as04", "had condemned the strikes on Monday as", A("Adel Abdul Mahdi", "IRQ", "GOV"), USG, ["11"], "111",
  "2019-12-30", None, True, "condemnation 111; pluperfect with its own day, 'on Monday' before a Wednesday paper; the "
  "mourning he declared has no target and is not coded")
F("as04", "About 5,200 American troops are stationed in", "count and standing situation")
F("as04", "It was unclear whether the militias would", "speculation")

# ---------------------------------------------------------------- as05 Yangon, Asia (Myanmar)
S("as05", "2008-05-09", "Asia", """
Myanmar junta seizes U.N. food aid as cyclone survivors wait for help

YANGON, Myanmar —

Myanmar's military government seized two planeloads of high-energy biscuits flown in by the World Food Programme at Yangon airport on Friday, and the U.N. agency halted further flights in protest.

The junta's foreign ministry said the country would accept relief supplies but rejected offers of foreign rescue teams, saying it was not ready to receive them or journalists.

Cyclone Nargis swept across the Irrawaddy delta last Saturday, flattening villages and leaving hundreds of thousands of people without food, clean water or shelter.

State television put the death toll at more than 22,000, with about 41,000 people missing.

U.N. Secretary-General Ban Ki-moon said he was deeply frustrated by the delays and urged the generals to let aid workers in without conditions.

French Foreign Minister Bernard Kouchner proposed on Wednesday that the Security Council authorise aid deliveries without the government's consent, and China, the junta's main ally, rejected the idea on Thursday.

President George Bush accused the generals of blocking help for their own people and offered U.S. Navy ships and helicopters already in the region for relief flights.

Aid agencies that already had staff in the country said they had reached only a fraction of the survivors.

The generals are pressing ahead with a referendum on a new constitution on Saturday in areas the storm spared.
""")
MMRG = A("Myanmar's military government", "MMR", ["GOV", "MIL"])
WFP = A("World Food Programme", "UNO", "IGO")
E("as05", "Myanmar junta seizes U.N. food aid as", MMRG, WFP, ["17"], "1711", "2008-05", None, False, "headline")
E("as05", "Myanmar's military government seized two planeloads of", MMRG, WFP, ["17"], "1711", "2008-05-09",
  P("Yangon", "MMR"), True, "confiscation 1711; 'at Yangon airport' names the place; 'on Friday' in a Friday paper")
E("as05", "the U.N. agency halted further flights in", WFP, MMRG, SANCT, "1623", "2008-05-09", None, True,
  "halting humanitarian aid in protest 1623 (16/17); second clause with its own agent, same day ('on Friday' in the "
  "first clause); 'at Yangon airport' belongs to the seizure, this clause names no place")
E("as05", "rejected offers of foreign rescue teams, saying", MMRG, A("foreign governments", None, "GOV"), ["12"], "121",
  "2008-05", None, True, "a stated refusal of material cooperation 121 (as owned35 ai12's rejected offer); the offering "
  "countries are not named in the clause: null/GOV; month")
E("as05", "urged the generals to let aid workers", A("Ban Ki-moon", "UNO", "IGO"), MMRG, DEMAND, "1055", "2008-05", None,
  True, "demand to allow international involvement (aid workers) 1055 (10/02); 'the generals' is the junta; month")
E("as05", "Bernard Kouchner proposed on Wednesday that the", A("Bernard Kouchner", "FRA", "GOV"),
  A("U.N. Security Council", "UNO", "IGO"), DEMAND, "020", "2008-05-07", None, True,
  "a proposal that the council act: appeal 020 (10/02); 'on Wednesday' before a Friday paper")
E("as05", "rejected the idea on Thursday", A("China", "CHN", "GOV"), A("France", "FRA", "GOV"), ["12"], "120",
  "2008-05-08", None, True, "rejecting a proposal 120; its own day, 'on Thursday'; 'the junta's main ally' is China")
E("as05", "President George Bush accused the generals", A("George W. Bush", "USA", "GOV"), MMRG, ["11"], "112",
  "2008-05", None, False, "accusation 112, first verb of the sentence: optional beside the offer (coders often keep "
  "one event a sentence); month")
E("as05", "offered U.S. Navy ships and helicopters already", A("George W. Bush", "USA", "GOV"), MMRG, ["03", "07"], "033",
  "2008-05", None, True, "offer of humanitarian aid 033 (03/07); month")
F("as05", "State television put the death toll at", "count")
F("as05", "The generals are pressing ahead with a", "scheduled vote, standing plan: no event")

# ---------------------------------------------------------------- as06 Beijing, Asia (China)
S("as06", "2009-12-25", "Asia", """
China jails dissident Liu Xiaobo for 11 years; Washington and EU call for his release

BEIJING, China —

A Beijing court sentenced Liu Xiaobo, one of China's best-known dissidents, to 11 years in prison on Friday for inciting subversion of state power, a term his lawyers called the harshest for that charge in years.

Liu, 53, helped write Charter 08, a manifesto calling for free elections, an independent judiciary and an end to one-party rule. He was detained in December last year, two days before the document was posted online.

Police took away several supporters who had gathered outside the courthouse on Friday, and diplomats from more than a dozen countries were again kept out of the building.

The United States urged China to release Liu immediately, and the European Union said the sentence was disproportionate.

Foreign ministry spokeswoman Jiang Yu rejected the criticism, telling reporters that China was ruled by law and that no other country had the right to meddle in its judicial affairs.

Liu's wife, Liu Xia, who was barred from his trial on Wednesday but allowed to hear the verdict, said he would appeal.

The charter eventually gathered more than 10,000 signatures.

A literary critic, Liu spent nearly two years in prison after the army crushed the 1989 protests on Tiananmen Square, which he had joined as a hunger striker.
""")
CHCT = A("Beijing court", "CHN", "JUD")
LIU = A("Liu Xiaobo", "CHN", ["OPP", "CVL"])
CHCOP = A("Chinese police", "CHN", "COP")
CHNG = A("China", "CHN", "GOV")
E("as06", "China jails dissident Liu Xiaobo for 11", CHCT, LIU, ["17", "11"], "173", "2009-12", None, False, "headline")
E("as06", "Washington and EU call for his release", USG, CHNG, DEMAND, "1053", "2009-12", None, False, "headline")
E("as06", "A Beijing court sentenced Liu Xiaobo, one", CHCT, LIU, ["17", "11"], "173", "2009-12-25", P("Beijing", "CHN"),
  True, "prison sentence 173 (news-dev: court verdicts 17/11, sentences 173); 'A Beijing court' names the city; "
  "'on Friday' in a Friday paper")
E("as06", "He was detained in December last year,", CHCOP, LIU, ["17"], "173", "2008-12", None, True,
  "agentless passive with its own date: detention by the story's country's police (convention), as owned35 ai05's "
  "'had been arrested'; 'in December last year' gives 2008-12")
E("as06", "Police took away several supporters who had", CHCOP, A("Liu Xiaobo's supporters", "CHN", ["CVL", "OPP"]),
  ["17"], "173", "2009-12-25", None, True, "detentions 173; unnamed police are China's; 'on Friday'; 'outside the "
  "courthouse' names no city")
E("as06", "diplomats from more than a dozen countries", CHNG, A("foreign diplomats", None, "GOV"), ["12", "17"], "120",
  "2009-12-25", None, False, "agentless passive 'were again kept out': optional")
E("as06", "The United States urged China to release", USG, CHNG, DEMAND, "1053", "2009-12", None, True,
  "demand for the release of a person 1053 (10/02); no day of its own: month; first of two outside "
  "reactions")
E("as06", "the European Union said the sentence was", EU, CHNG, ["11"], "111", "2009-12", None, False,
  "second outside reaction, criticism 111: optional")
E("as06", "Foreign ministry spokeswoman Jiang Yu rejected the", A("Jiang Yu", "CHN", "GOV"), USG, ["12"], "120",
  "2009-12", None, True, "rejecting criticism 120; 'the criticism' is the American and European reactions, the first "
  "(the United States) required; month")
E("as06", "Foreign ministry spokeswoman Jiang Yu rejected the", A("Jiang Yu", "CHN", "GOV"), EU, ["12"], "120",
  "2009-12", None, False, "the second critic: optional")
E("as06", "who was barred from his trial on", CHCT, A("Liu Xia", "CHN", "CVL"), ["12", "17"], "120", "2009-12-23", None,
  False, "agentless passive in a relative: optional")
E("as06", "after the army crushed the 1989 protests", A("Chinese army", "CHN", "MIL"),
  A("Chinese protesters", "CHN", "CVL"), REPR, "175", "1989", P("Beijing", "CHN"), True,
  "dated background in an 'after' clause with its own agent: violent repression 175 (17/18); Tiananmen Square is in "
  "Beijing, the dateline city")
E("as06", "A literary critic, Liu spent nearly two", A("Chinese authorities", "CHN", "GOV"), LIU, ["17"], "173", "1989",
  None, False, "his imprisonment, told without an agent: optional")
F("as06", "The charter eventually gathered more than 10,000", "count")
F("as06", "helped write Charter 08, a manifesto calling", "background fact; the manifesto's call is its content, no act "
  "of the day")

# ---------------------------------------------------------------- as07 Moscow, Europe/Eurasia (Russia / United States)
S("as07", "2011-12-08", "Europe/Eurasia", """
Putin accuses Clinton of stirring protests over Russia's parliamentary vote

MOSCOW, Russia —

Prime Minister Vladimir Putin on Thursday accused U.S. Secretary of State Hillary Clinton of encouraging the street protests that have followed Sunday's parliamentary election, saying she had given his opponents "a signal".

Clinton had said on Tuesday that the Dec. 4 vote was neither free nor fair and that Russians deserved a full investigation of reports of fraud.

Police detained about 300 people at a rally of several thousand in central Moscow on Monday evening, among them the anti-corruption blogger Alexei Navalny, who was later jailed for 15 days.

A further 600 were held on Tuesday when riot police and Interior Ministry troops broke up a second protest on Triumfalnaya Square, a few hundred metres from the Kremlin.

Putin's United Russia party won just under half of the vote, down from 64 percent four years ago, according to the official count.

Former Soviet leader Mikhail Gorbachev called on Wednesday for the result to be annulled and the election held again.

Putin, who plans to return to the presidency in March, said foreign governments were spending hundreds of millions of dollars to influence Russian politics and that the country must protect itself.

Opposition groups have called a mass rally for Saturday, and city officials have allowed up to 30,000 people to gather on a square across the river from the Kremlin.

It was unclear how many would turn out.
""")
PUTIN = A("Vladimir Putin", "RUS", "GOV")
CLINT = A("Hillary Clinton", "USA", "GOV")
RUSP = A("Russian protesters", "RUS", ["CVL", "OPP"])
RUSCOP = A("Russian police", "RUS", "COP")
RUSG = A("Russia's government", "RUS", "GOV")
E("as07", "Putin accuses Clinton of stirring protests over", PUTIN, CLINT, ["11"], "112", "2011-12", None, False, "headline")
E("as07", "Prime Minister Vladimir Putin on Thursday accused", PUTIN, CLINT, ["11"], "112", "2011-12-08", None, True,
  "accusation 112; 'on Thursday' in a Thursday paper")
E("as07", "Clinton had said on Tuesday that the", CLINT, RUSG, ["11"], "111", "2011-12-06", None, True,
  "criticism of the vote 111; pluperfect with its own day, 'on Tuesday' before a Thursday paper")
E("as07", "Russians deserved a full investigation of reports", CLINT, RUSG, DEMAND, "101", "2011-12-06", None, False,
  "a call for an inquiry in the same reported statement, second clause: optional (10/02)")
E("as07", "Police detained about 300 people at a", RUSCOP, RUSP, ["17"], "173", "2011-12-05", P("Moscow", "RUS"), True,
  "detentions 173; unnamed police are Russia's; 'in central Moscow on Monday evening' before a Thursday paper")
E("as07", "Police detained about 300 people at a", RUSP, RUSG, ["14"], "141", "2011-12-05", P("Moscow", "RUS"), False,
  "the rally, a nominal event inside the arrest clause: optional")
E("as07", "who was later jailed for 15 days", A("Russian court", "RUS", "JUD"), A("Alexei Navalny", "RUS", ["OPP", "CVL"]),
  ["17", "11"], "173", "2011-12", None, False, "agentless passive in a relative: optional; 'later' gives no day")
E("as07", "when riot police and Interior Ministry troops", RUSCOP, RUSP, REPR, "175", "2011-12-06", P("Moscow", "RUS"),
  True, "breaking up a protest by force 175 (17/18); dated 'when' clause with its own agent ('on Tuesday'); "
  "Triumfalnaya Square is in Moscow, the dateline city, and 'a few hundred metres from the Kremlin' fixes it; first "
  "member of the compound subject required")
E("as07", "when riot police and Interior Ministry troops", A("Interior Ministry troops", "RUS", ["MIL", "COP"]), RUSP,
  REPR, "175", "2011-12-06", P("Moscow", "RUS"), False, "second member: optional")
E("as07", "A further 600 were held on Tuesday", RUSCOP, RUSP, ["17"], "173", "2011-12-06", P("Moscow", "RUS"), False,
  "agentless passive 'were held' in the main clause; the 'when' clause names the police: optional beside the "
  "dispersal")
E("as07", "Mikhail Gorbachev called on Wednesday for the", A("Mikhail Gorbachev", "RUS", ["ELI", "OPP"]), RUSG, DEMAND,
  "1044", "2011-12-07", None, True, "demand to annul and rerun the election, a change of institutions 1044 (10/02); "
  "'on Wednesday' before a Thursday paper; target the government that ran the vote")
E("as07", "said foreign governments were spending hundreds of", PUTIN, A("foreign governments", None, "GOV"), ["11"],
  "112", "2011-12", None, False, "a general charge against unnamed governments: optional")
E("as07", "Opposition groups have called a mass rally", A("Russian opposition groups", "RUS", ["OPP", "PTY"]), RUSG,
  ["14"], "140", "2011-12", None, False, "a call for a future rally: optional (as owned35's calls for strikes)")
E("as07", "city officials have allowed up to 30,000", A("Moscow city officials", "RUS", "GOV"),
  A("Russian opposition groups", "RUS", ["OPP", "PTY"]), ["08"], "081", "2011-12", None, False,
  "permission for a rally, a concession 081: optional (coders split); 'a square across the river' names no place")
F("as07", "United Russia party won just under half", "count")
F("as07", "It was unclear how many would turn", "speculation")

# ---------------------------------------------------------------- as08 London, Europe/Eurasia (Britain / Ecuador / U.S.)
S("as08", "2019-04-11", "Europe/Eurasia", """
British police arrest Assange at Ecuador's London embassy after asylum is withdrawn

LONDON, United Kingdom —

British police arrested WikiLeaks founder Julian Assange at Ecuador's embassy in London on Thursday, minutes after the South American country revoked the asylum that had sheltered him for almost seven years.

Officers carried the bearded Australian, 47, out of the building and into a waiting van as he shouted that Britain must resist.

Ecuador's President Lenin Moreno said in a video message that Assange had repeatedly broken the conditions of his stay, including by meddling in the affairs of other states.

Scotland Yard said he had been held on an extradition request from the United States as well as for failing to surrender to a court in 2012. Hours later, the U.S. Justice Department charged him with conspiring with former Army analyst Chelsea Manning to crack a password on a Pentagon computer network.

A judge at Westminster Magistrates' Court found Assange guilty of skipping bail on Thursday afternoon and sent him to a higher court for sentencing.

Foreign Secretary Jeremy Hunt thanked Moreno and said nobody was above the law.

Former Ecuadorean President Rafael Correa, whose government granted Assange asylum in 2012, called his successor's decision an unforgivable betrayal.

Moscow's foreign ministry said the arrest strangled freedom of the press.

Assange had not left the embassy since he walked in during the summer of 2012.

It was not clear when a British court would rule on the American request.
""")
ASSG = A("Julian Assange", "AUS", ["MED", "CVL"])
GBRCOP = A("British police", "GBR", "COP")
ECUG = A("Ecuador's government", "ECU", "GOV")
MORENO = A("Lenin Moreno", "ECU", "GOV")
E("as08", "British police arrest Assange at Ecuador's London", GBRCOP, ASSG, ["17"], "173", "2019-04", P("London", "GBR"),
  False, "headline")
E("as08", "British police arrested WikiLeaks founder Julian Assange", GBRCOP, ASSG, ["17"], "173", "2019-04-11",
  P("London", "GBR"), True, "arrest 173; 'at Ecuador's embassy in London on Thursday' in a Thursday paper; Assange is "
  "Australian ('the bearded Australian'), a publisher: MED")
E("as08", "minutes after the South American country revoked", ECUG, ASSG, ["17", "16"], "174", "2019-04-11", None, True,
  "revoking asylum so that the man could be removed: expulsion of a person 174 (17/16); a 'minutes after' clause with "
  "its own agent; 'the South American country' is Ecuador; the decision is not placed in London")
E("as08", "Officers carried the bearded Australian, 47, out", GBRCOP, ASSG, ["17"], "173", "2019-04", None, False,
  "the arrest told again: optional restatement")
E("as08", "Lenin Moreno said in a video message", MORENO, ASSG, ["11"], "112", "2019-04", None, True,
  "accusation that he broke the terms of asylum 112; no day of its own: month")
E("as08", "he had been held on an extradition", A("United States", "USA", "GOV"), A("Britain", "GBR", "GOV"), DEMAND,
  "100", "2019-04", None, False, "an extradition request as a nominal inside a police statement: optional (10/02)")
E("as08", "the U.S. Justice Department charged him with", A("U.S. Justice Department", "USA", "JUD"), ASSG, ["11", "17"],
  "112", "2019-04-11", None, True, "criminal charge 112 (11/17 tolerant, as news-dev's court verdicts); 'Hours later' "
  "after Thursday's arrest")
E("as08", "A judge at Westminster Magistrates' Court found", A("Westminster Magistrates' Court", "GBR", "JUD"), ASSG,
  ["11", "17"], "112", "2019-04-11", P("London", "GBR"), True,
  "conviction 112 (11/17, as owned35 ai12's court ruling); 'on Thursday afternoon'; Westminster is in London, the "
  "dateline city")
E("as08", "Foreign Secretary Jeremy Hunt thanked Moreno and", A("Jeremy Hunt", "GBR", "GOV"), MORENO, ["05"], "051",
  "2019-04", None, True, "praise and thanks 051; month")
E("as08", "whose government granted Assange asylum in 2012", A("Rafael Correa", "ECU", "GOV"), ASSG, ["07"], "075",
  "2012", None, True, "granting asylum 075; dated background in a relative with its own agent ('whose government', "
  "Correa's)")
E("as08", "called his successor's decision an unforgivable betrayal", A("Rafael Correa", "ECU", ["OPP", "ELI"]), MORENO,
  ["11"], "111", "2019-04", None, True, "denunciation 111; month; 'his successor' is Moreno")
E("as08", "Moscow's foreign ministry said the arrest strangled", A("Russia's foreign ministry", "RUS", "GOV"),
  A("Britain", "GBR", "GOV"), ["11"], "111", "2019-04", None, False,
  "single outside reaction: optional; 'Moscow' stands for Russia's government")
F("as08", "Assange had not left the embassy since", "negated act and standing situation")
F("as08", "It was not clear when a British", "speculation")

# ---------------------------------------------------------------- as09 Washington, Americas (United States)
S("as09", "2021-01-07", "Americas", """
Trump supporters storm U.S. Capitol; Congress confirms Biden's win after siege

WASHINGTON, United States —

Supporters of President Donald Trump stormed the U.S. Capitol on Wednesday, forcing lawmakers to flee their chambers and halting the count of electoral votes for several hours.

Congress resumed its session after the building was cleared and formally confirmed Joe Biden's election victory early on Thursday.

A woman was shot dead by a Capitol Police officer as rioters tried to break through a barricaded door near the House chamber. Three other people died of medical emergencies, police said.

Earlier in the day, Trump told a rally near the White House that the election had been stolen and urged the crowd to march to the Capitol.

Vice President Mike Pence, who presided over the joint session, had refused his demand to throw out the electoral votes of states Biden won.

Mayor Muriel Bowser ordered an evening curfew in the capital, and police arrested at least 52 people, most of them for breaking it.

The Pentagon sent the entire District of Columbia National Guard to help clear the building.

President-elect Biden called the attack an insurrection and demanded that Trump go on national television to call off the mob. Trump later posted a video telling his supporters to go home, while repeating his claim of fraud.

Trump leaves office on Jan. 20.

It was not clear how the crowd had got past police lines so easily.
""")
TRP = A("Trump supporters", "USA", ["CVL", "PTY"])
CONG = A("U.S. Congress", "USA", "LEG")
TRUMP = A("Donald Trump", "USA", "GOV")
BIDEN = A("Joe Biden", "USA", ["GOV", "ELI"])
E("as09", "Trump supporters storm U.S. Capitol; Congress confirms", TRP, CONG, VPROT, "145", "2021-01",
  P("Washington", "USA"), False, "headline")
E("as09", "stormed the U.S. Capitol on Wednesday, forcing", TRP, CONG, VPROT, "145", "2021-01-06", P("Washington", "USA"),
  True, "storming a legislature 145 (14/18/17); target Congress, whose session was halted; 'on Wednesday' before a "
  "Thursday paper; the Capitol is in Washington, the dateline city")
E("as09", "A woman was shot dead by a", A("Capitol Police", "USA", "COP"), TRP, REPR, "175", "2021-01-06", None, True,
  "a passive with its agent: lethal force against a rioter 175 (17/18); the day is the siege's, Wednesday; the woman "
  "is one of the rioters ('as rioters tried'); no city in the clause")
E("as09", "Trump told a rally near the White", TRUMP, A("Congress and election officials", "USA", ["LEG", "GOV"]),
  ["11"], "112", "2021-01-06", None, False, "fraud claim with no named culprit: optional; 'Earlier in the day'")
E("as09", "urged the crowd to march to the", TRUMP, CONG, ["14", "02", "10"], "143", "2021-01-06", None, False,
  "a call to march on Congress: optional (coders split between a call for protest and an appeal), as owned35's calls "
  "for strikes")
E("as09", "had refused his demand to throw out", A("Mike Pence", "USA", "GOV"), TRUMP, ["12"], "120", "2021-01-06", None,
  True, "a stated refusal 120; pluperfect tied to Wednesday's session ('Earlier in the day' in the sentence before); "
  "'his demand' is Trump's, a nominal demand inside the refusal, not coded separately")
E("as09", "Mayor Muriel Bowser ordered an evening curfew", A("Muriel Bowser", "USA", "GOV"),
  A("Washington residents", "USA", "CVL"), ["17"], "1723", "2021-01-06", P("Washington", "USA"), True,
  "curfew 1723; 'in the capital' with the Washington dateline names the place; the day of the siege")
E("as09", "police arrested at least 52 people, most", A("Washington police", "USA", "COP"), TRP, ["17"], "173",
  "2021-01-06", None, True, "arrests 173, second clause of the curfew sentence, same day; unnamed police are the "
  "story's country's; 'in the capital' belongs to the curfew clause, this clause names no place")
E("as09", "The Pentagon sent the entire District of", A("Pentagon", "USA", "MIL"), TRP, ["15"], "154", "2021-01-06", None,
  False, "deploying the Guard 154 to clear the building: optional (no day in the sentence, coders split between 15 "
  "and 17)")
E("as09", "Biden called the attack an insurrection and", BIDEN, TRP, ["11"], "111", "2021-01", None, True,
  "condemnation 111; 'President-elect' is a title; no day of its own: month")
E("as09", "demanded that Trump go on national television", BIDEN, TRUMP, DEMAND, "100", "2021-01", None, True,
  "demand 100 (10/02) in the same sentence as the condemnation, both required (as owned35 ai07)")
E("as09", "Trump later posted a video telling his", TRUMP, TRP, ["02", "10"], "020", "2021-01", None, False,
  "an appeal to go home: optional")
F("as09", "Three other people died of medical emergencies,", "count")
F("as09", "It was not clear how the crowd", "speculation")

# ---------------------------------------------------------------- as10 Buenos Aires, Americas (Argentina)
S("as10", "2022-09-02", "Americas", """
Gunman's pistol fails to fire at Argentina's Kirchner; president declares holiday

BUENOS AIRES, Argentina —

A man pointed a loaded pistol at Vice President Cristina Fernandez de Kirchner's head outside her home in Buenos Aires on Thursday night and pulled the trigger, but the weapon did not fire, officials said.

Federal police officers guarding her seized the man on the spot and took away the gun, a .32-calibre handgun with five bullets in it. Officials identified him as Fernando Andres Sabag Montiel, 35.

Fernandez de Kirchner, 69, was unhurt and had been greeting supporters and signing books when he pushed through the crowd.

President Alberto Fernandez, who is not related to her, called it the gravest attack on Argentine democracy since 1983 and declared Friday a national holiday.

Former President Mauricio Macri and Buenos Aires Mayor Horacio Rodriguez Larreta, leaders of the opposition, condemned the attack.

Tens of thousands of her supporters marched to the Plaza de Mayo on Friday.

The vice president has been on trial since 2019 over public works contracts awarded while she was president. On Aug. 22, prosecutor Diego Luciani asked the judges to sentence her to 12 years in prison and ban her from office for life.

Days later, city police put up metal fences around her home and clashed with supporters who had gathered there.

It was not clear why the gun had failed to fire.

Fernandez de Kirchner served two terms as president between 2007 and 2015.
""")
CFK = A("Cristina Fernandez de Kirchner", "ARG", "GOV")
SABAG = A("Fernando Andres Sabag Montiel", None, None)
ARGCOP = A("Argentine federal police", "ARG", "COP")
CFKS = A("Fernandez de Kirchner's supporters", "ARG", ["CVL", "PTY"])
E("as10", "Gunman's pistol fails to fire at Argentina's", SABAG, CFK, ATTACK, "185", "2022-09", None, False, "headline")
E("as10", "A man pointed a loaded pistol at", SABAG, CFK, ATTACK, "185", "2022-09-01", P("Buenos Aires", "ARG"), True,
  "attempted assassination 185 (18/19/20); the man is named in the next paragraph, the text gives no nationality: country null "
  "(news-dev's assassins); 'outside her home in Buenos Aires on Thursday night' before a Friday paper")
E("as10", "Federal police officers guarding her seized the", ARGCOP, SABAG, ["17"], "173", "2022-09-01", None, True,
  "arrest 173; 'on the spot' ties it to Thursday night; no place in the clause")
E("as10", "called it the gravest attack on Argentine", A("Alberto Fernandez", "ARG", "GOV"), SABAG, ["11"], "111",
  "2022-09", None, True, "condemnation 111 of the attack ('it'); the holiday has no CAMEO class; no day of its own: "
  "month")
E("as10", "Former President Mauricio Macri and Buenos Aires", A("Mauricio Macri", "ARG", ["OPP", "PTY"]), SABAG, ["11"],
  "111", "2022-09", None, True, "condemnation 111; first member of the compound subject required; month")
E("as10", "Former President Mauricio Macri and Buenos Aires", A("Horacio Rodriguez Larreta", "ARG", ["GOV", "OPP"]),
  SABAG, ["11"], "111", "2022-09", None, False, "second member: optional")
E("as10", "Tens of thousands of her supporters marched", CFKS, SABAG, ["14", "05"], "141", "2022-09-02", None, False,
  "a rally of support, not against a named party: optional (14/05); the Plaza de Mayo is in Buenos Aires, but the "
  "line is optional")
E("as10", "prosecutor Diego Luciani asked the judges to", A("Diego Luciani", "ARG", "JUD"), CFK, ["11", "10"], "115",
  "2022-08-22", None, True, "a prosecutor's demand for a sentence: legal action 115 (11/10); dated 'On Aug. 22'")
E("as10", "city police put up metal fences around", A("Buenos Aires city police", "ARG", "COP"), CFKS, ["17", "14", "19"],
  "175", "2022-08", None, True, "police clash with supporters 175 (news-dev's clashes 17/14/19); 'Days later' after "
  "Aug. 22 gives the month; 'around her home' names no city in the clause")
E("as10", "city police put up metal fences around", CFKS, A("Buenos Aires city police", "ARG", "COP"), ["14", "18", "17"],
  "145", "2022-08", None, False, "the reverse direction of the clash: optional")
F("as10", "It was not clear why the gun", "speculation")
F("as10", "served two terms as president between 2007", "background fact")

# ---------------------------------------------------------------- as11 Peshawar, South Asia (Pakistan)
S("as11", "2012-10-10", "South Asia", """
Pakistani Taliban vow to target Malala again as army chief visits wounded schoolgirl

PESHAWAR, Pakistan —

Army surgeons removed a bullet from the neck of Malala Yousafzai on Wednesday, a day after a Taliban gunman shot the 15-year-old campaigner for girls' education in the head as she rode home from school in Mingora, the main town of the Swat valley.

The gunman stopped her school van, asked which of the girls was Malala and opened fire, wounding two of her classmates as well.

Taliban spokesman Ehsanullah Ehsan said the group had attacked her because she promoted secular ideas, and warned that she would be targeted again if she survived.

Army chief Gen. Ashfaq Parvez Kayani flew to the military hospital here to see her and condemned the attackers as cowards who feared a girl with a pen.

Police in Swat arrested the driver of the van and a school guard for questioning, a local police official said.

Hundreds of schoolchildren and rights activists rallied in Lahore on Wednesday to denounce the Taliban.

Malala became known in 2009 for a diary she wrote under a pen name for the BBC's Urdu service about life under the militants, who had banned girls from attending school.

The army drove the Taliban out of Swat in an offensive later that year.

Only about four in ten Pakistani women can read and write.

It was not clear whether she would need further treatment abroad.
""")
TTP = A("Pakistani Taliban", "PAK", ["REB", "RAD"])
MALALA = A("Malala Yousafzai", "PAK", ["CVL", "EDU"])
PAKMIL = A("Pakistan's army", "PAK", "MIL")
E("as11", "Pakistani Taliban vow to target Malala again", TTP, MALALA, ["13"], "130", "2012-10", None, False, "headline")
E("as11", "a day after a Taliban gunman shot", TTP, MALALA, ATTACK, "185", "2012-10-09", P("Mingora", "PAK"), True,
  "attempted assassination 185 (18/19/20; she survived); a dated 'a day after' clause with its own agent, Wednesday's paper; "
  "'in Mingora' names the place; a Taliban gunman is the group's (PAK, REB/RAD)")
E("as11", "The gunman stopped her school van, asked", TTP, MALALA, ATTACK, "185", "2012-10", None, False,
  "the shooting told again: optional restatement")
E("as11", "Taliban spokesman Ehsanullah Ehsan said the group", A("Ehsanullah Ehsan", "PAK", ["REB", "RAD"]), MALALA,
  ATTACK, "185", "2012-10", None, False, "claim of responsibility, a restatement of the attack: optional")
E("as11", "warned that she would be targeted again", A("Ehsanullah Ehsan", "PAK", ["REB", "RAD"]), MALALA, ["13"], "130",
  "2012-10", None, True, "threat 130, stated outright; month (no day of its own)")
E("as11", "condemned the attackers as cowards who feared", A("Ashfaq Parvez Kayani", "PAK", "MIL"), TTP, ["11"], "111",
  "2012-10", None, True, "condemnation 111; 'Gen.' is a title; no day of its own: month")
E("as11", "Ashfaq Parvez Kayani flew to the military", A("Ashfaq Parvez Kayani", "PAK", "MIL"), MALALA, ["04", "05"],
  "040", "2012-10", P("Peshawar", "PAK"), False, "a visit to a wounded girl: optional (coders split over a sick-bed "
  "visit); 'here' with the Peshawar dateline")
E("as11", "Police in Swat arrested the driver of", A("Pakistani police", "PAK", "COP"),
  A("Malala's van driver and school guard", "PAK", "CVL"), ["17"], "173", "2012-10", P("Swat", "PAK"), True,
  "arrests 173; 'in Swat' names the place; the official's word is attribution, nobody disputes it; month")
E("as11", "Hundreds of schoolchildren and rights activists rallied", A("Pakistani schoolchildren", "PAK", ["CVL", "EDU"]),
  TTP, ["14"], "141", "2012-10-10", P("Lahore", "PAK"), True,
  "demonstration 141 against the Taliban; 'in Lahore on Wednesday' in a Wednesday paper; first member of the compound "
  "subject required")
E("as11", "Hundreds of schoolchildren and rights activists rallied", A("Pakistani rights activists", "PAK", ["NGO", "CVL"]),
  TTP, ["14"], "141", "2012-10-10", P("Lahore", "PAK"), False, "second member: optional")
E("as11", "who had banned girls from attending school", TTP, A("Swat schoolgirls", "PAK", "CVL"), ["17"], "172", "2009",
  None, False, "a ban in a pluperfect relative, dated only by the 2009 of the sentence: optional (coders split "
  "between 172 and 17)")
E("as11", "The army drove the Taliban out of", PAKMIL, TTP, ["19"], "190", "2009", P("Swat", "PAK"), True,
  "military offensive 190; dated background 'later that year' (2009, from the sentence before); 'out of Swat' names "
  "the place")
F("as11", "Only about four in ten Pakistani women", "count")
F("as11", "It was not clear whether she would", "speculation")

# ---------------------------------------------------------------- as12 Jakarta, Pacific (Indonesia / Australia)
S("as12", "2013-11-20", "Pacific", """
Indonesia halts military and people-smuggling cooperation with Australia over spying

JAKARTA, Indonesia —

President Susilo Bambang Yudhoyono suspended military and intelligence cooperation with Australia on Wednesday, including joint patrols against people smugglers, after reports that Australian agents had tried to listen in on his mobile phone.

Yudhoyono told reporters at his palace that he would write to Prime Minister Tony Abbott and demanded an official explanation of the surveillance.

Documents leaked by the former U.S. intelligence contractor Edward Snowden showed that an Australian spy agency had targeted the phones of the president, his wife and several ministers in 2009, according to reports published on Monday.

Jakarta recalled its ambassador from Canberra the same day.

Abbott told parliament on Tuesday that Australia should not be expected to apologise for steps it took to protect the country, but he expressed deep regret for the embarrassment caused to the president.

Foreign Minister Marty Natalegawa said the spying was not a friendly act and that relations could not go on as before.

About 200 students protested outside the Australian embassy here, burning an Australian flag.

Ties had recovered only recently from Australia's suspension of live cattle exports to Indonesia in 2011, a move that angered Jakarta.

Thousands of asylum seekers set off for Australia from Indonesian ports each year.

It was unclear how long the suspension would last.
""")
IDNG = A("Indonesia's government", "IDN", "GOV")
SBY = A("Susilo Bambang Yudhoyono", "IDN", "GOV")
AUSG = A("Australia's government", "AUS", "GOV")
ABBOTT = A("Tony Abbott", "AUS", "GOV")
E("as12", "Indonesia halts military and people-smuggling cooperation with", IDNG, AUSG, ["16"], "160", "2013-11", None,
  False, "headline")
E("as12", "President Susilo Bambang Yudhoyono suspended military and", SBY, AUSG, ["16"], "160", "2013-11-20", None, True,
  "suspending cooperation: reduce relations 160; 'on Wednesday' in a Wednesday paper")
E("as12", "after reports that Australian agents had tried", A("Australian agents", "AUS", "SPY"), SBY, ["17", "11"], "170",
  "2009", None, False, "alleged eavesdropping inside 'reports that': optional; no CAMEO class fits spying well")
E("as12", "demanded an official explanation of the surveillance", SBY, ABBOTT, DEMAND, "101", "2013-11", None, True,
  "demand for information 101 (10/02), as owned35 ai01; target Abbott, the addressee of the letter in the same "
  "sentence; month")
E("as12", "told reporters at his palace that he", SBY, ABBOTT, ["04"], "040", "2013-11", None, False,
  "a letter he 'would write': future, optional")
E("as12", "an Australian spy agency had targeted the", A("Australian spy agency", "AUS", "SPY"), SBY, ["17", "11"], "170",
  "2009", None, False, "the phone-tapping as the documents show it: optional (no clear CAMEO class; coders split)")
E("as12", "Jakarta recalled its ambassador from Canberra the", IDNG, AUSG, ["16"], "161", "2013-11-18", None, True,
  "recalling an envoy 161 (news-dev); 'Jakarta' stands for Indonesia's government; 'the same day' is Monday before a "
  "Wednesday paper; 'from Canberra' names the posting, not a place of the act")
E("as12", "Australia should not be expected to apologise", ABBOTT, SBY, ["12"], "120", "2013-11-19", None, False,
  "a refusal put as a general principle ('should not be expected to apologise'): optional, as owned35's 'would not "
  "apologise'")
E("as12", "he expressed deep regret for the embarrassment", ABBOTT, SBY, ["05", "08"], "055", "2013-11-19", None, True,
  "regret 055 (05/08), as owned35 ai04; 'on Tuesday' in the first clause; the parliament is not placed by the text")
E("as12", "Foreign Minister Marty Natalegawa said the spying", A("Marty Natalegawa", "IDN", "GOV"), AUSG, ["11"], "111",
  "2013-11", None, True, "criticism 111; month")
E("as12", "About 200 students protested outside the Australian", A("Indonesian students", "IDN", ["CVL", "EDU"]),
  A("Australian embassy in Jakarta", "AUS", None), ["14"], "141", "2013-11", P("Jakarta", "IDN"), True,
  "demonstration 141 at an embassy; premises AUS/null; 'here' with the Jakarta dateline names the place; no day: "
  "month; burning a flag is part of the protest")
E("as12", "from Australia's suspension of live cattle exports", AUSG, IDNG, SANCT, "163", "2011", None, True,
  "export ban 163 (16/17); a nominal event with its agent ('Australia's') and its own year, 2011")
F("as12", "Thousands of asylum seekers set off for", "count and standing situation")
F("as12", "It was unclear how long the suspension", "speculation")

write(HERE)
