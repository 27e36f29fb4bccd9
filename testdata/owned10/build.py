#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the eleventh owned evaluation set (owned10) from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned10/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402


ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
FIRE = ["18", "17", "19"]
HOSTAGE = ["18", "17"]
EXPEL = ["16", "17"]
SEIZE = ["17", "19", "18"]
TEST = ["15", "13"]

# ---------------------------------------------------------------- x01 Lome, Africa
S("x01", "2005-02-26", "Africa", """
Togo's Gnassingbe steps down as West African pressure mounts

LOME, Togo —

Faure Gnassingbe, whom the army installed as Togo's president three weeks ago, resigned on Friday, bowing to sanctions imposed by his West African neighbours and to days of street protests in the capital.

Gnassingbe announced his decision in a televised address, hours after he had flown back from Abuja, where Nigerian President Olusegun Obasanjo received him on Thursday.

Parliament then chose its deputy speaker, Abass Bonfoh, as interim head of state.

The military had named Gnassingbe to succeed his father, Gnassingbe Eyadema, on Feb. 5, hours after the veteran ruler died. The African Union called the move a military coup. On Feb. 19 the Economic Community of West African States suspended Togo, recalled its members' ambassadors and barred Togolese officials from travelling in the region.

Opposition supporters have marched almost daily since. Security forces fired tear gas and live rounds at protesters in the Be district of Lome on Feb. 12, killing at least three people, according to the Togolese League of Human Rights.

"This is a victory for the people, but the family still holds the army," said Jean-Pierre Fabre, secretary-general of the opposition Union of Forces for Change. He urged the interim leader to release detained activists.

ECOWAS, which met in Niamey, welcomed the resignation and said it would lift the sanctions.

Togo, a narrow strip of land between Ghana and Benin, has five million people. It was not clear whether the army would accept an opposition victory at the polls.
""")
FAURE = A("Faure Gnassingbe", "TGO", "GOV")
ECOWAS = A("ECOWAS", None, "IGO")
TGOMIL = A("Togolese army", "TGO", "MIL")
TGOOPP = A("Togolese opposition supporters", "TGO", ["OPP", "CVL", "PTY"])
E("x01", "Togo's Gnassingbe steps down as West African", FAURE, ECOWAS, ["08"], "0831", "2005-02-25", None, False,
  "headline")
E("x01", "resigned on Friday, bowing to sanctions imposed", FAURE, ECOWAS, ["08"], "0831", "2005-02-25", None, True,
  "resignation under pressure 0831 (news-dev d09); target the bloc whose sanctions the clause names (the protesters "
  "are the other pressure, optional below)")
E("x01", "resigned on Friday, bowing to sanctions imposed", FAURE, TGOOPP, ["08"], "0831", "2005-02-25", None, False,
  "second implied target of the resignation (the street protests): optional")
E("x01", "where Nigerian President Olusegun Obasanjo received him", A("Olusegun Obasanjo", "NGA", "GOV"), FAURE,
  ["04"], "043", "2005-02-24", P("Abuja", "NGA"), True,
  "hosting a visit 043 in a relative clause with its own day ('on Thursday'); 'him' = Gnassingbe; the clause's "
  "'where' is Abuja")
E("x01", "where Nigerian President Olusegun Obasanjo received him", FAURE, A("Olusegun Obasanjo", "NGA", "GOV"),
  ["04"], "042", "2005-02-24", P("Abuja", "NGA"), False, "the visit seen from the visitor (042): optional")
E("x01", "The military had named Gnassingbe to succeed", TGOMIL, A("Togo", "TGO", "GOV"), COUP, "1724",
  "2005-02-05", None, True, "army-installed succession, which the next sentence calls a coup: takeover 1724 (17/19); "
  "dated background 'on Feb. 5'")
E("x01", "The African Union called the move a", A("African Union", "AFR", "IGO"), TGOMIL, ["11"], "111",
  "2005-02", None, False, "single outside condemnation, undated: optional")
E("x01", "On Feb. 19 the Economic Community of", ECOWAS, A("Togo", "TGO", "GOV"), SANCT, "160", "2005-02-19", None,
  True, "suspension from the bloc 160 (16/17), the first of three acts in the sentence; dated background")
E("x01", "On Feb. 19 the Economic Community of", ECOWAS, A("Togo", "TGO", "GOV"), ["16"], "161", "2005-02-19",
  None, False, "recall of the members' ambassadors 161, second act of the sentence: optional")
E("x01", "On Feb. 19 the Economic Community of", ECOWAS, A("Togolese officials", "TGO", "GOV"), ["17", "16"], "172",
  "2005-02-19", None, False, "travel ban on officials 172 (17/16), third act of the sentence: optional")
E("x01", "Opposition supporters have marched almost daily since", TGOOPP, FAURE, ["14"], "141", "2005-02", None,
  True, "demonstrations; present perfect 'since' the Feb. 19 sentence: month; target the installed president")
E("x01", "Security forces fired tear gas and live", A("Togolese security forces", "TGO", ["COP", "MIL"]), TGOOPP,
  FIRE, "180", "2005-02-12", P("Lome", "TGO"), True,
  "firing on protesters (180, 18/17/19, owned9's w02); unnamed security forces belong to the story's country; the "
  "clause names Lome; only the toll is attributed to the rights league, so the act is required")
E("x01", "He urged the interim leader to release", A("Jean-Pierre Fabre", "TGO", ["OPP", "PTY"]),
  A("Abass Bonfoh", "TGO", "GOV"), DEMAND, "1053", "2005-02", None, True,
  "'He' = Fabre, 'the interim leader' = Bonfoh (named two paragraphs up); demand to free detainees 1053; no day: "
  "month")
E("x01", "welcomed the resignation and said it would", ECOWAS, FAURE, ["05"], "051", "2005-02", P("Niamey", "NER"),
  False, "outside praise of the resignation: optional; the relative clause names Niamey")
E("x01", "welcomed the resignation and said it would", ECOWAS, A("Togo", "TGO", "GOV"), ["08", "03"], "081",
  "2005-02", None, False, "stated intention to lift the sanctions (easing sanctions 081): intention, optional")
F("x01", "Togo, a narrow strip of land between", "standing situation and count (geography, population)")
F("x01", "It was not clear whether the army", "speculation")

# ---------------------------------------------------------------- x02 Ankara, Middle East
S("x02", "1991-04-09", "Middle East", """
U.S. planes drop food to Kurds stranded on Turkish border

ANKARA, Turkey —

American transport planes dropped food, blankets and tents on Monday to tens of thousands of Iraqi Kurds huddled on mountain slopes along the Turkish border, as Secretary of State James Baker flew in to see the camps for himself.

Baker spent a few minutes on a muddy ridge near Cukurca, where refugees crowded around his party and begged for bread. "We have got to do more," he told reporters afterwards in the capital.

The Kurds poured north last week after Saddam Hussein's Republican Guard crushed their uprising and retook the oil city of Kirkuk.

Turkey, which sealed the frontier at first, now lets the refugees stay on its side of the line but refuses to move them into the interior. President Turgut Ozal has asked the United Nations to set up a protected zone for them inside Iraq.

On Friday the Security Council passed Resolution 688, which demands that Baghdad end the repression of its civilians and allow relief agencies immediate access. Iraq rejected the resolution as interference in its internal affairs, its U.N. envoy said.

Britain's prime minister, John Major, has proposed a haven under U.N. protection in northern Iraq. A spokesman for the Kurdistan Democratic Party, Hoshyar Zebari, appealed to Washington to stop the Iraqi army's attacks on the fleeing columns.

The Turkish Red Crescent estimates that more than 250,000 people are now massed on the border. Whether the airdrops can reach all of them was not clear.
""")
USAF = A("U.S. air force", "USA", "MIL")
KURDS = A("Iraqi Kurdish refugees", "IRQ", ["REF", "CVL"])
IRQM = A("Republican Guard", "IRQ", "MIL")
IRQG = A("Iraq", "IRQ", "GOV")
UNSC = A("U.N. Security Council", "UNO", "IGO")
E("x02", "U.S. planes drop food to Kurds stranded", USAF, KURDS, ["07"], "073", "1991-04-08", None, False, "headline")
E("x02", "American transport planes dropped food, blankets and", USAF, KURDS, ["07"], "073", "1991-04-08", None,
  True, "humanitarian aid 073 by airdrop; 'on Monday' in a Tuesday paper; 'along the Turkish border' gives no place")
