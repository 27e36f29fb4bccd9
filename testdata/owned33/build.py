#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned33 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned33/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
SHOW = ["15", "13", "19"]
BLOCK = ["19", "17", "16"]
MEDIATE = ["04", "03"]
APPEAL = ["02", "10"]
EXPEL = ["17", "16"]
VERDICT = ["17", "11"]
ASSAULTP = ["18", "14", "17"]

# ---------------------------------------------------------------- ag01 Nairobi, Africa (Kenya)
S("ag01", "2013-09-23", "Africa", """
Kenyan forces battle to end Nairobi mall siege as al-Shabaab demands troop pullout

NAIROBI, Kenya —

Kenyan soldiers and police pressed an assault on the Westgate shopping centre here on Monday, trying to free the last hostages held by Islamist gunmen who stormed the upmarket mall two days earlier and killed at least 62 people.

Heavy gunfire and blasts echoed across the Westlands district through the afternoon as black smoke rose from the roof. Interior Minister Joseph Ole Lenku told reporters that most of the captives had been rescued and that security forces controlled nearly every floor.

The attackers burst into the mall shortly after noon on Saturday, hurling grenades and spraying shoppers and staff with automatic fire.

Somalia's al-Shabaab, which said its own fighters carried out the raid, called it revenge for Kenya's decision to send troops into Somalia in October 2011. The group demanded that Nairobi pull its soldiers out.

President Uhuru Kenyatta, whose nephew was among the dead, rejected the demand in a televised address on Sunday. He vowed that those behind the massacre would be hunted down and punished wherever they fled.

Several people were detained for questioning, police said, without giving details.

Barack Obama telephoned Kenyatta to offer condolences and any help Kenya needed, the White House said. The U.N. Security Council condemned the attack in a statement.

The mall, partly Israeli-owned, is popular with diplomats and wealthy Kenyans. It was not clear how many hostages remained inside.
""")
KENM = A("Kenyan army", "KEN", "MIL")
KENCOP = A("Kenyan police", "KEN", "COP")
SHAB = A("al-Shabaab", "SOM", ["RAD", "REB"])
KENC = A("Kenyan civilians", "KEN", "CVL")
UHURU = A("Uhuru Kenyatta", "KEN", "GOV")
E("ag01", "Kenyan forces battle to end Nairobi mall", KENM, SHAB, FORCE, "190", "2013-09-23", P("Nairobi", "KEN"), False,
  "headline")
E("ag01", "al-Shabaab demands troop pullout", SHAB, A("Kenya", "KEN", "GOV"), DEMAND, "1056", "2013-09", None, False,
  "headline, second event")
E("ag01", "pressed an assault on the Westgate shopping", KENM, SHAB, FORCE, "190", "2013-09-23", P("Nairobi", "KEN"), True,
  "assault to free hostages 190 (19/18); compound subject, first member (soldiers) required; 'here' = Nairobi; the "
  "gunmen are al-Shabaab's fighters by the group's own undisputed claim later in the story (SOM, RAD/REB)")
E("ag01", "pressed an assault on the Westgate shopping", KENCOP, SHAB, FORCE, "190", "2013-09-23", P("Nairobi", "KEN"),
  False, "second member of the compound subject (police): optional")
E("ag01", "trying to free the last hostages held", SHAB, KENC, ["18", "17"], "181", "2013-09", P("Nairobi", "KEN"), False,
  "hostage-holding as a participle ('held by'): optional")
E("ag01", "who stormed the upmarket mall two days", SHAB, KENC, ATTACK, "180", "2013-09-21", P("Nairobi", "KEN"), False,
  "lead summary of the attack detailed in paragraph 3: optional (convention); 'two days earlier' than Monday")
E("ag01", "The attackers burst into the mall shortly", SHAB, KENC, ATTACK, "180", "2013-09-21", P("Nairobi", "KEN"), True,
  "the attack told in detail: required; 'The attackers' refers back to the gunmen; 'on Saturday' in a Monday paper; "
  "'the mall' is the Westgate centre 'here'")
E("ag01", "decision to send troops into Somalia in", A("Kenya", "KEN", ["GOV", "MIL"]), A("Somalia", "SOM", None),
  ["19", "15"], "190", "2011-10", None, False, "nominal background inside the group's own statement (account of one "
  "side): optional; 'into Somalia' a destination, no place")
E("ag01", "The group demanded that Nairobi pull its", SHAB, A("Kenya", "KEN", "GOV"), DEMAND, "1056", "2013-09", None, True,
  "demand to withdraw troops 1056; 'The group' = al-Shabaab; 'Nairobi' = the Kenyan government; no day: month")
E("ag01", "rejected the demand in a televised address", UHURU, SHAB, ["12"], "1246", "2013-09-22", None, True,
  "stated refusal of the demand 1246 (refuse to de-escalate); 'on Sunday' in a Monday paper")
E("ag01", "He vowed that those behind the massacre", UHURU, SHAB, ["13"], "130", "2013-09", None, True,
  "threat, 'He' = Kenyatta; no day in the sentence: month")
E("ag01", "Several people were detained for questioning, police", KENCOP, A("suspects", None, "CVL"), REPR, "173", "2013-09",
  None, False, "agentless passive whose agent is the police who report it; target unnamed and of no stated country: "
  "optional")
E("ag01", "Barack Obama telephoned Kenyatta to offer condolences", A("Barack Obama", "USA", "GOV"), UHURU, ["04", "03", "05"],
  "040", "2013-09", None, False, "outside reaction (a call and an offer of help): optional")
E("ag01", "Security Council condemned the attack in a", A("U.N. Security Council", "UNO", "IGO"), SHAB, ["11"], "111",
  "2013-09", None, False, "outside reaction: optional")
F("ag01", "The mall, partly Israeli-owned, is popular", "standing situation; non-political")
F("ag01", "It was not clear how many hostages", "speculation")

# ---------------------------------------------------------------- ag02 Ouagadougou, Africa (Burkina Faso)
S("ag02", "2022-10-03", "Africa", """
Burkina's Damiba agrees to step down as crowds attack French embassy

OUAGADOUGOU, Burkina Faso —

Lieutenant Colonel Paul-Henri Sandaogo Damiba agreed on Sunday to resign as Burkina Faso's leader, two days after a group of junior officers announced on state television that they had removed him, religious and traditional leaders who brokered the deal said.

Damiba, who himself seized power in a coup in January, set seven conditions, among them guarantees for his own safety and that of his allies. He later left for neighbouring Togo, officials said.

The new strongman, Captain Ibrahim Traore, 34, accused his predecessor of plotting a counter-attack from a French military base outside the capital. France's foreign ministry denied that its troops had sheltered Damiba or played any part in the unrest.

Hundreds of Traore's supporters, some waving Russian flags, set fires at the gate of the French embassy here on Saturday and hurled stones at the compound. Tear gas was fired from inside the compound to drive them back. A French cultural centre in Bobo-Dioulasso, the second city, was also attacked.

Paris condemned the violence against its diplomatic mission and urged the Burkinabe authorities to protect it.

The West African bloc ECOWAS denounced the takeover, saying it came as progress was being made toward a return to constitutional order.

Islamist insurgents control large parts of the country's north. It was not clear whether Traore would keep to the July 2024 deadline for elections that his predecessor had agreed with ECOWAS.
""")
DAMIBA = A("Paul-Henri Sandaogo Damiba", "BFA", ["MIL", "GOV"])
TRAORE = A("Ibrahim Traore", "BFA", ["MIL", "GOV"])
BFAOFF = A("Burkinabe junior officers", "BFA", "MIL")
BFAP = A("Traore's supporters", "BFA", "CVL")
FRA = A("France", "FRA", "GOV")
E("ag02", "Burkina's Damiba agrees to step down as", DAMIBA, BFAOFF, ["08"], "0831", "2022-10-02", None, False, "headline")
E("ag02", "crowds attack French embassy", BFAP, A("France", "FRA", None), VPROT, "145", "2022-10-01", None, False,
  "headline, second event")