E("x02", "as Secretary of State James Baker flew", A("James Baker", "USA", "GOV"), A("Turkey", "TUR", "GOV"), ["04"],
  "042", "1991-04-08", None, False, "visit to the camps on Turkish soil, in an 'as' clause: optional")
E("x02", "after Saddam Hussein's Republican Guard crushed their", IRQM,
  A("Kurdish rebels", "IRQ", ["REB", "CVL"]), ["19", "18", "17"], "190", "1991", None, True,
  "crushing of the uprising (force 190; 18/17 also read) in an 'after' clause before 'last week': only the year "
  "is safe")
E("x02", "after Saddam Hussein's Republican Guard crushed their", IRQM,
  A("Kurdish rebels", "IRQ", ["REB", "CVL"]), ["19", "18"], "192", "1991", P("Kirkuk", "IRQ"), False,
  "retaking Kirkuk 192, second verb of the clause: optional; the clause names Kirkuk")
E("x02", "refuses to move them into the interior", A("Turkey", "TUR", "GOV"), KURDS, ["12", "17"], "120", "1991-04",
  None, False, "refusal to move the refugees inland (the concession before it is not an event): optional")
E("x02", "President Turgut Ozal has asked the United", A("Turgut Ozal", "TUR", "GOV"), A("United Nations", "UNO", "IGO"),
  DEMAND, "0234", "1991-04", None, True, "appeal for protection 0234 (02/10); present perfect: month")
E("x02", "which demands that Baghdad end the repression", UNSC, IRQG, DEMAND, "1043", "1991-04-05", None, True,
  "the resolution's demand in a relative clause of a dated sentence ('On Friday'); 'Baghdad' is the government")
E("x02", "Iraq rejected the resolution as interference in", IRQG, UNSC, ["12"], "120", "1991-04", None, True,
  "rejection, reported through 'its U.N. envoy said' but the act of the government, not a disputed account; no "
  "day: month")
E("x02", "John Major, has proposed a haven under", A("John Major", "GBR", "GOV"), KURDS, ["03", "02"], "030",
  "1991-04", None, False, "proposal of a haven (intent to cooperate, 02 also read), no actor it is put to: optional")
E("x02", "appealed to Washington to stop the Iraqi", A("Hoshyar Zebari", "IRQ", ["REB", "PTY", "OPP"]),
  A("United States", "USA", "GOV"), DEMAND, "0234", "1991-04", None, True,
  "appeal for protection 0234; 'Washington' is the government, not a place; no day: month")
E("x02", "appealed to Washington to stop the Iraqi", IRQM, KURDS, ["19", "18"], "190", "1991-04", None, False,
  "the army's attacks: a nominal event with its agent, but inside an appeal: optional (new case, see README)")
F("x02", "The Turkish Red Crescent estimates that more", "count")
F("x02", "Whether the airdrops can reach all of", "speculation")

# ---------------------------------------------------------------- x03 Bangkok, Asia
S("x03", "2006-09-20", "Asia", """
Thai army seizes Bangkok while Thaksin is in New York

BANGKOK, Thailand —

Thailand's army commander, Gen. Sonthi Boonyaratglin, seized power in a bloodless coup on Tuesday night, sending tanks into the streets of the capital while Prime Minister Thaksin Shinawatra was attending the U.N. General Assembly in New York.

Troops surrounded Government House and took over television stations shortly after ten o'clock, and an announcer read a statement saying a council of officers had taken control to end division and corruption. The council revoked the constitution, dissolved parliament and declared martial law across the country.

From New York, Thaksin declared a state of emergency in a message broadcast on a state channel and ordered the army chief to report to the defence ministry. The broadcast was cut off minutes later.

On Wednesday the palace said King Bhumibol Adulyadej had endorsed Sonthi as head of the council, which promised to hand power to a civilian government within two weeks.

Thaksin, a telecommunications billionaire, had faced months of protests led by the People's Alliance for Democracy, which accused him of abusing power after his family sold its stake in Shin Corp. to a Singapore fund without paying tax.

The United States said it was disappointed and urged a quick return to democracy. Sondhi Limthongkul, a media owner who led the alliance, welcomed the coup and called off a rally planned for Wednesday.

The army has staged more than a dozen coups since the end of absolute monarchy in 1932. It was not clear whether Thaksin would return from abroad.
""")
SONTHI = A("Sonthi Boonyaratglin", "THA", "MIL")
THAKSIN = A("Thaksin Shinawatra", "THA", "GOV")
CNCL = A("Thai military council", "THA", ["MIL", "GOV"])
PAD = A("People's Alliance for Democracy", "THA", ["OPP", "CVL"])
E("x03", "Thai army seizes Bangkok while Thaksin is", A("Thai army", "THA", "MIL"), THAKSIN, COUP, "1724",
  "2006-09-19", None, False, "headline")
E("x03", "seized power in a bloodless coup on", SONTHI, THAKSIN, COUP, "1724", "2006-09-19", None, True,
  "coup (17/19, 1724 as news-dev's declared takeover); 'on Tuesday night' in a Wednesday paper")
E("x03", "Troops surrounded Government House and took over", A("Thai army", "THA", "MIL"),
  A("Government House", "THA", None), ["17", "19"], "1711", "2006-09", None, False,
  "seizure of premises restating the coup: optional; night that may cross midnight: month")
E("x03", "The council revoked the constitution, dissolved parliament", CNCL, A("Thailand", "THA", None), COUP,
  "1724", "2006-09", None, True, "declared martial law 1724 (the act the clause ends with; revoking and dissolving are "
  "part of it); night act: month")
E("x03", "Thaksin declared a state of emergency in", THAKSIN, SONTHI, COUP, "1724", "2006-09-19", P("New York", "USA"),
  True, "counter-declaration of emergency 1724; 'From New York' opens the clause and gives the place; the same "
  "Tuesday night as the coup, before midnight in New York")
E("x03", "ordered the army chief to report to", THAKSIN, SONTHI, DEMAND, "100", "2006-09-19", P("New York", "USA"),
  False, "order to the army chief, second act of the sentence: optional")
E("x03", "King Bhumibol Adulyadej had endorsed Sonthi as", A("Bhumibol Adulyadej", "THA", "GOV"), SONTHI, ["05"],
  "051", "2006-09", None, True, "royal endorsement 051, reported by the palace on Wednesday but in the pluperfect "
  "(it may date from the night): month")
E("x03", "which promised to hand power to a", CNCL, A("Thailand", "THA", None), ["03", "08"], "034", "2006-09",
  None, True, "promise in a relative clause, no day of its own: month; promise of a return to civilian rule with a timetable 034 (03/08, as owned9's promised referendum)")
E("x03", "had faced months of protests led by", PAD, THAKSIN, ["14"], "141", "2006", None, True,
  "nominal protests with their agent in the phrase ('led by'): required; 'months of' before September: year")
E("x03", "which accused him of abusing power after", PAD, THAKSIN, ["11"], "112", "2006", None, False,
  "undated background accusation in a relative clause: optional")
E("x03", "The United States said it was disappointed", A("United States", "USA", "GOV"), CNCL, DEMAND, "104",
  "2006-09", None, False, "single outside reaction (criticism and a demand for reform): optional")
E("x03", "welcomed the coup and called off a", A("Sondhi Limthongkul", "THA", ["OPP", "MED"]), CNCL, ["05"], "051",
  "2006-09", None, False, "praise of the coup by a protest leader: optional")
F("x03", "The army has staged more than a", "count and standing situation (coups since 1932)")
F("x03", "It was not clear whether Thaksin would", "speculation")

# ---------------------------------------------------------------- x04 Pristina, Europe/Eurasia
S("x04", "1999-01-19", "Europe/Eurasia", """
Belgrade orders U.S. monitor out of Kosovo over Racak killings

PRISTINA, Yugoslavia —

Yugoslavia on Monday ordered William Walker, the American diplomat who heads the international monitoring mission in Kosovo, to leave the country within 48 hours, after he blamed Serbian police for the killing of 45 ethnic Albanians in the village of Racak.

The foreign ministry declared Walker persona non grata, saying he had invented a massacre to justify NATO intervention. The Organization for Security and Cooperation in Europe, which runs the mission, said he would stay at his post.

Walker visited the village on Saturday, a day after the killings, and found bodies lying in a gully, many shot at close range. He told reporters it was a crime against humanity committed by Serbian security forces.

Serbian officials said the dead were rebels of the Kosovo Liberation Army who had fallen in a police operation against a guerrilla base.

Police fought their way back into Racak on Sunday, exchanging fire with guerrillas in the hills, and carried the bodies to a morgue in Pristina.

On Monday Yugoslav border guards turned back Louise Arbour, the chief prosecutor of the U.N. war crimes tribunal, when she tried to enter Kosovo from Macedonia.

NATO said it was sending its two top generals to Belgrade to warn President Slobodan Milosevic. Adem Demaci, the guerrillas' political representative, accused Belgrade of trying to empty the province of Albanians.

About 2,000 unarmed monitors are meant to patrol the province under an October deal. Whether they can now do their work was not clear.
""")
YUG = A("Yugoslavia", "SRB", "GOV")
WALKER = A("William Walker", "USA", ["IGO", "GOV"])
SRBCOP = A("Serbian police", "SRB", "COP")
KLA = A("Kosovo Liberation Army", "SRB", ["REB", "MIL"])
E("x04", "Belgrade orders U.S. monitor out of Kosovo", YUG, WALKER, EXPEL, "1662", "1999-01-18", None, False,
  "headline")
E("x04", "Yugoslavia on Monday ordered William Walker, the", YUG, WALKER, EXPEL, "1662", "1999-01-18", None, True,
  "expulsion of the head of an observer mission 1662 (16/17); Walker by his nationality with IGO/GOV sectors "
  "(coders split between the mission and his country)")
E("x04", "after he blamed Serbian police for the", WALKER, SRBCOP, ["11"], "112", "1999-01", None, False,
  "lead summary of the accusation detailed in paragraph three: optional")
E("x04", "saying he had invented a massacre to", A("Yugoslav foreign ministry", "SRB", "GOV"), WALKER, ["11"], "112",
  "1999-01-18", None, True, "accusation of fabrication, the ground the ministry gave for the Monday order")
E("x04", "The foreign ministry declared Walker persona non", A("Yugoslav foreign ministry", "SRB", "GOV"), WALKER,
  EXPEL, "1662", "1999-01-18", None, False, "restatement of the expulsion: optional")
E("x04", "said he would stay at his post", A("OSCE", None, "IGO"), YUG, ["12"], "120", "1999-01", None, False,
  "the mission's defiance of the order (reject 12): optional")
E("x04", "He told reporters it was a crime", WALKER, A("Serbian security forces", "SRB", ["COP", "MIL"]), ["11"],
  "112", "1999-01", None, True, "accusation; 'He' = Walker; the sentence follows the Saturday visit but has no day "
  "of its own: month")
E("x04", "He told reporters it was a crime", A("Serbian security forces", "SRB", ["COP", "MIL"]),
  A("Racak villagers", "SRB", "CVL"), ["18", "20"], "180", "1999-01-15", P("Racak", "SRB"), False,
  "the killings as an act inside Walker's accusation, disputed by Belgrade: optional; 'a day after' Saturday")
E("x04", "Serbian officials said the dead were rebels", YUG, WALKER, DENY, "016", "1999-01", None, False,
  "counter-account that amounts to a denial of the massacre: optional (the rejection that carries the story is the "
  "ministry's accusation above)")
E("x04", "Police fought their way back into Racak", SRBCOP, KLA, CLASH, "190", "1999-01-17", P("Racak", "SRB"), True,
  "armed clash 190 (19/18/14); unnamed police are the story's country's (Serbian); the clause names Racak; 'on "
  "Sunday' in a Tuesday paper")
E("x04", "Police fought their way back into Racak", KLA, SRBCOP, CLASH, "190", "1999-01-17", P("Racak", "SRB"), False,
  "reverse direction of the exchange of fire: optional")
E("x04", "Yugoslav border guards turned back Louise Arbour", A("Yugoslav border guards", "SRB", ["COP", "MIL"]),
  A("Louise Arbour", "UNO", ["IGO", "JUD"]), ["17", "16", "12"], "172", "1999-01-18", None, True,
  "refusing entry to a prosecutor (administrative sanction 172; 16/12 also read); 'On Monday'; 'from Macedonia' "
  "gives no place for the act")
E("x04", "NATO said it was sending its two", A("NATO", "NAT", ["IGO", "MIL"]), A("Slobodan Milosevic", "SRB", "GOV"),
  ["13", "04"], "130", "1999-01", None, False, "announced mission to warn: intention, optional")
E("x04", "accused Belgrade of trying to empty the", A("Adem Demaci", "SRB", ["REB", "OPP"]), YUG, ["11"], "112",
  "1999-01", None, True, "accusation; 'Belgrade' is the government; no day: month")
F("x04", "About 2,000 unarmed monitors are meant to", "count and standing arrangement")
F("x04", "Whether they can now do their work", "speculation")

# ---------------------------------------------------------------- x05 Brasilia, Americas
S("x05", "2006-05-03", "Americas", """
Brazil weighs response as Bolivia seizes control of gas fields

BRASILIA, Brazil —

President Luiz Inacio Lula da Silva met his energy team on Tuesday to decide how to answer Bolivia's nationalization of its natural gas industry, which has put Brazil's state oil company at the mercy of a neighbour that supplies half of Brazil's gas.

Bolivian President Evo Morales signed the decree on Monday at the San Alberto field, which Petrobras operates, and soldiers occupied more than 50 gas and oil installations across the country the same day. Foreign firms were given 180 days to sign new contracts or leave.

Petrobras's chief executive, Jose Sergio Gabrielli, called the measure unfriendly and said the company would freeze new investment in Bolivia. He did not rule out taking the dispute to international arbitration.

After the meeting, Lula's spokesman, Andre Singer, said Brazil recognized Bolivia's sovereign right to its resources but would defend the interests of Petrobras firmly. Opposition senators accused Lula of naivety toward Morales, his political ally.

Bolivia's hydrocarbons minister, Andres Soliz Rada, brushed aside talk of compensation. "The companies have earned enough," he told reporters in La Paz.

Spain, whose oil company Repsol YPF also pumps Bolivian gas, summoned Bolivia's ambassador in Madrid to explain the decree.

Lula, Morales and the presidents of Argentina and Venezuela are due to meet on Thursday in the Argentine border town of Puerto Iguazu.

Bolivia holds South America's second-largest gas reserves after Venezuela. It was not clear whether supplies to Sao Paulo would be interrupted.
""")
MORALES = A("Evo Morales", "BOL", "GOV")
BOLG = A("Bolivia", "BOL", "GOV")
PETRO = A("Petrobras", "BRA", ["BUS", "GOV"])
LULA = A("Luiz Inacio Lula da Silva", "BRA", "GOV")
E("x05", "Brazil weighs response as Bolivia seizes control", BOLG, PETRO, ["17", "16"], "1711", "2006-05-01", None,
  False, "headline")