E("ag02", "agreed on Sunday to resign as Burkina", DAMIBA, BFAOFF, ["08"], "0831", "2022-10-02", None, True,
  "yielding power to those who ousted him 0831 (as news-dev's resignation under pressure, target the pressuring side); "
  "'on Sunday' in a Monday paper; the officers are led by Traore, so TRAORE's country/sector match too")
E("ag02", "two days after a group of junior", BFAOFF, DAMIBA, COUP, "1724", "2022-09-30", None, True,
  "declared takeover 1724 (17/19) inside a 'two days after' clause with its own agent: required; two days before Sunday")
E("ag02", "religious and traditional leaders who brokered the", A("Burkinabe religious and traditional leaders", "BFA",
  ["REL", "CVL"]), DAMIBA, MEDIATE, "045", "2022-10", None, False, "mediation in a relative clause: optional")
E("ag02", "who himself seized power in a coup", DAMIBA, A("Burkina Faso's government", "BFA", "GOV"), COUP, "1724",
  "2022-01", None, True, "dated background coup in a relative clause with its own agent: required; 'in January': month")
E("ag02", "set seven conditions, among them guarantees for", DAMIBA, BFAOFF, DEMAND, "100", "2022-10", None, False,
  "conditions for going: a demand coders may or may not code: optional")
E("ag02", "accused his predecessor of plotting a counter-attack", TRAORE, DAMIBA, ["11"], "112", "2022-10", None, True,
  "accusation 112; 'his predecessor' = Damiba; no day: month")
E("ag02", "accused his predecessor of plotting a counter-attack", TRAORE, FRA, ["11"], "112", "2022-10", None, False,
  "the accusation implicates France through its base: optional second target")
E("ag02", "France's foreign ministry denied that its troops", FRA, TRAORE, DENY, "016", "2022-10", None, True,
  "denial 016 (01/12) of the accusation; no day: month")
E("ag02", "set fires at the gate of the French", BFAP, A("France", "FRA", None), VPROT, "145", "2022-10-01",
  P("Ouagadougou", "BFA"), True, "violent protest at an embassy 145 (14/18/17); the embassy as premises (country, "
  "sector null); 'here' = Ouagadougou; 'on Saturday' in a Monday paper")
E("ag02", "Tear gas was fired from inside the", A("embassy guards", None, ["COP", "MIL"]), BFAP, REPR, "175",
  "2022-10-01", None, False, "agentless passive whose agent the story does not give (inside the embassy "
  "compound, so not the Burkinabe police by default): optional; 'the compound' names no place")
E("ag02", "A French cultural centre in Bobo-Dioulasso, the", BFAP, A("France", "FRA", None), VPROT, "145", "2022-10",
  P("Bobo-Dioulasso", "BFA"), False, "agentless passive ('was also attacked'), agent only implied: optional")
E("ag02", "Paris condemned the violence against its diplomatic", FRA, BFAP, ["11"], "111", "2022-10", None, True,
  "condemnation by the injured party (not an outside reaction); 'Paris' = France; target the attackers")
E("ag02", "urged the Burkinabe authorities to protect it", FRA, TRAORE, APPEAL, "020", "2022-10", None, False,
  "appeal, second verb: optional; 'the Burkinabe authorities' = Traore's junta")
E("ag02", "The West African bloc ECOWAS denounced the", A("ECOWAS", None, "IGO"), BFAOFF, ["11"], "111", "2022-10", None,
  False, "single outside reaction: optional; ECOWAS null/IGO (news-dev)")
F("ag02", "Islamist insurgents control large parts of the", "standing situation")
F("ag02", "It was not clear whether Traore would", "speculation")

# ---------------------------------------------------------------- ag03 Damascus, Middle East (Syria / U.S. / Britain / France)
S("ag03", "2018-04-14", "Middle East", """
U.S., Britain and France strike Syria over suspected gas attack; Moscow cries aggression

DAMASCUS, Syria —

American, British and French warships and aircraft fired more than 100 missiles at Syrian government sites before dawn on Saturday, the Western powers' first joint strike on Damascus in seven years of war.

The targets were a research centre in the capital's Barzeh district and two sites near Homs that Washington tied to chemical weapons.

President Donald Trump announced the operation from the White House late on Friday, calling it a response to an attack on the rebel-held town of Douma on April 7 in which dozens of people were killed by what rescuers said was poison gas. Damascus and its ally Russia have denied that any chemical weapon was used.

Syria's air defences shot down most of the incoming missiles, the army's general command said. Western officials disputed that claim.

Hours after the raids, hundreds of people gathered in a square here, waving Syrian flags in a show of defiance.

Russian President Vladimir Putin condemned the strikes as an act of aggression against a sovereign state and asked for an emergency meeting of the U.N. Security Council. In Tehran, Supreme Leader Ayatollah Ali Khamenei called Trump, French President Emmanuel Macron and British Prime Minister Theresa May criminals.

Inspectors from the global chemical weapons watchdog reached Damascus on Saturday. They had been due to visit Douma on Sunday, but it was not certain they would be allowed to go. Defense Secretary Jim Mattis said no further strikes were planned for now.
""")
USA = A("United States", "USA", ["MIL", "GOV"])
SYRG = A("Syrian government", "SYR", ["GOV", "MIL"])
TRUMP = A("Donald Trump", "USA", "GOV")
E("ag03", "U.S., Britain and France strike Syria over", USA, SYRG, FORCE, "195", "2018-04-14", None, False, "headline")
E("ag03", "over suspected gas attack; Moscow cries aggression", A("Russia", "RUS", "GOV"), USA, ["11"], "111", "2018-04", None, False,
  "headline, second event")
E("ag03", "American, British and French warships and aircraft", USA, SYRG, FORCE, "195", "2018-04-14", None, True,
  "missile strikes 195 (19/18); compound subject, first member required; government sites as the government's; "
  "'a strike on Damascus' uses the city for the government: no place")
E("ag03", "American, British and French warships and aircraft", A("Britain", "GBR", ["MIL", "GOV"]), SYRG, FORCE, "195",
  "2018-04-14", None, False, "second member: optional")
E("ag03", "American, British and French warships and aircraft", A("France", "FRA", ["MIL", "GOV"]), SYRG, FORCE, "195",
  "2018-04-14", None, False, "third member: optional")
E("ag03", "calling it a response to an attack", TRUMP, SYRG, ["11"], "112", "2018-04-13", None, False,
  "implied accusation inside a participle: optional")
E("ag03", "in which dozens of people were killed", SYRG, A("Syrian civilians", "SYR", "CVL"), ["20", "18"], "2041",
  "2018-04-07", P("Douma", "SYR"), False, "agentless passive and disputed in the next sentence (alleged): optional; if "
  "coded, the accused government is the source; 'on April 7'; Douma named")
E("ag03", "Damascus and its ally Russia have denied", SYRG, USA, DENY, "016", "2018-04", None, True,
  "denial 016 (01/12), compound subject: first member (Damascus = the Syrian government) required; present perfect: month")
E("ag03", "Damascus and its ally Russia have denied", A("Russia", "RUS", "GOV"), USA, DENY, "016", "2018-04", None, False,
  "second member: optional")
E("ag03", "Syria's air defences shot down most of", A("Syrian air defences", "SYR", "MIL"), USA, FORCE, "190",
  "2018-04-14", None, False, "interception claimed by one side and disputed: optional")
E("ag03", "hundreds of people gathered in a square", A("Syrian government supporters", "SYR", "CVL"), USA, ["14"], "141",
  "2018-04-14", P("Damascus", "SYR"), False, "rally of defiance, target only implied: optional; 'here' = Damascus")
E("ag03", "Putin condemned the strikes as an act", A("Vladimir Putin", "RUS", "GOV"), USA, ["11"], "111", "2018-04", None,
  True, "condemnation 111 of the strikers (the United States first named); no day in the sentence: month")
E("ag03", "asked for an emergency meeting of the", A("Vladimir Putin", "RUS", "GOV"), A("U.N. Security Council", "UNO", "IGO"),
  APPEAL, "020", "2018-04", None, True, "second verb with its own object: a request for a council meeting (02/10)")