E("x05", "how to answer Bolivia's nationalization of its", BOLG, PETRO, ["17", "16"], "1711", "2006-05", None, False,
  "nominal lead summary of the decree detailed in paragraph two: optional")
E("x05", "Bolivian President Evo Morales signed the decree", MORALES, PETRO, ["17", "16"], "1711", "2006-05-01",
  P("San Alberto", "BOL"), True, "nationalization decree: confiscation 1711 (17; sanction 16 also read); target the "
  "foreign firm the clause names (the field's operator); the clause names San Alberto")
E("x05", "soldiers occupied more than 50 gas and", A("Bolivian army", "BOL", "MIL"),
  A("foreign energy companies", None, "BUS"), ["17", "19"], "1711", "2006-05-01", None, True,
  "occupation of installations (seize property 1711; 19 also read); unnamed soldiers are Bolivia's; 'the same "
  "day' = Monday; 'across the country' gives no place; the firms are of several countries")
E("x05", "Foreign firms were given 180 days to", BOLG, A("foreign energy companies", None, "BUS"), ["13", "17"],
  "130", "2006-05-01", None, False, "ultimatum inside the decree (agentless passive restating it): optional")
E("x05", "called the measure unfriendly and said the", A("Jose Sergio Gabrielli", "BRA", ["BUS", "GOV"]), BOLG,
  ["11"], "111", "2006-05", None, True, "criticism; no day: month")
E("x05", "said the company would freeze new investment", PETRO, BOLG, ["16"], "160", "2006-05", None, False,
  "announced freeze stated as 'would': intention, optional")
E("x05", "said Brazil recognized Bolivia's sovereign right to", A("Andre Singer", "BRA", "GOV"), BOLG, ["05", "01"],
  "050", "2006-05-02", None, False, "acknowledgment of the right with a caveat (support 05; a comment 01 also "
  "read): optional; 'After the meeting' = Tuesday")
E("x05", "Opposition senators accused Lula of naivety toward", A("Brazilian opposition senators", "BRA",
  ["LEG", "OPP"]), LULA, ["11"], "112", "2006-05", None, True, "accusation (criticism) of one's own president; month")
E("x05", "Andres Soliz Rada, brushed aside talk of", A("Andres Soliz Rada", "BOL", "GOV"), PETRO, ["12"], "120",
  "2006-05", None, True, "rejecting compensation (reject 12); target the firm the story centres on; 'in La Paz' sits "
  "in the next sentence, not this clause: no place")
E("x05", "summoned Bolivia's ambassador in Madrid to explain", A("Spain", "ESP", "GOV"), BOLG, ["11"], "114",
  "2006-05", P("Madrid", "ESP"), True, "summons of an envoy 114 (news-dev); the clause names Madrid; no day: month")
E("x05", "are due to meet on Thursday in", LULA, MORALES, ["03", "04"], "036", "2006-05", None, False,
  "scheduled meeting (intent to meet 036); future day, so only the month: optional")
F("x05", "Bolivia holds South America's second-largest gas reserves", "standing situation")
F("x05", "It was not clear whether supplies to", "speculation")

# ---------------------------------------------------------------- x06 Canberra, Pacific
S("x06", "2001-08-30", "Pacific", """
Australian troops board refugee ship as Canberra refuses landing

CANBERRA, Australia —

Australian special forces boarded a Norwegian freighter off Christmas Island on Wednesday after its captain defied orders to stay out of Australian waters with more than 430 rescued asylum seekers on deck.

About 45 soldiers of the Special Air Service climbed aboard the Tampa and took control of the bridge, the ship's owners said. Prime Minister John Howard told parliament that none of the passengers, most of them Afghans, would be allowed to set foot on Australian soil.

The captain, Arne Rinnan, had picked the migrants up on Sunday from a sinking Indonesian ferry. He turned toward Christmas Island when several of them threatened to jump overboard, according to the shipowner, Wilhelmsen.

Norway's foreign minister, Thorbjorn Jagland, accused Australia of breaking international maritime law and said Oslo would raise the case at the United Nations. The Norwegian ambassador was told to press for the people to be landed at once.

Indonesia, which the ferry had left, refused to take them back. A doctor sent out by the Australian military reported that many were dehydrated but none was in danger.

The Senate on Wednesday night threw out a bill rushed in by Howard that would have let officials remove any ship from Australian waters by force. The Labor leader, Kim Beazley, said the measure went too far.

Australia received about 4,000 boat people in the past year, most of them through Indonesia. It was not clear where the Tampa would finally unload its passengers.
""")
AUSM = A("Australian special forces", "AUS", "MIL")
TAMPA = A("Tampa", "NOR", None)
ASYL = A("asylum seekers on the Tampa", "AFG", ["REF", "CVL"])
HOWARD = A("John Howard", "AUS", "GOV")
RINNAN = A("Arne Rinnan", "NOR", ["BUS", "CVL"])
E("x06", "Australian troops board refugee ship as Canberra", AUSM, TAMPA, SEIZE, "1711", "2001-08-29", None, False,
  "headline")
E("x06", "Australian special forces boarded a Norwegian freighter", AUSM, TAMPA, SEIZE, "1711", "2001-08-29",
  P("Christmas Island", "AUS"), True, "boarding and taking control of a ship (seizure 1711, 17/19/18 as owned9's "
  "tankers); the ship as premises of its flag country; 'off Christmas Island' names the place")
E("x06", "after its captain defied orders to stay", RINNAN, A("Australia", "AUS", "GOV"), ["12"], "120", "2001-08",
  None, False, "defiance of an order by a civilian captain, in an 'after' clause: optional")
E("x06", "About 45 soldiers of the Special Air", AUSM, TAMPA, SEIZE, "1711", "2001-08-29", None, False,
  "restatement of the boarding inside the owners' account: optional")
E("x06", "Prime Minister John Howard told parliament that", HOWARD, ASYL, ["12", "17"], "120", "2001-08", None, True,
  "stated refusal to let them land (a refusal is an event); 'most of them Afghans' gives the country; no day: month")
E("x06", "had picked the migrants up on Sunday", RINNAN, ASYL, ["07"], "073", "2001-08-26", None, True,
  "rescue at sea as humanitarian help 073; dated background 'on Sunday' in a Thursday paper")
E("x06", "when several of them threatened to jump", ASYL, RINNAN, ["13"], "130", "2001-08", None, False,
  "threat inside the shipowner's account: optional")
E("x06", "accused Australia of breaking international maritime law", A("Thorbjorn Jagland", "NOR", "GOV"),
  A("Australia", "AUS", "GOV"), ["11"], "112", "2001-08", None, True, "accusation; month")