E("ag03", "called Trump, French President Emmanuel Macron and", A("Ali Khamenei", "IRN", "GOV"), TRUMP, ["11"], "111",
  "2018-04", P("Tehran", "IRN"), True, "insult 111, compound object: first member required; 'In Tehran' names the place")
E("ag03", "called Trump, French President Emmanuel Macron and", A("Ali Khamenei", "IRN", "GOV"),
  A("Emmanuel Macron", "FRA", "GOV"), ["11"], "111", "2018-04", P("Tehran", "IRN"), False, "second member: optional")
E("ag03", "called Trump, French President Emmanuel Macron and", A("Ali Khamenei", "IRN", "GOV"),
  A("Theresa May", "GBR", "GOV"), ["11"], "111", "2018-04", P("Tehran", "IRN"), False, "third member: optional")
E("ag03", "Inspectors from the global chemical weapons watchdog", A("OPCW inspectors", None, "IGO"), SYRG, ["04"], "042",
  "2018-04-14", P("Damascus", "SYR"), False, "arrival of inspectors, coders may code a visit: optional")
F("ag03", "They had been due to visit Douma", "planned, not done; speculation")
F("ag03", "Mattis said no further strikes were planned", "negated plan")

# ---------------------------------------------------------------- ag04 Erbil, Middle East (Iraq / Kurdistan / Turkey / Iran)
S("ag04", "2017-09-28", "Middle East", """
Baghdad threatens flight ban as Iraqi Kurds back independence in disputed vote

ERBIL, Iraq —

Iraq's Kurds voted overwhelmingly for independence in a referendum held on Monday, the region's electoral commission announced on Wednesday, deepening a standoff with the central government that has drawn threats from Baghdad, Ankara and Tehran.

Prime Minister Haider al-Abadi, who had called the vote unconstitutional, ordered the Kurdistan Regional Government on Tuesday to hand control of its two international airports to federal authorities by Friday. He warned that foreign flights to Erbil and Sulaimaniya would otherwise be halted and said he would not discuss the result.

On Wednesday Iraq's parliament asked Abadi to send troops to the oil city of Kirkuk, which Kurdish fighters took over in 2014 when the army fled an Islamic State advance.

Massoud Barzani, the Kurdish region's president, urged Baghdad to choose dialogue over threats. He said the vote was the start of negotiations, not an immediate declaration of independence.

Turkish President Tayyip Erdogan threatened to shut the border and cut the oil pipeline that carries Kurdish crude to world markets, saying the Kurds would go hungry. Iraqi troops joined Turkish forces for drills near the Habur crossing.

Iran, which halted flights to and from the Kurdish region on Sunday at Baghdad's request, held its own military exercises along the frontier.

Several foreign airlines said their flights to Erbil would be suspended from Friday. Whether the region could keep its economy running under a blockade was unclear.
""")
IRQG = A("Iraqi government", "IRQ", "GOV")
ABADI = A("Haider al-Abadi", "IRQ", "GOV")
KRG = A("Kurdistan Regional Government", "IRQ", "GOV")
KURDM = A("Kurdish fighters", "IRQ", ["MIL", "REB"])
E("ag04", "Baghdad threatens flight ban as Iraqi Kurds", IRQG, KRG, ["13"], "1312", "2017-09", None, False, "headline")
E("ag04", "who had called the vote unconstitutional", ABADI, KRG, ["11"], "112", "2017-09", None, False,
  "criticism in a relative clause without a date: optional")
E("ag04", "ordered the Kurdistan Regional Government on Tuesday", ABADI, KRG, DEMAND, "100", "2017-09-26", None, True,
  "demand (an order to a regional government) 10/02; 'on Tuesday' in a Thursday paper; the KRG is a regional "
  "government of Iraq: IRQ/GOV")
E("ag04", "He warned that foreign flights to Erbil", ABADI, KRG, ["13"], "1312", "2017-09", None, True,
  "threat of a flight ban 1312 (threaten sanctions); 'He' = Abadi; no day of its own: month; Erbil and Sulaimaniya are "
  "destinations of the flights, not the place of the warning")
E("ag04", "said he would not discuss the result", ABADI, KRG, ["12"], "125", "2017-09", None, False,
  "refusal to negotiate put as an intention: optional (convention)")
E("ag04", "parliament asked Abadi to send troops to", A("Iraqi parliament", "IRQ", "LEG"), ABADI, APPEAL, "020",
  "2017-09-27", None, True, "request (02/10) from the legislature to the premier; 'On Wednesday'; Kirkuk a destination")
E("ag04", "which Kurdish fighters took over in 2014", KURDM, A("Kirkuk", "IRQ", None), ["19"], "192", "2014",
  P("Kirkuk", "IRQ"), True, "dated background seizure of a city 192 in a relative clause with its own agent: required; "
  "the relative's object is Kirkuk, which names the place; target the city as premises")
E("ag04", "when the army fled an Islamic State", A("Iraqi army", "IRQ", "MIL"), A("Islamic State", None, ["RAD", "REB"]),
  ["08"], "0874", "2014", None, False, "retreat inside a 'when' clause: optional (coders split on coding flight)")
E("ag04", "urged Baghdad to choose dialogue over threats", A("Massoud Barzani", "IRQ", "GOV"), IRQG, APPEAL, "026",
  "2017-09", None, True, "appeal to negotiate (02/10); 'Baghdad' = the Iraqi government; no day: month")
E("ag04", "Erdogan threatened to shut the border and", A("Tayyip Erdogan", "TUR", "GOV"), KRG, ["13"], "1312", "2017-09",
  None, True, "threat of sanctions (border and pipeline) 1312; no day: month")
E("ag04", "Iraqi troops joined Turkish forces for drills", A("Iraqi army", "IRQ", "MIL"), A("Turkish army", "TUR", "MIL"),
  ["06", "15"], "062", "2017-09", P("Habur", "TUR"), False, "joint drills: military cooperation 062 or a show of "
  "force at the Kurds (15); coders split on both code and target: optional; 'near the Habur crossing' names the place")
E("ag04", "Iraqi troops joined Turkish forces for drills", A("Turkish army", "TUR", "MIL"), A("Iraqi army", "IRQ", "MIL"),
  ["06", "15"], "062", "2017-09", P("Habur", "TUR"), False, "reverse direction of the joint event: optional")
E("ag04", "which halted flights to and from the", A("Iran", "IRN", "GOV"), KRG, SANCT, "163", "2017-09-24", None, True,
  "dated background flight ban 163 (16/17) in a relative clause with its own agent: required; 'on Sunday' in a "
  "Thursday paper")
E("ag04", "which halted flights to and from the", IRQG, A("Iran", "IRN", "GOV"), APPEAL, "020", "2017-09", None, False,
  "'at Baghdad's request', a nominal request: optional")
E("ag04", "held its own military exercises along the", A("Iran", "IRN", ["GOV", "MIL"]), KRG, SHOW, "150", "2017-09", None,
  False, "drills as a show of force 150 (15/13/19), target only implied: optional")
F("ag04", "Several foreign airlines said their flights to", "planned, not done; non-political")
F("ag04", "Whether the region could keep its economy", "speculation")

# ---------------------------------------------------------------- ag05 Phnom Penh, Asia (Cambodia / Thailand)
S("ag05", "2011-02-07", "Asia", """
Cambodia asks U.N. to step in as border fighting with Thailand enters fourth day

PHNOM PENH, Cambodia —

Cambodian and Thai troops traded artillery and rocket fire for a fourth day on Monday near the 900-year-old Preah Vihear temple, sending thousands of villagers on both sides fleeing their homes.

Prime Minister Hun Sen asked the U.N. Security Council in a letter on Sunday to convene an urgent meeting, accusing Thailand of aggression and saying shells had damaged part of the hilltop temple.

Bangkok rejected the charge. Thai army spokesmen said Cambodian gunners had fired first on Friday and that Thai units had only responded, and the government accused Phnom Penh of using the temple as a military base.

At least five people, among them soldiers of both armies and a Thai villager, have been killed since the clashes began.

Indonesia's foreign minister, Marty Natalegawa, whose country chairs the Association of Southeast Asian Nations, arrived here on Monday for talks with Hun Sen before heading to Bangkok.

The fighting flared days after a Cambodian court convicted two Thai nationalist activists of spying and jailed them for up to eight years. They had been arrested in late December after crossing into Cambodian territory with a Thai member of parliament.

The World Court awarded the temple to Cambodia in 1962, but the land around it is still claimed by both countries. Thailand has said it wants the dispute settled in talks between the two neighbours, without outside mediators.

Neither government has formally declared war on the other.
""")
KHMM = A("Cambodian army", "KHM", "MIL")
THAM = A("Thai army", "THA", "MIL")
HUNSEN = A("Hun Sen", "KHM", "GOV")
THAG = A("Thai government", "THA", "GOV")
KHMG = A("Cambodian government", "KHM", "GOV")
THACT = A("Thai nationalist activists", "THA", ["CVL", "NGO"])
E("ag05", "Cambodia asks U.N. to step in as", KHMG, A("U.N. Security Council", "UNO", "IGO"), APPEAL, "020", "2011-02-06",
  None, False, "headline")
E("ag05", "border fighting with Thailand enters fourth day", KHMM, THAM, FORCE, "190", "2011-02-07", None, False,
  "headline, second event")
E("ag05", "Cambodian and Thai troops traded artillery and", KHMM, THAM, FORCE, "190", "2011-02-07",
  P("Preah Vihear", "KHM"), True, "exchange of fire 190; joint event, first-mentioned direction required; 'near the ... "
  "Preah Vihear temple' names the place (as 'near Ouanaminthe' in owned21); 'on Monday', publication day")
E("ag05", "Cambodian and Thai troops traded artillery and", THAM, KHMM, FORCE, "190", "2011-02-07",
  P("Preah Vihear", "KHM"), False, "reverse direction: optional")
E("ag05", "asked the U.N. Security Council in a", HUNSEN, A("U.N. Security Council", "UNO", "IGO"), APPEAL, "020",
  "2011-02-06", None, True, "request for a council meeting (02/10); 'on Sunday' in a Monday paper")
E("ag05", "accusing Thailand of aggression and saying shells", HUNSEN, THAG, ["11"], "112", "2011-02-06", None, True,
  "accusation in a participle clause of the same letter: required, same date")
E("ag05", "Bangkok rejected the charge", THAG, HUNSEN, DENY, "016", "2011-02", None, True,
  "denial of an accusation 016 (01/12); 'Bangkok' = the Thai government; no day: month")
E("ag05", "Thai army spokesmen said Cambodian gunners had", KHMM, THAM, FORCE, "190", "2011-02-04", None, False,
  "who fired first, in the account of one side's spokesmen: optional; 'on Friday'")
E("ag05", "the government accused Phnom Penh of using", THAG, KHMG, ["11"], "112", "2011-02", None, True,
  "accusation 112; 'the government' = Thailand's, 'Phnom Penh' = Cambodia's government; no day: month")
E("ag05", "arrived here on Monday for talks with", A("Marty Natalegawa", "IDN", "GOV"), HUNSEN, ["04"], "042",
  "2011-02-07", P("Phnom Penh", "KHM"), True, "visit for talks 042; 'here' = Phnom Penh; 'before heading to Bangkok' "
  "is a plan, not coded")
E("ag05", "a Cambodian court convicted two Thai nationalist", A("Cambodian court", "KHM", "JUD"), THACT, VERDICT, "173",
  "2011-02", None, True, "conviction and jail term 173 (court verdicts 17/11) inside a 'days after' clause with its own "
  "agent: required; 'days after' gives only the month")
E("ag05", "They had been arrested in late December", A("Cambodian police", "KHM", "COP"), THACT, REPR, "173", "2010-12",
  None, False, "agentless passive, agent only implied: optional; 'late December' before a February paper: 2010")
E("ag05", "The World Court awarded the temple to", A("International Court of Justice", "UNO", ["IGO", "JUD"]), KHMG,
  ["17", "11", "05"], "172", "1962", None, False, "a 1962 ruling as background; coders split on whether and how to "
  "code it: optional")
E("ag05", "Thailand has said it wants the dispute", THAG, A("Indonesia", "IDN", "GOV"), ["12"], "125", "2011-02", None,
  False, "refusal of mediation put as a preference: optional (convention for intentions)")
F("ag05", "At least five people, among them soldiers", "count")
F("ag05", "Neither government has formally declared war on", "negated act")

# ---------------------------------------------------------------- ag06 Manila, Asia (Philippines / China)
S("ag06", "2012-04-12", "Asia", """
Philippine warship and Chinese patrol ships face off at disputed shoal

MANILA, Philippines —

A standoff between the Philippine navy and Chinese government ships at Scarborough Shoal in the South China Sea entered a third day on Thursday, after Beijing's vessels stopped Filipino sailors from arresting a group of Chinese fishermen.

The Philippine flagship, the Gregorio del Pilar, had found eight Chinese fishing boats anchored in the shoal's lagoon on Sunday. Sailors who boarded several of them on Tuesday found large amounts of illegally collected coral, giant clams and live sharks, the navy said.

Before the fishermen could be detained, two Chinese maritime surveillance ships sailed in between the warship and the boats, blocking the navy's way.

Foreign Secretary Albert del Rosario summoned China's ambassador, Ma Keqing, on Wednesday and told her that the shoal was an integral part of Philippine territory.

China lodged a formal protest with Manila the same day, its foreign ministry said in Beijing. The Chinese embassy here insisted that the shoal, which Beijing calls Huangyan Island, was Chinese land and that the boats had been sheltering from bad weather. It accused the Philippine crew of harassing the fishermen and demanded that the warship leave.

The navy said late on Wednesday that it would replace the warship with a coast guard vessel to avoid inflaming tensions. Beijing has long refused to take its territorial disputes to any international court.

No shots were fired, officials on both sides said. President Benigno Aquino III said the Philippines could turn to an international tribunal if talks failed.
""")
PHLN = A("Philippine navy", "PHL", "MIL")
PHLG = A("Philippine government", "PHL", "GOV")
CHNG = A("China", "CHN", "GOV")
CHNS = A("Chinese maritime surveillance ships", "CHN", ["GOV", "COP", "MIL"])
CHNF = A("Chinese fishermen", "CHN", ["CVL", "BUS"])
SCAR = P("Scarborough Shoal", "PHL")
E("ag06", "Philippine warship and Chinese patrol ships face", PHLN, CHNS, SHOW, "150", "2012-04", SCAR, False, "headline")
E("ag06", "after Beijing's vessels stopped Filipino sailors from", CHNS, PHLN, BLOCK, "191", "2012-04-10", SCAR, False,
  "lead summary of the blocking detailed in paragraph 3: optional (convention); Tuesday from the story")
E("ag06", "Sailors who boarded several of them on", PHLN, CHNF, ["17", "19", "15"], "170", "2012-04-10", None, False,
  "boarding and inspection of fishing boats; coders split on whether it is coercion: optional")
E("ag06", "two Chinese maritime surveillance ships sailed in", CHNS, PHLN, BLOCK, "191", "2012-04", None, True,
  "blocking a warship's way 191 (19/17/16); the detail of the lead's summary: required; no day in the sentence: month; "
  "no place in the clause")
E("ag06", "del Rosario summoned China's ambassador, Ma Keqing", A("Albert del Rosario", "PHL", "GOV"),
  A("Ma Keqing", "CHN", "GOV"), ["11"], "114", "2012-04-11", None, True, "summoning an envoy to protest 114 "
  "(news-dev); 'on Wednesday' in a Thursday paper")
E("ag06", "China lodged a formal protest with Manila", CHNG, PHLG, ["11"], "114", "2012-04-11", None, True,
  "formal protest 114; 'Manila' = the Philippine government; 'the same day' = Wednesday; 'said in Beijing' is where "
  "the ministry spoke, not where the protest was lodged: no place")