E("x06", "The Norwegian ambassador was told to press", A("Norway", "NOR", "GOV"), A("Australia", "AUS", "GOV"),
  DEMAND, "1055", "2001-08", None, False, "instruction to press for a landing (agentless passive, intention): "
  "optional")
E("x06", "Indonesia, which the ferry had left, refused", A("Indonesia", "IDN", "GOV"), ASYL, ["12"], "120",
  "2001-08", None, True, "refusal to take the migrants back; month")
E("x06", "The Senate on Wednesday night threw out", A("Australian Senate", "AUS", ["LEG", "OPP"]), HOWARD, ["12"],
  "120", "2001-08-29", None, True, "the upper house rejecting the government's bill (reject 12); 'on Wednesday "
  "night' in Canberra, before midnight")
E("x06", "Kim Beazley, said the measure went too", A("Kim Beazley", "AUS", ["OPP", "PTY"]), HOWARD, ["11"], "111",
  "2001-08", None, False, "criticism by the opposition leader, restating the Senate's grounds: optional")
F("x06", "Australia received about 4,000 boat people in", "count")
F("x06", "It was not clear where the Tampa", "speculation")

# ---------------------------------------------------------------- x07 Washington, South Asia
S("x07", "1998-05-14", "South Asia", """
Clinton imposes sanctions on India after second round of nuclear tests

WASHINGTON, United States —

President Bill Clinton ordered sweeping economic sanctions against India on Wednesday, hours after New Delhi set off two more nuclear devices in the Rajasthan desert despite worldwide calls for restraint.

Speaking in Potsdam, Germany, where he was attending a ceremony, Clinton said India had made "a terrible mistake." The measures, required by a 1994 law, cut off most U.S. aid, bar American banks from lending to the Indian government and oblige Washington to vote against loans to India at the World Bank.

India exploded three devices on Monday at Pokhran, its first tests since 1974. Prime Minister Atal Bihari Vajpayee declared that the country was now a nuclear weapons state and offered to join talks on a treaty banning the production of fissile material.

Japan, India's largest aid donor, froze new grants on Tuesday and said it would review its loans. China, which Indian officials have named as the threat that drove the tests, said it was shocked and called on India to halt its nuclear programme.

Pakistan's foreign minister, Gohar Ayub Khan, warned that his country would respond at a time of its choosing. State Department spokesman James Rubin urged Islamabad not to follow its neighbour's example.

In New Delhi, members of the ruling Bharatiya Janata Party handed out sweets in the streets.

India, which has never signed the Nuclear Non-Proliferation Treaty, is believed to have enough plutonium for dozens of weapons. It was not clear whether other Western governments would join the sanctions.
""")
CLINTON = A("Bill Clinton", "USA", "GOV")
INDG = A("India", "IND", "GOV")
E("x07", "Clinton imposes sanctions on India after second", CLINTON, INDG, SANCT, "163", "1998-05-13", None, False,
  "headline")
E("x07", "ordered sweeping economic sanctions against India on", CLINTON, INDG, SANCT, "163", "1998-05-13", None,
  True, "economic sanctions 163 (16/17); 'on Wednesday' in a Thursday paper; the place is given only in the next "
  "sentence")
E("x07", "hours after New Delhi set off two", INDG, None, TEST, "150", "1998-05-13", None, True,
  "nuclear test as a show of military power 150 (15; a threat 13 also read), no target; 'New Delhi' is the "
  "government; 'hours after' Wednesday's order")
E("x07", "Clinton said India had made \"a terrible", CLINTON, INDG, ["11"], "111", "1998-05", P("Potsdam", "DEU"),
  False, "criticism in the same appearance as the sanctions: optional; 'Speaking in Potsdam' opens the clause")
E("x07", "India exploded three devices on Monday at", INDG, None, TEST, "150", "1998-05-11", P("Pokhran", "IND"),
  True, "first tests; dated; the clause names Pokhran")
E("x07", "offered to join talks on a treaty", A("Atal Bihari Vajpayee", "IND", "GOV"), None, ["03", "04"], "036",
  "1998-05", None, False, "offer to negotiate with no addressee: optional")
E("x07", "froze new grants on Tuesday and said", A("Japan", "JPN", "GOV"), INDG, ["16"], "1621", "1998-05-12", None,
  True, "cut of economic aid 1621; 'on Tuesday'")
E("x07", "said it was shocked and called on", A("China", "CHN", "GOV"), INDG, DEMAND, "1056", "1998-05", None, True,
  "demand to halt the programme (de-escalation 1056; 'called on' 02 also read); the relative clause about Indian "
  "officials naming China is a standing claim, not coded; no day: month")
E("x07", "warned that his country would respond at", A("Gohar Ayub Khan", "PAK", "GOV"), INDG, ["13"], "130",
  "1998-05", None, True, "threat of an unspecified response; month")
E("x07", "urged Islamabad not to follow its neighbour's", A("James Rubin", "USA", "GOV"), A("Pakistan", "PAK", "GOV"),
  DEMAND, "0256", "1998-05", None, True, "appeal for restraint (0256; 10 also read); 'Islamabad' is the government")
F("x07", "India, which has never signed the Nuclear", "standing situation (treaty status, stockpile)")
F("x07", "It was not clear whether other Western", "speculation")

# ---------------------------------------------------------------- x08 Tokyo, Asia
S("x08", "2005-04-11", "Asia", """
Japan demands apology after protesters stone its Beijing embassy

TOKYO, Japan —

Japan's foreign minister, Nobutaka Machimura, summoned China's ambassador on Sunday and demanded an apology and compensation after thousands of protesters hurled stones and bottles at the Japanese embassy in Beijing.

Saturday's march, the largest anti-Japanese demonstration in China for years, drew some 10,000 people angered by a Japanese history textbook and by Tokyo's bid for a permanent seat on the U.N. Security Council. Chinese police lined the route but made little effort to hold the crowd back, Japanese diplomats said. Windows at the ambassador's residence were smashed and two Japanese students were beaten in a restaurant.

The ambassador, Wang Yi, told Machimura that Beijing did not approve of violence but that Japan must face up to its wartime past, according to the Japanese foreign ministry.

In Beijing, foreign ministry spokesman Qin Gang turned down the demand for an apology. "The Chinese government is not responsible for this situation," he said. He urged Tokyo to handle questions of history correctly.

Prime Minister Junichiro Koizumi called the attacks regrettable and asked Beijing to protect Japanese citizens and businesses.

The protests spread on Sunday to Guangzhou and Shenzhen, where crowds marched on the Japanese consulate and smashed the windows of a Japanese department store, residents said.

China is Japan's biggest trading partner, with two-way trade of more than $160 billion last year. It was not clear whether the two governments would hold planned talks on the row.
""")
MACHI = A("Nobutaka Machimura", "JPN", "GOV")
CHNG = A("China", "CHN", "GOV")
JPNG = A("Japan", "JPN", "GOV")
CHNP = A("Chinese protesters", "CHN", "CVL")
E("x08", "Japan demands apology after protesters stone its", JPNG, CHNG, DEMAND, "100", "2005-04-10", None, False,
  "headline")
E("x08", "summoned China's ambassador on Sunday and demanded", MACHI, A("Wang Yi", "CHN", "GOV"), ["11"], "114",
  "2005-04-10", None, True, "summons of an envoy 114 (news-dev); 'on Sunday' in a Monday paper; Tokyo dateline, no "
  "place in the clause")
E("x08", "demanded an apology and compensation after thousands", MACHI, CHNG, DEMAND, "100", "2005-04-10", None,
  True, "demand for an apology and compensation, the second act of the same sentence but the substance of the "
  "summons: required")
E("x08", "thousands of protesters hurled stones and bottles", CHNP, A("Japanese embassy in Beijing", "JPN", None),
  VPROT, "145", "2005-04", P("Beijing", "CHN"), True, "violent protest at an embassy 145 (premises: country, "
  "sector null); in an 'after' clause, day only from the next sentence: month; the clause names Beijing")
E("x08", "Saturday's march, the largest anti-Japanese demonstration in", CHNP, JPNG, ["14"], "141", "2005-04-09",
  None, False, "restatement of the march: optional")
E("x08", "two Japanese students were beaten in a", CHNP, A("Japanese students", "JPN", ["EDU", "CVL"]), ["18"],
  "180", "2005-04", None, False, "agentless passive, the attackers not named: optional")
E("x08", "told Machimura that Beijing did not approve", A("Wang Yi", "CHN", "GOV"), MACHI, ["11"], "111", "2005-04-10",
  None, False, "rebuke inside the Japanese ministry's account of the meeting: optional")
E("x08", "Qin Gang turned down the demand for", A("Qin Gang", "CHN", "GOV"), JPNG, ["12"], "120", "2005-04",
  P("Beijing", "CHN"), True, "rejection of the demand; 'In Beijing' opens the clause; no day: month")
E("x08", "He urged Tokyo to handle questions of", A("Qin Gang", "CHN", "GOV"), JPNG, DEMAND, "100", "2005-04", None,
  False, "'He' = Qin, 'Tokyo' the government; a follow-up appeal in the same briefing: optional")
E("x08", "Junichiro Koizumi called the attacks regrettable and", A("Junichiro Koizumi", "JPN", "GOV"), CHNG, ["11"],
  "111", "2005-04", None, True, "criticism; month")
E("x08", "asked Beijing to protect Japanese citizens and", A("Junichiro Koizumi", "JPN", "GOV"), CHNG, DEMAND, "020",
  "2005-04", None, False, "appeal, second act of the sentence: optional; 'Beijing' is the government")
E("x08", "The protests spread on Sunday to Guangzhou", CHNP, JPNG, ["14"], "141", "2005-04-10", P("Guangzhou", "CHN"),
  True, "demonstrations; 'on Sunday'; two cities named, the first given")
E("x08", "where crowds marched on the Japanese consulate", CHNP, A("Japanese department store", "JPN", "BUS"), VPROT,
  "145", "2005-04-10", None, False, "damage inside residents' account: optional")
F("x08", "China is Japan's biggest trading partner, with", "standing situation and count")
F("x08", "It was not clear whether the two", "speculation")

# ---------------------------------------------------------------- x09 Moscow, Europe/Eurasia
S("x09", "1995-06-20", "Europe/Eurasia", """
Chechen raiders free last hostages after Chernomyrdin deal

MOSCOW, Russia —

Chechen gunmen who had held more than 1,000 people in a hospital in southern Russia for five days released their last captives on Tuesday after reaching the mountain village of Zandak, ending a raid that has shaken the Kremlin.

The fighters, led by the field commander Shamil Basayev, had left Budennovsk on Monday in a convoy of buses, taking about 120 volunteers as human shields, among them several deputies and journalists.

Their departure was the price of a deal that Prime Minister Viktor Chernomyrdin struck with Basayev by telephone on Sunday. Chernomyrdin promised an immediate halt to military operations in Chechnya and talks on the republic's future in return for the hostages.

The rebels stormed into Budennovsk on June 14, shooting policemen and civilians in the streets before herding people into the hospital. On Saturday special forces twice tried to retake the building and were beaten back.

Basayev had threatened to shoot hostages unless Moscow pulled its troops out of Chechnya.

Sergei Kovalyov, a veteran rights campaigner and deputy who helped arrange the talks, accused the security services of gambling with the lives of the captives in the failed assault.

President Boris Yeltsin, who was at a summit of industrial powers in Halifax, Canada, brushed off calls for his resignation. Russian negotiators and Chechen envoys are due to meet in Grozny on Wednesday.

Budennovsk, a town of about 100,000, lies some 110 km north of the Chechen border. Whether the truce would hold was not clear.
""")
CHRB = A("Chechen rebels", "RUS", ["REB", "MIL"])
BASAYEV = A("Shamil Basayev", "RUS", ["REB", "MIL"])
HOST = A("hostages", "RUS", "CVL")
CHERNO = A("Viktor Chernomyrdin", "RUS", "GOV")
RUSSF = A("Russian special forces", "RUS", ["MIL", "COP"])
E("x09", "Chechen raiders free last hostages after Chernomyrdin", CHRB, HOST, ["08"], "0841", "1995-06-20", None,
  False, "headline")
E("x09", "released their last captives on Tuesday after", CHRB, HOST, ["08"], "0841", "1995-06-20",
  P("Zandak", "RUS"), True, "release of hostages 0841; the clause names Zandak; Chechen rebels as rebels of Russia")
E("x09", "who had held more than 1,000 people", CHRB, HOST, HOSTAGE, "181", "1995-06", None, False,
  "relative-clause restatement of the hostage-taking detailed in paragraph four: optional")
E("x09", "taking about 120 volunteers as human shields", CHRB, HOST, HOSTAGE, "181", "1995-06-19",
  P("Budennovsk", "RUS"), True, "taking human shields 181 (18/17); 'on Monday'; the clause names Budennovsk")
E("x09", "a deal that Prime Minister Viktor Chernomyrdin", CHERNO, BASAYEV, AGREE, "057", "1995-06-18", None, True,
  "deal struck by telephone, in a relative clause with its own day ('on Sunday'); the first-mentioned party's "
  "direction required")
E("x09", "a deal that Prime Minister Viktor Chernomyrdin", BASAYEV, CHERNO, AGREE, "057", "1995-06-18", None, False,
  "reverse direction of the deal: optional")
E("x09", "struck with Basayev by telephone on Sunday", CHERNO, BASAYEV, ["04"], "041", "1995-06-18", None,
  False, "the telephone talks themselves (041, owned9's calls): optional")
E("x09", "Chernomyrdin promised an immediate halt to military", CHERNO, BASAYEV, ["03", "08"], "0356", "1995-06-18",
  None, False, "the deal's terms restated as a promise: optional")
E("x09", "The rebels stormed into Budennovsk on June", CHRB, A("Budennovsk police and residents", "RUS",
  ["COP", "CVL"]), ATTACK, "190", "1995-06-14", P("Budennovsk", "RUS"), True, "armed raid on the town; dated "
  "background; the clause names Budennovsk")
E("x09", "before herding people into the hospital", CHRB, HOST, HOSTAGE, "181", "1995-06-14", P("Budennovsk", "RUS"),
  True, "the hostage-taking, a second act of the dated sentence: required (the story's core act)")
E("x09", "On Saturday special forces twice tried to", RUSSF, CHRB, FORCE, "190", "1995-06-17", P("Budennovsk", "RUS"),
  True, "failed assault 190; unnamed special forces are Russia's; 'the building' = the hospital in Budennovsk, "
  "which the text makes explicit")
E("x09", "Basayev had threatened to shoot hostages unless", BASAYEV, A("Russia", "RUS", "GOV"), ["13"], "138",
  "1995-06", None, True, "threat to kill hostages 138 (owned9's w03); 'Moscow' is the government; undated "
  "pluperfect: month")