E("ag06", "It accused the Philippine crew of harassing", A("Chinese embassy", "CHN", "GOV"), PHLN, ["11"], "112", "2012-04",
  None, True, "accusation 112; 'It' = the Chinese embassy; no day: month; no place in the clause")
E("ag06", "demanded that the warship leave", A("Chinese embassy", "CHN", "GOV"), PHLN, DEMAND, "1056", "2012-04", None, True,
  "demand to withdraw 1056, second verb of the same sentence")
E("ag06", "it would replace the warship with a", PHLN, CHNG, ["08"], "0874", "2012-04-11", None, False,
  "announced pull-back put as an intention: optional")
E("ag06", "Beijing has long refused to take its", CHNG, PHLG, ["12"], "125", None, None, False,
  "a standing refusal without a date: optional")
F("ag06", "No shots were fired, officials on both", "negated act")
F("ag06", "could turn to an international tribunal if", "hypothetical")

# ---------------------------------------------------------------- ag07 Skopje, Europe/Eurasia (Macedonia)
S("ag07", "2017-04-28", "Europe/Eurasia", """
Nationalist crowd storms Macedonian parliament, bloodies Social Democrat leader Zaev

SKOPJE, Macedonia —

Protesters forced their way into the parliament here on Thursday evening and beat several lawmakers, among them Social Democrat leader Zoran Zaev, after his party and its ethnic Albanian allies elected a new speaker.

About 200 people, many of them masked, broke through the doors minutes after Talat Xhaferi, an ethnic Albanian, was voted into the post. Television footage showed Zaev with blood streaming down his face. Ziadin Sela, who leads the Alliance for Albanians, was badly hurt and was taken to hospital.

Police fired stun grenades to clear the building and led the trapped deputies out several hours later. The health ministry said more than 100 people were injured, including about 20 officers.

The protesters back the former ruling VMRO-DPMNE party of Nikola Gruevski, which called the vote for the speaker illegal but condemned the violence. Zaev's Social Democrats accused Gruevski's party of organising the assault to cling to power.

President Gjorge Ivanov appealed for calm. He had refused on March 1 to give Zaev a mandate to form a government, saying the Social Democrats' pledges to Albanian parties threatened the country's unity.

The European Union and NATO condemned the attack and urged all sides to respect the democratic process. Washington called the violence unacceptable.

Macedonia has been without a government since an inconclusive election in December. It was unclear whether Zaev would now be able to form a cabinet.
""")
MKDP = A("Macedonian nationalist protesters", "MKD", ["CVL", "PTY"])
ZAEV = A("Zoran Zaev", "MKD", ["OPP", "PTY", "LEG"])
MKDL = A("Macedonian parliament", "MKD", "LEG")
GRUEV = A("Nikola Gruevski", "MKD", ["PTY", "OPP", "GOV"])
IVANOV = A("Gjorge Ivanov", "MKD", "GOV")
E("ag07", "Nationalist crowd storms Macedonian parliament, bloodies Social", MKDP, MKDL, VPROT, "145", "2017-04-27", None,
  False, "headline")
E("ag07", "forced their way into the parliament here", MKDP, MKDL, VPROT, "145", "2017-04-27", P("Skopje", "MKD"), True,
  "storming parliament, violent protest 145 (14/18/17); 'here' = Skopje; 'on Thursday evening' in a Friday paper")
E("ag07", "and beat several lawmakers, among them Social", MKDP, ZAEV, ASSAULTP, "182", "2017-04-27", P("Skopje", "MKD"),
  True, "physical assault 182, second verb with its own object: required; Zaev named in the object")
E("ag07", "Ziadin Sela, who leads the Alliance for", MKDP, A("Ziadin Sela", "MKD", ["PTY", "LEG"]), ASSAULTP, "182",
  "2017-04-27", None, False, "agentless passive ('was badly hurt'): optional")
E("ag07", "Police fired stun grenades to clear the", A("Macedonian police", "MKD", "COP"), MKDP, REPR, "175", "2017-04",
  None, True, "stun grenades against the crowd 175 (17/18); unnamed police are the story's country's; 'the building' "
  "gives no place; no day of its own: month")
E("ag07", "which called the vote for the speaker", GRUEV, A("Macedonian Social Democrats", "MKD", ["PTY", "OPP"]), ["11"],
  "112", "2017-04", None, False, "party statement in a relative clause: optional (the condemnation of the violence too)")
E("ag07", "accused Gruevski's party of organising the assault", A("Macedonian Social Democrats", "MKD", ["PTY", "OPP"]),
  GRUEV, ["11"], "112", "2017-04", None, True, "accusation 112; target the party through its leader (VMRO-DPMNE, "
  "Gruevski's); no day: month")
E("ag07", "President Gjorge Ivanov appealed for calm", IVANOV, A("Macedonians", "MKD", "CVL"), APPEAL, "020", "2017-04",
  None, False, "appeal for calm without an addressee: optional")
E("ag07", "He had refused on March 1 to", IVANOV, ZAEV, ["12"], "120", "2017-03-01", None, True,
  "dated background refusal 12; 'He' = Ivanov; 'on March 1'")
E("ag07", "saying the Social Democrats' pledges to Albanian", IVANOV, A("Macedonian Social Democrats", "MKD",
  ["PTY", "OPP"]), ["11"], "112", "2017-03-01", None, False, "the reason given, an accusation in a participle: optional")
E("ag07", "The European Union and NATO condemned the", A("European Union", "EUR", "IGO"), MKDP, ["11"], "111", "2017-04",
  None, True, "condemnation 111, compound subject: first member required; no day: month")
E("ag07", "The European Union and NATO condemned the", A("NATO", None, "IGO"), MKDP, ["11"], "111", "2017-04", None,
  False, "second member: optional")
E("ag07", "urged all sides to respect the democratic", A("European Union", "EUR", "IGO"), A("Macedonian parties", "MKD",
  "PTY"), APPEAL, "020", "2017-04", None, False, "appeal, second verb: optional")
E("ag07", "Washington called the violence unacceptable", A("United States", "USA", "GOV"), MKDP, ["11"], "111", "2017-04",
  None, False, "another single outside reaction: optional; 'Washington' = the United States")
F("ag07", "The health ministry said more than 100", "count")
F("ag07", "It was unclear whether Zaev would now", "speculation")

# ---------------------------------------------------------------- ag08 Minsk, Europe/Eurasia (Belarus)
S("ag08", "2010-12-20", "Europe/Eurasia", """
Belarus police beat protesters and hold rival candidates after Lukashenko claims landslide

MINSK, Belarus —

Riot police clubbed thousands of demonstrators in central Minsk late on Sunday after some of them smashed windows and doors of the main government building, protesting against an election that handed Alexander Lukashenko a fourth term.

Hundreds of people were detained overnight, the interior ministry said. Seven of the nine candidates who ran against Lukashenko were held, among them Andrei Sannikov, who was dragged from a car with his wife, and the poet Vladimir Neklyaev, who had been beaten unconscious by plainclothes men hours before the rally.

The central election commission said on Monday that the president won nearly 80 percent of the vote. Monitors from the Organization for Security and Cooperation in Europe said the count was flawed.

At a news conference, Lukashenko called the protesters bandits who had tried to seize power and said there would be no revolution in Belarus.

Catherine Ashton, the EU foreign policy chief, condemned the use of force and demanded the immediate release of the detained candidates. Germany's foreign minister, Guido Westerwelle, who had visited Minsk with his Polish counterpart in November to offer closer ties in return for a fair vote, called the crackdown unacceptable.

Moscow called the election an internal matter for Belarus.

The European Union could reimpose travel bans on Belarusian officials, diplomats said. Belarus has been ruled by Lukashenko since 1994.
""")
BLRCOP = A("Belarusian riot police", "BLR", "COP")
BLRP = A("Belarusian protesters", "BLR", ["CVL", "OPP"])
LUKA = A("Alexander Lukashenko", "BLR", "GOV")
BLRG = A("Belarusian government", "BLR", "GOV")
BLRC = A("Belarusian opposition candidates", "BLR", ["OPP", "PTY"])
E("ag08", "Belarus police beat protesters and hold rival", BLRCOP, BLRP, REPR, "175", "2010-12-19", None, False, "headline")
E("ag08", "Belarus police beat protesters and hold rival", BLRCOP, BLRC, REPR, "173", "2010-12", None, False,
  "headline, second event")
E("ag08", "Riot police clubbed thousands of demonstrators in", BLRCOP, BLRP, REPR, "175", "2010-12-19", P("Minsk", "BLR"),
  True, "beating protesters 175 (17/18); 'in central Minsk'; 'late on Sunday' in a Monday paper")
E("ag08", "after some of them smashed windows and", BLRP, BLRG, VPROT, "145", "2010-12-19", P("Minsk", "BLR"), True,
  "violent protest 145 (14/18/17) in an 'after' clause with its own agent; same evening and place as the main clause")
E("ag08", "Hundreds of people were detained overnight, the", BLRCOP, BLRP, REPR, "173", "2010-12", None, False,
  "agentless passive, a count: optional")
E("ag08", "Seven of the nine candidates who ran", BLRCOP, BLRC, REPR, "173", "2010-12", None, True,
  "detention of candidates 173, agentless passive whose agent the story makes plain (the police of the lead): required; "
  "no day in the sentence: month")
E("ag08", "who was dragged from a car with", BLRCOP, A("Andrei Sannikov", "BLR", ["OPP", "PTY"]), REPR, "173", "2010-12",
  None, False, "agentless passive in a relative, restating the detentions: optional")
E("ag08", "who had been beaten unconscious by plainclothes", A("plainclothes men", "BLR", ["COP", "SPY"]),
  A("Vladimir Neklyaev", "BLR", ["OPP", "PTY"]), ["18", "17"], "182", "2010-12-19", None, False,
  "beating by unidentified men in a relative: optional (their affiliation is not stated)")
E("ag08", "Monitors from the Organization for Security and", A("OSCE monitors", None, "IGO"), BLRG, ["11"], "111",
  "2010-12", None, True, "criticism of the count 111; the OSCE as null/IGO (as ECOWAS in news-dev); no day of its own: "
  "month")
E("ag08", "Lukashenko called the protesters bandits who had", LUKA, BLRP, ["11"], "112", "2010-12", None, True,
  "accusation 112 (the charge of trying to seize power); no day: month")
E("ag08", "said there would be no revolution in", LUKA, BLRP, ["13"], "130", "2010-12", None, False,
  "veiled warning: optional")
E("ag08", "Ashton, the EU foreign policy chief, condemned", A("Catherine Ashton", "EUR", "IGO"), BLRG, ["11"], "111",
  "2010-12", None, True, "condemnation 111; no day: month")
E("ag08", "demanded the immediate release of the detained", A("Catherine Ashton", "EUR", "IGO"), BLRG, DEMAND, "1053",
  "2010-12", None, True, "demand for release 1053, second verb with its own object: required")
E("ag08", "who had visited Minsk with his Polish", A("Guido Westerwelle", "DEU", "GOV"), BLRG, ["04"], "042", "2010-11",
  P("Minsk", "BLR"), True, "dated background visit 042 in a relative clause with its own agent: required; 'Minsk' "
  "named; 'in November': month")
E("ag08", "who had visited Minsk with his Polish", A("Polish foreign minister", "POL", "GOV"), BLRG, ["04"], "042",
  "2010-11", P("Minsk", "BLR"), False, "'with his Polish counterpart', a comitative second visitor: optional")
E("ag08", "called the crackdown unacceptable", A("Guido Westerwelle", "DEU", "GOV"), BLRG, ["11"], "111", "2010-12", None,
  False, "another outside reaction after the EU's: optional")
E("ag08", "Moscow called the election an internal matter", A("Russia", "RUS", "GOV"), BLRG, ["05"], "051", "2010-12", None,
  False, "a guarded backing, coders may leave it uncoded: optional; 'Moscow' = Russia")
F("ag08", "The European Union could reimpose travel bans", "hypothetical")
F("ag08", "Belarus has been ruled by Lukashenko since", "standing situation")

# ---------------------------------------------------------------- ag09 San Salvador, Americas (El Salvador)
S("ag09", "2020-02-10", "Americas", """
Salvadoran president enters assembly with armed troops to press for security loan

SAN SALVADOR, El Salvador —

President Nayib Bukele marched into the Legislative Assembly here on Sunday flanked by soldiers in combat gear, after most lawmakers ignored his call to approve a $109 million loan to equip the police and army.

Troops carrying rifles took up positions inside the chamber as Bukele sat in the seat of the assembly's president, covered his face with his hands and prayed. He then walked out and told thousands of supporters gathered outside that he was giving the deputies one week to pass the loan.

The cabinet had invoked a rarely used article of the constitution on Thursday to summon the assembly to an emergency session. Most opposition deputies stayed away, saying the session had no legal basis.

Mario Ponce, the assembly's president, accused Bukele of trying to intimidate Congress, calling the deployment an attack on the separation of powers. The former guerrilla party FMLN and the conservative ARENA said they would ask the Supreme Court to rule on the matter.

Defence Minister Rene Merino Monroy pledged the army's loyalty to the president.

The European Union said it was concerned by the military presence in parliament and urged all parties to respect democratic institutions.

Bukele, a former mayor of the capital, has no majority in the 84-seat chamber. He did not say what he would do if the deadline passed.
""")
BUKELE = A("Nayib Bukele", "SLV", "GOV")
SLVL = A("Salvadoran Legislative Assembly", "SLV", "LEG")
SLVM = A("Salvadoran army", "SLV", "MIL")
SLVO = A("Salvadoran opposition deputies", "SLV", ["LEG", "OPP", "PTY"])
E("ag09", "Salvadoran president enters assembly with armed troops", BUKELE, SLVL, SHOW, "150", "2020-02-09", None, False,
  "headline")
E("ag09", "marched into the Legislative Assembly here on", BUKELE, SLVL, ["15", "17", "13"], "150", "2020-02-09",
  P("San Salvador", "SLV"), True, "show of force in the chamber 150 (15/17/13); 'here' = San Salvador; 'on Sunday' in "
  "a Monday paper")
E("ag09", "after most lawmakers ignored his call to", SLVO, BUKELE, ["12", "14"], "120", "2020-02", None, False,
  "lead summary of the boycott detailed in paragraph 3: optional")
E("ag09", "Troops carrying rifles took up positions inside", SLVM, SLVL, ["15", "17", "13"], "150", "2020-02", None, True,
  "troops taking up positions 150 (as owned21's d12); no day and no named place in the clause: month")
E("ag09", "told thousands of supporters gathered outside that", BUKELE, SLVL, ["13", "10"], "139", "2020-02", None, True,
  "ultimatum 139 ('one week to pass the loan'); 'He' = Bukele; no day of its own: month")
E("ag09", "The cabinet had invoked a rarely used", A("Salvadoran cabinet", "SLV", "GOV"), SLVL, DEMAND, "100",
  "2020-02-06", None, True, "dated background summons of the assembly (a demand, 10/02); 'on Thursday' before a Monday "
  "paper")
E("ag09", "Most opposition deputies stayed away, saying the", SLVO, A("Salvadoran cabinet", "SLV", "GOV"), ["12", "14"],
  "120", "2020-02", None, True, "boycott of the session as a refusal (12/14); target the summoning government; month")
E("ag09", "accused Bukele of trying to intimidate Congress", A("Mario Ponce", "SLV", "LEG"), BUKELE, ["11"], "112", "2020-02",
  None, True, "accusation 112; no day: month")
E("ag09", "The former guerrilla party FMLN and the", A("FMLN", "SLV", ["PTY", "OPP"]), BUKELE, ["11"], "115", "2020-02", None,
  False, "a legal challenge announced as an intention: optional")
E("ag09", "Merino Monroy pledged the army's loyalty to", A("Rene Merino Monroy", "SLV", ["MIL", "GOV"]), BUKELE, ["05", "03"],
  "051", "2020-02", None, True, "pledge of support 05 (03 accepted); no day: month")