E("x09", "accused the security services of gambling with", A("Sergei Kovalyov", "RUS", ["LEG", "NGO"]), RUSSF,
  ["11"], "112", "1995-06", None, True, "accusation by a rights campaigner and deputy; month")
E("x09", "brushed off calls for his resignation", A("Boris Yeltsin", "RUS", "GOV"), None, ["12"], "120", "1995-06",
  None, False, "rejecting calls of no named source: optional; Halifax is in the relative clause, not the act's")
E("x09", "Russian negotiators and Chechen envoys are due", A("Russian negotiators", "RUS", "GOV"), CHRB, ["03", "04"],
  "036", "1995-06", None, False, "scheduled talks (future): optional")
F("x09", "Budennovsk, a town of about 100,000, lies", "count and geography")
F("x09", "Whether the truce would hold was not", "speculation")

# ---------------------------------------------------------------- x10 Havana, Americas
S("x10", "1994-08-21", "Americas", """
Rafters keep leaving Cuba as Clinton cuts off cash and flights

HAVANA, Cuba —

Hundreds of Cubans pushed off from the beaches east of Havana on Saturday on inner tubes and homemade rafts, hours after President Bill Clinton cut off cash remittances and most charter flights to the island to put pressure on Fidel Castro's government.

The measures, announced in Washington, followed Clinton's decision on Friday to end almost three decades of automatic asylum for Cubans. Rafters picked up at sea by the Coast Guard are now being taken to the U.S. naval base at Guantanamo Bay instead of to Florida.

The exodus began after Castro said on Aug. 5 that his border guards would no longer stop people who wanted to leave unless Washington stopped welcoming them. Earlier that day crowds had thrown stones at police and looted shops along the Malecon seafront in the worst unrest since the revolution. Police and workers from state brigades broke up the riot with clubs.

The Communist Party newspaper Granma accused the United States of encouraging illegal departures for three decades and of strangling the island with its embargo.

In Miami, exile leader Jorge Mas Canosa, who heads the Cuban American National Foundation, welcomed the new restrictions and urged Clinton to blockade the island.

Florida's governor, Lawton Chiles, had declared a state of emergency on Thursday, saying the state could not absorb another Mariel.

More than 125,000 Cubans reached Florida during the 1980 Mariel boatlift. It was not clear whether Castro would order the patrols to resume.
""")
CUBG = A("Cuba", "CUB", "GOV")
RAFT = A("Cuban rafters", "CUB", ["REF", "CVL"])
CASTRO = A("Fidel Castro", "CUB", "GOV")
E("x10", "Rafters keep leaving Cuba as Clinton cuts", CLINTON, CUBG, SANCT, "163", "1994-08-20", None, False,
  "headline")
E("x10", "hours after President Bill Clinton cut off", CLINTON, CUBG, SANCT, "163", "1994-08-20", None, True,
  "sanctions 163 (16/17); 'hours after' the Saturday departures: Saturday")
E("x10", "followed Clinton's decision on Friday to end", CLINTON, RAFT, ["17", "16", "12"], "172", "1994-08-19", None,
  True, "ending asylum for a class of migrants (administrative sanction 172; 16/12 also read); a nominal event with "
  "its agent and day")
E("x10", "Rafters picked up at sea by the", A("U.S. Coast Guard", "USA", ["MIL", "COP"]), RAFT, ["17"], "173",
  "1994-08", None, True, "detention and transfer of the rafters (173) in an agentless passive whose agent the "
  "participle names; present progressive: month; Guantanamo is the destination, not the place of the act")
E("x10", "after Castro said on Aug. 5 that", CASTRO, A("United States", "USA", "GOV"), ["13"], "130", "1994-08-05",
  None, True, "conditional threat to stop guarding the coast (130); dated; 'Washington' is the government")
E("x10", "crowds had thrown stones at police and", A("Cuban rioters", "CUB", "CVL"), A("Cuban police", "CUB", "COP"),
  VPROT, "145", "1994-08-05", P("Havana", "CUB"), True, "riot 145 (14/18/17); 'Earlier that day' = Aug. 5; the "
  "Malecon seafront is Havana's, which the dateline makes explicit")
E("x10", "Police and workers from state brigades broke", A("Cuban police", "CUB", "COP"),
  A("Cuban rioters", "CUB", "CVL"), REPR, "175", "1994-08", P("Havana", "CUB"), True,
  "breaking up a riot with clubs 175 (17/18); the sentence has no day of its own: month")
E("x10", "Granma accused the United States of encouraging", A("Granma", "CUB", ["MED", "GOV"]),
  A("United States", "USA", "GOV"), ["11"], "112", "1994-08", None, True, "accusation by the party newspaper; month")
E("x10", "welcomed the new restrictions and urged Clinton", A("Jorge Mas Canosa", "USA", ["CVL", "NGO"]), CLINTON,
  ["05"], "051", "1994-08", P("Miami", "USA"), False, "praise by an exile leader: optional; 'In Miami' opens the "
  "clause")
E("x10", "welcomed the new restrictions and urged Clinton", A("Jorge Mas Canosa", "USA", ["CVL", "NGO"]), CLINTON,
  DEMAND, "1056", "1994-08", P("Miami", "USA"), False, "call for a blockade (a demand, 10/02; the code is a rough "
  "fit), second act: optional")
E("x10", "Lawton Chiles, had declared a state of", A("Lawton Chiles", "USA", "GOV"), RAFT, COUP, "1724",
  "1994-08-18", None, False, "a state governor's emergency aimed at no actor but the arrivals: optional (domestic "
  "administrative measure)")
F("x10", "More than 125,000 Cubans reached Florida during", "count (1980)")
F("x10", "It was not clear whether Castro would", "speculation")

# ---------------------------------------------------------------- x11 Algiers, Middle East
S("x11", "1992-01-13", "Middle East", """
Algeria's army-backed council halts election Islamists were set to win

ALGIERS, Algeria —

Algeria's High Security Council, dominated by the army, cancelled on Sunday the second round of parliamentary elections that the Islamic Salvation Front had been poised to win, a day after President Chadli Bendjedid resigned under pressure from the generals.

Tanks and armoured cars took up positions outside the presidency, the radio and television building and the main post office in the capital.

The council, which includes Defence Minister Khaled Nezzar, said on state radio that the electoral process could not go on until institutions worked normally.

Abdelkader Hachani, the front's acting leader, denounced the move as a coup d'etat and told his supporters to stay calm but ready to defend their votes. The front won 188 of the 231 seats decided in the first round on Dec. 26.

Hocine Ait Ahmed, whose Socialist Forces Front finished second, condemned the cancellation and called on Algerians to march against it.

Chadli, who had led the country since 1979, announced his resignation on Saturday in a brief televised address. Officials disclosed that he had dissolved parliament a week earlier, leaving no speaker to act as interim head of state.

In Paris, Foreign Minister Roland Dumas said France was following events with great concern. The head of the Constitutional Council, Abdelmalek Benhabyles, declined to take over the presidency, according to the official APS news agency.

Algeria has about 26 million people. Whether the front would call its supporters into the streets was not clear.
""")
HSC = A("High Security Council", "DZA", ["GOV", "MIL"])
FIS = A("Islamic Salvation Front", "DZA", ["PTY", "OPP", "RAD"])
CHADLI = A("Chadli Bendjedid", "DZA", "GOV")
DZAMIL = A("Algerian army", "DZA", "MIL")
E("x11", "Algeria's army-backed council halts election Islamists were", HSC, FIS, ["17", "19"], "1721", "1992-01-12",
  None, False, "headline")