E("ag09", "The European Union said it was concerned", A("European Union", "EUR", "IGO"), BUKELE, ["11", "02"], "111",
  "2020-02", None, False, "single outside reaction: optional")
F("ag09", "has no majority in the 84-seat chamber", "standing situation")
F("ag09", "He did not say what he would", "negated; hypothetical")

# ---------------------------------------------------------------- ag10 Ottawa, Americas (Canada / India)
S("ag10", "2023-09-21", "Americas", """
India halts visas for Canadians as row over Sikh leader's killing deepens

OTTAWA, Canada —

India suspended visa services for Canadians on Thursday, escalating a diplomatic rupture that began when Prime Minister Justin Trudeau linked New Delhi's agents to the killing of a Sikh separatist leader on Canadian soil.

Trudeau told the House of Commons on Monday that Canadian security agencies were pursuing credible allegations tying the Indian government to the death of Hardeep Singh Nijjar. Nijjar, a Canadian citizen, was gunned down by two masked men in June outside a Sikh temple in Surrey, British Columbia.

Foreign Minister Melanie Joly expelled a senior Indian diplomat the same day, saying he headed India's intelligence service in Canada.

New Delhi dismissed the accusation as absurd and politically motivated on Tuesday and ordered a senior Canadian diplomat to leave the country within five days. India designated Nijjar a terrorist in 2020, accusing him of leading a militant group that seeks a separate Sikh homeland, a charge his supporters deny.

An Indian foreign ministry spokesman said on Thursday that Canada should cut the number of its diplomats in India to match India's presence in Ottawa.

Trudeau, speaking in New York, said he did not want to provoke India but urged it to cooperate with the investigation. The White House said it was deeply concerned by the allegations.

Ottawa has not made public any evidence for its claims. Canada has a Sikh population of about 770,000, the largest outside India.
""")
INDG = A("Indian government", "IND", "GOV")
CANG = A("Canadian government", "CAN", "GOV")
TRUDEAU = A("Justin Trudeau", "CAN", "GOV")
NIJJAR = A("Hardeep Singh Nijjar", "CAN", ["CVL", "REL", "OPP"])
E("ag10", "India halts visas for Canadians as row", INDG, A("Canadians", "CAN", ["CVL", "GOV"]), SANCT, "163", "2023-09-21",
  None, False, "headline")
E("ag10", "India suspended visa services for Canadians on", INDG, A("Canadians", "CAN", ["CVL", "GOV"]), SANCT, "163",
  "2023-09-21", None, True, "visa suspension 163 (16/17), as owned21's d12; 'on Thursday', publication day")
E("ag10", "linked New Delhi's agents to the killing", TRUDEAU, INDG, ["11"], "112", "2023-09-18", None, False,
  "lead summary of the accusation detailed in paragraph 2: optional")
E("ag10", "Trudeau told the House of Commons on", TRUDEAU, INDG, ["11"], "112", "2023-09-18", None, True,
  "accusation 112 (allegations tying the government to a killing); 'on Monday' in a Thursday paper; the Commons is "
  "not named as a city: no place")
E("ag10", "was gunned down by two masked men", A("masked gunmen", None, None), NIJJAR, ["18", "20"], "186", "2023-06",
  P("Surrey", "CAN"), True, "killing 186 in a passive with its agent (unnamed gunmen null/null, news-dev); 'in June'; "
  "'in Surrey, British Columbia' names the place")
E("ag10", "Joly expelled a senior Indian diplomat the", A("Melanie Joly", "CAN", "GOV"), INDG, EXPEL, "174", "2023-09-18",
  None, True, "expelling a diplomat 174 (17/16); 'the same day' = Monday")
E("ag10", "New Delhi dismissed the accusation as absurd", INDG, TRUDEAU, DENY, "016", "2023-09-19", None, True,
  "denial 016 (01/12); 'New Delhi' = India; 'on Tuesday'")
E("ag10", "ordered a senior Canadian diplomat to leave", INDG, CANG, EXPEL, "174", "2023-09-19", None, True,
  "expulsion in return 174 (17/16), second verb, same day")
E("ag10", "India designated Nijjar a terrorist in 2020", INDG, NIJJAR, ["17", "11"], "172", "2020", None, False,
  "terrorist designation as background (owned21 keeps designations optional); coders split on the code")
E("ag10", "a charge his supporters deny", A("Nijjar's supporters", "CAN", ["CVL", "REL"]), INDG, DENY, "016", "2023-09",
  None, False, "denial in an appended noun phrase: optional")
E("ag10", "Canada should cut the number of its", A("Indian foreign ministry", "IND", "GOV"), CANG, DEMAND, "100",
  "2023-09-21", None, True, "demand put as 'should' 10/02; 'on Thursday'; 'in Ottawa' is where the diplomats are, not "
  "the place of the demand")
E("ag10", "urged it to cooperate with the investigation", TRUDEAU, INDG, APPEAL, "021", "2023-09", P("New York", "USA"),
  True, "appeal for cooperation (02/10); 'it' = India; 'speaking in New York' names the place; no day: month")
E("ag10", "The White House said it was deeply", A("United States", "USA", "GOV"), INDG, ["11"], "111", "2023-09", None,
  False, "single outside reaction, target only implied: optional")
F("ag10", "Ottawa has not made public any evidence", "negated act")
F("ag10", "Canada has a Sikh population of about", "count; standing situation")

# ---------------------------------------------------------------- ag11 Colombo, South Asia (Sri Lanka)
S("ag11", "2018-10-29", "South Asia", """
Sri Lanka's sacked premier refuses to go as president suspends parliament

COLOMBO, Sri Lanka —

Police arrested Petroleum Minister Arjuna Ranatunga on Monday over a shooting at the state oil company in which one man was killed, as a power struggle between Sri Lanka's president and the prime minister he sacked last week turned violent.

Ranatunga's bodyguard opened fire on Sunday when a crowd of supporters of Mahinda Rajapaksa tried to stop the minister from entering the state oil company's headquarters here. Two other people were wounded.

President Maithripala Sirisena dismissed Ranil Wickremesinghe on Friday evening and swore in Rajapaksa, a former president, in his place. A day later he suspended parliament until Nov. 16, a move that opponents said was meant to give Rajapaksa time to win over enough lawmakers.

Wickremesinghe has refused to leave the premier's official residence, saying his removal was unconstitutional and that he still commands a majority in the 225-member house.

In a televised address on Sunday, Sirisena accused his former ally of arrogance and of ignoring a plot against the president's life. Speaker Karu Jayasuriya wrote to the president asking him to let parliament meet at once.

The United States and the European Union urged Sirisena to reconvene the assembly and respect the constitution. China's ambassador called on Rajapaksa and congratulated him.

Sirisena has not said when lawmakers will be allowed to vote. A contest for a majority could take weeks.
""")
SIRI = A("Maithripala Sirisena", "LKA", "GOV")
RANIL = A("Ranil Wickremesinghe", "LKA", "GOV")
RAJA = A("Mahinda Rajapaksa", "LKA", ["GOV", "PTY"])
RAJAS = A("Rajapaksa supporters", "LKA", ["CVL", "PTY"])
E("ag11", "Sri Lanka's sacked premier refuses to go", RANIL, SIRI, ["12"], "124", "2018-10", None, False, "headline")
E("ag11", "as president suspends parliament", SIRI, A("Sri Lankan parliament", "LKA", "LEG"), ["17", "12"], "172",
  "2018-10-27", None, False, "headline, second event")
E("ag11", "Police arrested Petroleum Minister Arjuna Ranatunga on", A("Sri Lankan police", "LKA", "COP"),
  A("Arjuna Ranatunga", "LKA", "GOV"), REPR, "173", "2018-10-29", None, True, "arrest 173; 'on Monday', publication day")
E("ag11", "Ranatunga's bodyguard opened fire on Sunday when", A("Ranatunga's bodyguard", "LKA", ["COP", "GOV"]), RAJAS,
  ["18", "17", "19"], "180", "2018-10-28", P("Colombo", "LKA"), True, "shooting into a crowd (18/17/19); 'here' = "
  "Colombo; 'on Sunday' in a Monday paper")
E("ag11", "tried to stop the minister from entering", RAJAS, A("Arjuna Ranatunga", "LKA", "GOV"), ["14", "17"], "144",
  "2018-10-28", P("Colombo", "LKA"), False, "an attempt to block, in a 'when' clause: optional")
E("ag11", "Sirisena dismissed Ranil Wickremesinghe on Friday evening", SIRI, RANIL, ["17", "12"], "172", "2018-10-26", None,
  True, "dismissal of the premier 172 (17/12); 'on Friday evening' in a Monday paper")
E("ag11", "swore in Rajapaksa, a former president, in", SIRI, RAJA, ["05", "03"], "050", "2018-10-26", None, False,
  "appointment, second verb: optional (coders may leave it uncoded)")
E("ag11", "A day later he suspended parliament until", SIRI, A("Sri Lankan parliament", "LKA", "LEG"), ["17", "12"], "172",
  "2018-10-27", None, True, "suspension of parliament 172 (17/12); 'A day later' than Friday; 'he' = Sirisena")
E("ag11", "a move that opponents said was meant", A("Sri Lankan opposition", "LKA", ["OPP", "PTY"]), SIRI, ["11"], "112",
  "2018-10", None, False, "accusation in an appended noun phrase: optional")
E("ag11", "Wickremesinghe has refused to leave the premier's", RANIL, SIRI, ["12"], "124", "2018-10", None, True,
  "stated refusal to yield 124; present perfect: month; the residence is not named")
E("ag11", "Sirisena accused his former ally of arrogance", SIRI, RANIL, ["11"], "112", "2018-10-28", None, True,
  "accusation 112; 'his former ally' = Wickremesinghe; 'on Sunday'")
E("ag11", "Speaker Karu Jayasuriya wrote to the president", A("Karu Jayasuriya", "LKA", "LEG"), SIRI, APPEAL, "020",
  "2018-10", None, True, "request (02/10) by letter; 'the president' = Sirisena; no day of its own: month")
E("ag11", "The United States and the European Union", A("United States", "USA", "GOV"), SIRI, APPEAL, "020", "2018-10", None,
  True, "appeal (02/10), compound subject: first member required; month")
E("ag11", "The United States and the European Union", A("European Union", "EUR", "IGO"), SIRI, APPEAL, "020", "2018-10",
  None, False, "second member: optional")
E("ag11", "China's ambassador called on Rajapaksa and congratulated", A("Chinese ambassador", "CHN", "GOV"), RAJA,
  ["04", "05"], "042", "2018-10", None, False, "single outside reaction (a call and congratulations): optional")
F("ag11", "Sirisena has not said when lawmakers will", "negated")
F("ag11", "A contest for a majority could take", "speculation")

# ---------------------------------------------------------------- ag12 Port Moresby, Pacific (Papua New Guinea)
S("ag12", "2012-01-27", "Pacific", """
Papua New Guinea mutiny fizzles after soldiers seize army chief to back Somare

PORT MORESBY, Papua New Guinea —

A small group of soldiers detained the head of Papua New Guinea's defence force on Thursday and demanded that Sir Michael Somare be restored as prime minister, but the revolt collapsed within hours.

The mutineers, led by a retired colonel, Yaura Sasa, held Brigadier General Francis Agwi at the capital's Taurama Barracks before dawn. Sasa told reporters that Somare had appointed him military commander and gave Prime Minister Peter O'Neill seven days to step aside, threatening unspecified action if he did not.

Agwi was freed later in the day, and most of the roughly 30 soldiers involved went back to their units. O'Neill said his government remained in control and that the rebel officer would be charged with mutiny.

Deputy Prime Minister Belden Namah ordered Sasa to surrender and warned that the army would not hesitate to use force against him.

The country has had two rival prime ministers since the Supreme Court ruled on Dec. 12 that Somare had been removed unlawfully in August and ordered his reinstatement. Parliament, which backs O'Neill, refused to accept the verdict.

Somare, 75, the country's founding leader, said through a spokesman that the soldiers had acted lawfully.

Australia, the former colonial power, urged all sides to settle the dispute peacefully. Foreign Minister Kevin Rudd said Canberra had no plans to send troops. Whether the standoff could be resolved before elections due in the middle of the year was unclear.
""")
PNGMUT = A("Papua New Guinean mutineers", "PNG", "MIL")
SASA = A("Yaura Sasa", "PNG", "MIL")
AGWI = A("Francis Agwi", "PNG", "MIL")
ONEILL = A("Peter O'Neill", "PNG", "GOV")
PNGJ = A("Papua New Guinea's Supreme Court", "PNG", "JUD")
PNGL = A("Papua New Guinea's parliament", "PNG", "LEG")
SOMARE = A("Michael Somare", "PNG", ["GOV", "OPP"])
E("ag12", "Papua New Guinea mutiny fizzles after soldiers", PNGMUT, AGWI, ["17", "18"], "173", "2012-01-26", None, False,
  "headline")
E("ag12", "A small group of soldiers detained the", PNGMUT, AGWI, ["17", "18"], "173", "2012-01-26", None, False,
  "lead summary of the seizure detailed in paragraph 2: optional (convention)")
E("ag12", "demanded that Sir Michael Somare be restored", PNGMUT, ONEILL, DEMAND, "1041", "2012-01-26", None, False,
  "lead summary of the ultimatum detailed in paragraph 2: optional")
E("ag12", "held Brigadier General Francis Agwi at the", PNGMUT, AGWI, ["17", "18"], "173", "2012-01",
  P("Port Moresby", "PNG"), True, "seizure of the commander 173 (17/18: detention or hostage-taking); 'the capital's "
  "Taurama Barracks' = Port Moresby; 'before dawn' without a day of its own: month")
E("ag12", "gave Prime Minister Peter O'Neill seven days", SASA, ONEILL, ["13", "10"], "139", "2012-01", None, True,
  "ultimatum 139 with a threat ('threatening unspecified action'); no day: month")
E("ag12", "Agwi was freed later in the day", PNGMUT, AGWI, ["08"], "0841", "2012-01", None, False,
  "agentless passive release: optional")
E("ag12", "the rebel officer would be charged with", ONEILL, SASA, ["13", "17"], "130", "2012-01", None, False,
  "announced prosecution put in the future: optional")
E("ag12", "Namah ordered Sasa to surrender and warned", A("Belden Namah", "PNG", "GOV"), SASA, DEMAND, "1056", "2012-01",
  None, True, "demand to surrender 10/02; no day: month")
E("ag12", "warned that the army would not hesitate", A("Belden Namah", "PNG", "GOV"), SASA, ["13"], "138", "2012-01", None,
  True, "threat of force 138, second verb with its own clause: required")
E("ag12", "since the Supreme Court ruled on Dec", PNGJ, PNGL, ["11", "17", "10"], "111", "2011-12-12", None, True,
  "dated background ruling against the removal (court verdicts 17/11, the order of reinstatement 10): required; "
  "'on Dec. 12' before a January paper: 2011; target the parliament that removed Somare")
E("ag12", "that Somare had been removed unlawfully in", PNGL, SOMARE, ["17", "12"], "172", "2011-08", None, False,
  "agentless passive inside the ruling: optional")
E("ag12", "Parliament, which backs O'Neill, refused to accept", PNGL, PNGJ, ["12"], "120", "2011-12", None, False,
  "refusal without a date of its own (after the December ruling): optional")
E("ag12", "said through a spokesman that the soldiers", SOMARE, PNGMUT, ["05"], "051", "2012-01", None, False,
  "endorsement through a spokesman: optional")
E("ag12", "urged all sides to settle the dispute", A("Australia", "AUS", "GOV"), ONEILL, APPEAL, "020", "2012-01", None,
  False, "single outside reaction: optional")
F("ag12", "Rudd said Canberra had no plans to", "negated plan")
F("ag12", "Whether the standoff could be resolved before", "speculation")

if __name__ == "__main__":
    write(HERE)