E("x11", "cancelled on Sunday the second round of", HSC, FIS, ["17", "19"], "1721", "1992-01-12", None, True,
  "cancelling an election the front was set to win: restriction of political freedoms 1721 (17; coders who read a "
  "coup 19 also accepted); target the party the clause names")
E("x11", "a day after President Chadli Bendjedid resigned", CHADLI, DZAMIL, ["08"], "0831", "1992-01-11", None, True,
  "resignation under the generals' pressure 0831 with them as target (news-dev d09); 'a day after' Sunday")
E("x11", "Tanks and armoured cars took up positions", DZAMIL, None, ["15", "17"], "154", "1992-01",
  P("Algiers", "DZA"), False, "deployment in the capital with no target actor: optional; 'in the capital' is "
  "Algiers")
E("x11", "denounced the move as a coup d'etat", A("Abdelkader Hachani", "DZA", ["PTY", "OPP", "RAD"]), HSC, ["11"],
  "111", "1992-01", None, True, "denunciation; no day: month")
E("x11", "condemned the cancellation and called on Algerians", A("Hocine Ait Ahmed", "DZA", ["PTY", "OPP"]), HSC,
  ["11"], "111", "1992-01", None, True, "condemnation; the call to march is to the public, not coded")
E("x11", "announced his resignation on Saturday in a", CHADLI, DZAMIL, ["08"], "0831", "1992-01-11", None, False,
  "restatement of the resignation: optional")
E("x11", "that he had dissolved parliament a week", CHADLI, A("National People's Assembly", "DZA", "LEG"), ["17"],
  "1721", "1992-01", None, False, "dissolution disclosed later, inside officials' account: optional")
E("x11", "Roland Dumas said France was following events", A("Roland Dumas", "FRA", "GOV"), HSC, ["01"], "012",
  "1992-01", P("Paris", "FRA"), False, "comment of concern (012): optional; 'In Paris' opens the clause")
E("x11", "Abdelmalek Benhabyles, declined to take over the", A("Abdelmalek Benhabyles", "DZA", ["JUD", "GOV"]), HSC,
  ["12"], "120", "1992-01", None, True, "refusal of the interim presidency (a stated refusal is an event), reported "
  "by the official agency, not disputed; month")
F("x11", "Algeria has about 26 million people", "count")
F("x11", "Whether the front would call its supporters", "speculation")

# ---------------------------------------------------------------- x12 Khartoum, Africa
S("x12", "1998-08-22", "Africa", """
Sudan demands U.N. inquiry after U.S. missiles flatten Khartoum factory

KHARTOUM, Sudan —

Sudan asked the U.N. Security Council on Friday to send a team to inspect the ruins of a pharmaceutical plant destroyed by American cruise missiles, saying Washington had hit a factory that made medicine, not chemical weapons.

The missiles struck the al-Shifa plant in the industrial district of Khartoum North on Thursday evening, killing a night watchman and wounding about ten people, officials said. At the same hour U.S. warships fired missiles at training camps in eastern Afghanistan linked to the Saudi-born militant Osama bin Laden.

President Bill Clinton said the targets were connected to the Aug. 7 bombings of the U.S. embassies in Kenya and Tanzania. Defense Secretary William Cohen said soil taken near the plant had contained a chemical used to make nerve gas.

Sudan's foreign minister, Mustafa Osman Ismail, denied the charge and accused the United States of state terrorism. The plant's general manager, Osman Suleiman, said it made half the country's medicines.

Thousands of demonstrators marched through the capital on Friday, and some of them broke into the grounds of the U.S. embassy, which has stood empty for two years.

President Omar Hassan al-Bashir told the crowd that Sudan reserved the right to respond at a time of its choosing. The Arab League condemned the strike as a violation of Sudan's sovereignty.

Sudan has been on the U.S. list of states that sponsor terrorism since 1993. It was not clear whether the council would take up the request.
""")
SDNG = A("Sudan", "SDN", "GOV")
USAM = A("U.S. forces", "USA", "MIL")
USAG = A("United States", "USA", "GOV")
SDNP = A("Sudanese demonstrators", "SDN", "CVL")
E("x12", "Sudan demands U.N. inquiry after U.S. missiles", SDNG, UNSC, DEMAND, "020", "1998-08-21", None, False,
  "headline (request)")
E("x12", "after U.S. missiles flatten Khartoum factory", USAM, A("al-Shifa plant", "SDN", None), ATTACK, "195",
  "1998-08-20", None, False, "headline (strike)")
E("x12", "Sudan asked the U.N. Security Council on", SDNG, UNSC, DEMAND, "020", "1998-08-21", None, True,
  "request for a U.N. inspection team (appeal 02; 10 also read); 'on Friday' in a Saturday paper")
E("x12", "saying Washington had hit a factory that", SDNG, USAG, DENY, "016", "1998-08-21", None, False,
  "denial of the weapons claim, restated in paragraph four: optional")
E("x12", "The missiles struck the al-Shifa plant in", USAM, A("al-Shifa plant", "SDN", None), ATTACK, "195",
  "1998-08-20", P("Khartoum North", "SDN"), True, "cruise-missile strike on premises (country, sector null) 195; "
  "'on Thursday evening'; the clause names Khartoum North; the toll is attributed, the strike is not")
E("x12", "U.S. warships fired missiles at training camps", A("U.S. navy", "USA", "MIL"),
  A("training camps in Afghanistan", "AFG", None), ATTACK, "195", "1998-08-20", None, True,
  "second strike, 'At the same hour' = Thursday evening; camps as premises of the country; 'eastern Afghanistan' is "
  "a region: no place")
E("x12", "connected to the Aug. 7 bombings of", A("bombers", None, None), A("U.S. embassies", "USA", None), ATTACK,
  "183", "1998-08-07", None, False, "nominal bombings without an agent in the phrase: optional")
E("x12", "Defense Secretary William Cohen said soil taken", A("William Cohen", "USA", "GOV"), SDNG, ["11"], "112",
  "1998-08", None, False, "implicit accusation through evidence: optional")
E("x12", "Mustafa Osman Ismail, denied the charge and", A("Mustafa Osman Ismail", "SDN", "GOV"), USAG, DENY, "016",
  "1998-08", None, False, "denial, first act of the sentence; the accusation that follows is the required line")
E("x12", "denied the charge and accused the United", A("Mustafa Osman Ismail", "SDN", "GOV"), USAG, ["11"], "112",
  "1998-08", None, True, "accusation of state terrorism; month")
E("x12", "Thousands of demonstrators marched through the capital", SDNP, USAG, ["14"], "141", "1998-08-21",
  P("Khartoum", "SDN"), True, "march 141; 'the capital' with the dateline is Khartoum; 'on Friday'")
E("x12", "some of them broke into the grounds", SDNP, A("U.S. embassy in Khartoum", "USA", None), VPROT, "145",
  "1998-08-21", P("Khartoum", "SDN"), True, "break-in at an embassy 145 (14/18/17), second clause of the Friday "
  "sentence; 'some of them' = the demonstrators")
E("x12", "told the crowd that Sudan reserved the", A("Omar Hassan al-Bashir", "SDN", "GOV"), USAG, ["13"], "130",
  "1998-08", None, True, "threat of retaliation; 'the crowd' ties it to Friday but the sentence has no day: month")
E("x12", "The Arab League condemned the strike as", A("Arab League", None, "IGO"), USAG, ["11"], "111", "1998-08",
  None, False, "single outside condemnation: optional")
F("x12", "Sudan has been on the U.S. list", "standing situation")
F("x12", "It was not clear whether the council", "speculation")

if __name__ == "__main__":
    write(HERE)
