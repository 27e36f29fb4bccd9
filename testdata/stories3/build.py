#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for stories3 from the texts and codings below.

The helper's own tuning stories for who-is-who across a story (see README.md): NOT blind.
Run: python3 testdata/stories3/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, S, GOLD, write  # noqa: E402
from goldlib import AGREE, DEMAND, DENY, REPR, SANCT, COUP, VPROT  # noqa: E402

ATTACK = ["19", "18", "20"]
EXPEL = ["16", "17"]
SUMMON = ["11", "10", "12", "16"]
CRIT = ["11"]
REJ = ["12", "11"]  # rejecting an accusation is also a denial (016): REJ + ["01"], as goldlib's DENY


def Y(*args, **kw):
    """E for an event with no direction (talks, clashes, agreements between two parties)."""
    E(*args, **kw)
    GOLD[-1]["symmetric"] = True


# ---------------------------------------------------------------- hs01 Nairobi desk, Sudan
S("hs01", "2022-11-14", "Africa", """
Sudanese forces fire tear gas at Khartoum marchers

NAIROBI, Kenya —

Security forces in Sudan fired tear gas on Sunday at thousands of protesters marching toward the presidential palace in Khartoum, witnesses said.

The protesters demanded that the military hand power to a civilian government. Police arrested dozens of people near the palace, a doctors' committee said.

Ahmed Salem, a spokesman for the interior ministry, accused the protesters of attacking a police station in Omdurman.

The African Union urged the army to show restraint and called for talks between the generals and civilian leaders.

The ministry later said that 40 officers had been wounded. Sudan has been ruled by the military since a coup in October 2021.
""")
SDNSEC = A("Sudanese security forces", "SDN", ["COP", "MIL"])
SDNPRO = A("protesters", "SDN", ["CVL", "OPP"])
E("hs01", "Security forces in Sudan fired tear gas", SDNSEC, SDNPRO, REPR, "175", "2022-11-13", None, True)
E("hs01", "The protesters demanded that the military hand", SDNPRO, A("Sudanese military", "SDN", ["MIL", "GOV"]), ["10", "14"], "1043", "2022-11-13", None, True)
E("hs01", "Police arrested dozens of people near the palace", A("police", "SDN", "COP"), SDNPRO, ["17"], "173", "2022-11-13", None, True)
E("hs01", "Ahmed Salem, a spokesman for the interior ministry", A("Ahmed Salem", "SDN", "GOV"), SDNPRO, ["11"], "112", "2022-11-13", None, True,
  "an unknown person introduced with his ministry: the ministry is Sudan's, not Kenya's")
E("hs01", "The African Union urged the army to show restraint", A("African Union", "AFR", "IGO"), A("Sudanese army", "SDN", ["MIL", "GOV"]), DEMAND, "1041", "2022-11-13", None, True,
  "'the army' is Sudan's: the story's country, not the dateline's")

# ---------------------------------------------------------------- hs02 Geneva, talks between two others
S("hs02", "2023-05-17", "Europe", """
Armenian and Azerbaijani ministers hold talks in Geneva

GENEVA, Switzerland —

The foreign ministers of Armenia and Azerbaijan met in Geneva on Tuesday for talks on a peace treaty, the Swiss foreign ministry said.

Ararat Mirzoyan and Jeyhun Bayramov held four hours of talks at a lakeside hotel, with mediators from the European Union present.

Afterwards the Armenian minister accused Baku of massing troops along the border. Azerbaijan rejected the accusation and said its forces were on routine exercises.

The two ministers agreed to meet again next month. Police in Geneva closed several streets around the hotel during the talks.
""")
ARM = A("Armenia", "ARM", "GOV")
AZE = A("Azerbaijan", "AZE", "GOV")
Y("hs02", "The foreign ministers of Armenia and Azerbaijan met", ARM, AZE, ["04"], "040", "2023-05-16", None, True)
Y("hs02", "Ararat Mirzoyan and Jeyhun Bayramov held four", ARM, AZE, ["04"], "040", "2023-05-16", None, True)
E("hs02", "Afterwards the Armenian minister accused Baku", ARM, AZE, ["11"], "112", "2023-05-16", None, True)
E("hs02", "Azerbaijan rejected the accusation", AZE, ARM, REJ + ["01"], "120", "2023-05-16", None, True,
  "the rejected accusation was Armenia's: target from the sentence before")
Y("hs02", "The two ministers agreed to meet again", ARM, AZE, ["03", "04"], "036", "2023-05-16", None, True,
  "'the two ministers' are Armenia's and Azerbaijan's")

# ---------------------------------------------------------------- hs03 Seoul, the North
S("hs03", "2022-09-29", "Asia", """
North Korea fires missile into sea, Seoul says

SEOUL, South Korea —

North Korea fired a ballistic missile into the sea off its east coast on Thursday, South Korea's military said.

The Joint Chiefs of Staff said the launch was the North's fourth this month. Seoul condemned the launch as a grave provocation.

Japan's government lodged a protest with Pyongyang through its embassy in Beijing.

The North's state media said the test was a warning to the United States and its allies over their joint drills.

Washington urged Pyongyang to return to talks without preconditions.
""")
PRK = A("North Korea", "PRK", ["GOV", "MIL"])
E("hs03", "North Korea fired a ballistic missile into the sea", PRK, None, ["15", "13", "19"], "150", "2022-09-29", None, False)
E("hs03", "Seoul condemned the launch as a grave provocation", A("South Korea", "KOR", "GOV"), PRK, CRIT, "111", "2022-09-29", None, True,
  "the condemned launch is the North's")
E("hs03", "lodged a protest with Pyongyang", A("Japan", "JPN", "GOV"), PRK, CRIT, "114", "2022-09-29", None, True)
E("hs03", "state media said the test was a warning", A("North Korean state media", "PRK", ["MED", "GOV"]), A("United States", "USA", "GOV"), ["13"], "130", "2022-09-29", None, False)
E("hs03", "Washington urged Pyongyang to return to talks", A("United States", "USA", "GOV"), PRK, DEMAND, "1041", "2022-09-29", None, True)

# ---------------------------------------------------------------- hs04 Bogota, the rebels, the group
S("hs04", "2023-09-18", "Americas", """
Colombian rebels attack army post in Arauca

BOGOTA, Colombia —

Rebels of the National Liberation Army attacked an army post in the eastern province of Arauca on Saturday, killing three soldiers, the defence ministry said.

The army said troops repelled the assault and killed two of the attackers. The group later claimed the attack in a statement.

President Gustavo Petro condemned the killings and suspended peace talks with the rebels.

The ELN accused the government of breaking a ceasefire agreed in August.

Venezuela's foreign ministry said it would reinforce its side of the border.
""")
ELN = A("National Liberation Army", "COL", ["REB", "RAD"])
COLM = A("Colombian army", "COL", "MIL")
COLG = A("Colombian government", "COL", "GOV")
E("hs04", "Rebels of the National Liberation Army attacked an army post", ELN, COLM, ATTACK, "190", "2023-09-16", None, True)
E("hs04", "The army said troops repelled the assault", COLM, ELN, ATTACK, "190", "2023-09-16", None, True,
  "'the army', 'the attackers': Colombian army against the rebels of the sentence before")
E("hs04", "President Gustavo Petro condemned the killings", COLG, ELN, CRIT, "111", "2023-09-18", None, True,
  "the killers are the rebels")
E("hs04", "suspended peace talks with the rebels", COLG, ELN, ["16", "12"], "161", "2023-09-18", None, False)
E("hs04", "The ELN accused the government of breaking", ELN, COLG, ["11"], "112", "2023-09-18", None, True,
  "'the government' is Colombia's")

# ---------------------------------------------------------------- hs05 Brussels, the bloc, Minsk
S("hs05", "2021-06-21", "Europe", """
EU widens sanctions on Belarus over crackdown

BRUSSELS, Belgium —

The European Union imposed new sanctions on Belarus on Monday over its crackdown on opposition protesters, freezing the assets of 25 officials.

Foreign ministers of the bloc also banned the officials from travelling to the EU. Minsk condemned the decision and said it would respond.

A day later Belarus expelled two Polish diplomats, accusing them of meddling in its internal affairs.

Poland's foreign minister called the expulsions absurd and summoned the Belarusian ambassador.

Sviatlana Tsikhanouskaya, the exiled opposition leader, welcomed the sanctions.
""")
EU = A("European Union", "EUR", "IGO")
BLR = A("Belarus", "BLR", "GOV")
POL = A("Poland", "POL", "GOV")
E("hs05", "The European Union imposed new sanctions on Belarus", EU, BLR, SANCT, "163", "2021-06-21", None, True)
E("hs05", "Foreign ministers of the bloc also banned", EU, BLR, SANCT, "163", "2021-06-21", None, True,
  "'the bloc' is the EU of the sentence before")
E("hs05", "Minsk condemned the decision", BLR, EU, CRIT, "111", "2021-06-21", None, True,
  "the decision was the EU's")
E("hs05", "A day later Belarus expelled two Polish diplomats", BLR, POL, EXPEL, "1663", "2021-06-22", None, True)
E("hs05", "Poland's foreign minister called the expulsions absurd", POL, BLR, SUMMON, "111", "2021-06-22", None, True)
E("hs05", "Sviatlana Tsikhanouskaya, the exiled opposition leader", A("Sviatlana Tsikhanouskaya", "BLR", "OPP"), EU, ["05"], "051", "2021-06-22", None, False)

# ---------------------------------------------------------------- hs06 Johannesburg desk, Zimbabwe
S("hs06", "2023-03-04", "Africa", """
Zimbabwe police arrest opposition deputy before rally

JOHANNESBURG, South Africa —

Police in Zimbabwe arrested the deputy leader of the main opposition party in Harare on Friday, hours before a planned rally, the party said.

Officers also fired tear gas at supporters who gathered outside the police station.

The Citizens Coalition for Change accused the government of trying to silence its critics before the elections.

Nick Mangwana, the government's information secretary, denied the charge and said the rally had not been authorised.

South Africa's governing ANC urged Harare to respect the right to assemble.

A court released the deputy on bail on Monday.
""")
ZWEP = A("Zimbabwean police", "ZWE", "COP")
ZWEO = A("Citizens Coalition for Change", "ZWE", ["OPP", "PTY"])
ZWEG = A("Zimbabwean government", "ZWE", "GOV")
E("hs06", "Police in Zimbabwe arrested the deputy leader", ZWEP, ZWEO, ["17"], "173", "2023-03-03", None, True)
E("hs06", "Officers also fired tear gas at supporters", ZWEP, ZWEO, REPR, "175", "2023-03-03", None, True,
  "the officers are Zimbabwe's police, not South Africa's (dateline)")
E("hs06", "The Citizens Coalition for Change accused the government", ZWEO, ZWEG, ["11"], "112", "2023-03-04", None, True)
E("hs06", "Nick Mangwana, the government's information secretary", A("Nick Mangwana", "ZWE", "GOV"), ZWEO, DENY, "012", "2023-03-04", None, False)
E("hs06", "South Africa's governing ANC urged Harare", A("African National Congress", "ZAF", ["PTY", "GOV"]), ZWEG, DEMAND, "1041", "2023-03-04", None, True)
E("hs06", "A court released the deputy on bail", A("Zimbabwean court", "ZWE", "JUD"), ZWEO, ["08"], "0841", "2023-03-06", None, True,
  "the court is Zimbabwe's")

# ---------------------------------------------------------------- hs07 Islamabad, Kabul, the two sides
S("hs07", "2023-09-07", "Asia", """
Pakistani and Taliban forces clash at Torkham crossing

ISLAMABAD, Pakistan —

Pakistani and Afghan Taliban border guards exchanged fire at the Torkham crossing on Wednesday, killing two civilians, officials said.

Pakistan's foreign ministry said Taliban fighters had opened fire first without provocation. Kabul rejected the claim and accused Pakistani troops of building a post on Afghan soil.

The crossing, the main trade route between the two countries, stayed closed. Truck drivers said hundreds of lorries were stranded.

On Thursday the two sides agreed to a ceasefire after talks between local commanders, a Taliban spokesman said.
""")
PAK = A("Pakistan", "PAK", ["GOV", "MIL"])
AFG = A("Afghan Taliban", "AFG", ["GOV", "MIL", "REB"])
Y("hs07", "Pakistani and Afghan Taliban border guards exchanged fire", A("Pakistani border guards", "PAK", ["GOV", "MIL", "COP"]), AFG, ["19", "18"], "190", "2023-09-06", None, True)
E("hs07", "Taliban fighters had opened fire first", AFG, PAK, ["19", "18", "11"], "190", "2023-09-06", None, False)
E("hs07", "Kabul rejected the claim", AFG, PAK, REJ + ["01"], "120", "2023-09-06", None, True,
  "the claim was Pakistan's foreign ministry's")
E("hs07", "accused Pakistani troops of building a post", AFG, PAK, ["11"], "112", "2023-09-06", None, True)
F("hs07", "Truck drivers said hundreds of lorries", "consequence, no act")
Y("hs07", "the two sides agreed to a ceasefire", PAK, AFG, AGREE, "0871", "2023-09-07", None, True,
  "'the two sides' are Pakistan and the Taliban")

# ---------------------------------------------------------------- hs08 Cairo, the two leaders
S("hs08", "2023-01-09", "Middle East", """
Egypt hosts rival Libyan leaders for talks

CAIRO, Egypt —

Egyptian President Abdel Fattah al-Sisi hosted the heads of Libya's two rival parliaments in Cairo on Sunday in a bid to end a dispute over elections.

The two leaders, Aguila Saleh and Khaled al-Mishri, agreed to form a joint committee to draft election laws, Egypt's presidency said.

Sisi praised the agreement and pledged Egypt's support for a united Libya.

The United Nations envoy for Libya welcomed the meeting. The government in Tripoli, which was not invited, criticised the talks as an attempt to sideline it.

Libya has been divided between rival administrations in the east and west since 2014.
""")
EGY = A("Abdel Fattah al-Sisi", "EGY", "GOV")
LBYL = A("Libyan parliament heads", "LBY", ["GOV", "LEG"])
E("hs08", "Egyptian President Abdel Fattah al-Sisi hosted", EGY, LBYL, ["04"], "043", "2023-01-08", None, True)
Y("hs08", "The two leaders, Aguila Saleh and Khaled", LBYL, LBYL, AGREE, "030", "2023-01-08", None, True,
  "both leaders are Libyan")
E("hs08", "Sisi praised the agreement and pledged", EGY, LBYL, ["05", "03"], "051", "2023-01-08", None, True,
  "the agreement was the Libyans'")
E("hs08", "The United Nations envoy for Libya welcomed", A("UN envoy", "UNO", "IGO"), None, ["05"], "051", "2023-01-08", None, False)
E("hs08", "The government in Tripoli, which was not invited", A("Tripoli government", "LBY", "GOV"), None, CRIT, "111", "2023-01-08", None, True,
  "the government in Tripoli is Libya's, not Egypt's")
F("hs08", "Libya has been divided between rival", "standing situation")

# ---------------------------------------------------------------- hs09 Bangkok desk, Myanmar
S("hs09", "2023-04-12", "Asia", """
Myanmar military jets bomb village in Sagaing

BANGKOK, Thailand —

Myanmar's military carried out air strikes on a village in the northwestern Sagaing region on Tuesday, killing at least 20 people, residents and a resistance group said.

The junta said it had targeted a base of the People's Defence Force, which it calls a terrorist organisation.

The rebels said no fighters had been in the village and accused the army of deliberately attacking civilians.

The United Nations human rights office condemned the strikes and called for those responsible to be held to account.

Thailand's foreign ministry said it was ready to receive people fleeing the fighting.
""")
MMRM = A("Myanmar military", "MMR", ["MIL", "GOV"])
MMRR = A("People's Defence Force", "MMR", ["REB", "OPP"])
E("hs09", "Myanmar's military carried out air strikes", MMRM, A("villagers", "MMR", ["CVL"]), ATTACK, "195", "2023-04-11", None, True)
E("hs09", "The junta said it had targeted a base", MMRM, MMRR, ATTACK, "195", "2023-04-11", None, False)
E("hs09", "The rebels said no fighters had been in the village", MMRR, MMRM, ["11"], "112", "2023-04-12", None, True,
  "the rebels and the army are Myanmar's, not Thailand's")
E("hs09", "The United Nations human rights office condemned", A("UN human rights office", "UNO", "IGO"), MMRM, CRIT, "111", "2023-04-12", None, True,
  "the strikes were the Myanmar military's")

# ---------------------------------------------------------------- hs10 Washington, Tehran
S("hs10", "2022-11-16", "Americas", """
U.S. imposes sanctions on Iranian drone makers

WASHINGTON, United States —

The United States imposed sanctions on Wednesday on six Iranian companies it accused of supplying drones to Russia, the Treasury Department said.

Tehran condemned the measures as illegal and denied sending weapons for use in Ukraine.

Nasser Kanaani, the foreign ministry spokesman, accused Washington of hypocrisy.

Ukraine's foreign minister welcomed the move and urged Europe to follow.

The Kremlin did not comment.
""")
USA = A("United States", "USA", "GOV")
IRN = A("Iran", "IRN", "GOV")
E("hs10", "The United States imposed sanctions on Wednesday", USA, A("Iranian companies", "IRN", ["BUS", "GOV"]), SANCT, "163", "2022-11-16", None, True)
E("hs10", "Tehran condemned the measures as illegal", IRN, USA, CRIT, "111", "2022-11-16", None, True,
  "the measures were Washington's")
E("hs10", "Nasser Kanaani, the foreign ministry spokesman", A("Nasser Kanaani", "IRN", "GOV"), USA, ["11"], "112", "2022-11-16", None, True,
  "an unknown spokesman: the ministry is Iran's, the story's other party, not the dateline's")
E("hs10", "Ukraine's foreign minister welcomed the move", A("Ukraine", "UKR", "GOV"), USA, ["05"], "051", "2022-11-16", None, True,
  "the move was the United States'")
F("hs10", "The Kremlin did not comment", "no act")

# ---------------------------------------------------------------- hs11 Addis Ababa, Niger
S("hs11", "2023-08-23", "Africa", """
African Union suspends Niger after coup

ADDIS ABABA, Ethiopia —

The African Union suspended Niger from all its activities on Tuesday after soldiers overthrew President Mohamed Bazoum last month.

The bloc's Peace and Security Council demanded that the junta release Bazoum and restore constitutional order.

In Niamey, the military government rejected the demand and accused France of plotting an intervention.

Paris denied the accusation. Thousands of people rallied in the capital in support of the coup leaders.

The council stopped short of backing a military intervention by West African states.
""")
AU = A("African Union", "AFR", "IGO")
NERM = A("Niger junta", "NER", ["MIL", "GOV"])
E("hs11", "The African Union suspended Niger", AU, A("Niger", "NER", ["GOV", "MIL"]), SANCT, "160", "2023-08-22", None, True)
E("hs11", "after soldiers overthrew President Mohamed Bazoum", A("Nigerien soldiers", "NER", "MIL"), A("Mohamed Bazoum", "NER", "GOV"), COUP, "200", "2023-07", None, True,
  "the soldiers are Niger's, not Ethiopia's")
E("hs11", "Peace and Security Council demanded that the junta", AU, NERM, DEMAND, "1041", "2023-08-22", None, True,
  "'the bloc' is the African Union")
E("hs11", "the military government rejected the demand", NERM, AU, REJ, "120", "2023-08-22", None, True,
  "the demand was the African Union's")
E("hs11", "accused France of plotting an intervention", NERM, A("France", "FRA", "GOV"), ["11"], "112", "2023-08-22", None, True)
E("hs11", "Paris denied the accusation", A("France", "FRA", "GOV"), NERM, DENY, "012", "2023-08-22", None, False)

# ---------------------------------------------------------------- hs12 London, Moscow retaliates
S("hs12", "2023-05-09", "Europe", """
Britain expels Russian attache over spying

LONDON, United Kingdom —

Britain expelled a Russian defence attache on Monday, saying he was an undeclared intelligence officer, the Home Office said.

The Foreign Office also summoned Russia's ambassador, Andrei Kelin, to protest against what it called reckless activity.

Moscow called the expulsion groundless and promised to retaliate.

Two days later Russia ordered a British diplomat to leave the country within a week.

Officials in London said they had expected the response.
""")
GBR = A("Britain", "GBR", "GOV")
RUS = A("Russia", "RUS", ["GOV", "MIL"])
E("hs12", "Britain expelled a Russian defence attache", GBR, RUS, EXPEL, "1663", "2023-05-08", None, True)
E("hs12", "The Foreign Office also summoned Russia's ambassador", GBR, RUS, SUMMON, "111", "2023-05-08", None, True)
E("hs12", "Moscow called the expulsion groundless", RUS, GBR, ["12", "11", "13"], "120", "2023-05-08", None, True,
  "the expulsion was Britain's")
E("hs12", "Russia ordered a British diplomat to leave", RUS, GBR, EXPEL, "1663", "2023-05-10", None, True)

# ---------------------------------------------------------------- hs13 New Delhi, Beijing, the intruders
S("hs13", "2022-12-16", "Asia", """
India accuses China of border incursion

NEW DELHI, India —

India accused Chinese troops on Friday of crossing the de facto border in the eastern Tawang sector.

Defence Minister Rajnath Singh told parliament that Indian troops had forced the intruders back to their posts.

Beijing said its soldiers had been on routine patrol on its side of the line and urged New Delhi to restrain its frontline troops.

The two countries held talks between corps commanders the following week and agreed to maintain peace along the border.

Opposition lawmakers walked out of parliament, demanding a full debate.
""")
IND = A("India", "IND", ["GOV", "MIL"])
CHN = A("China", "CHN", ["GOV", "MIL"])
E("hs13", "India accused Chinese troops on Friday", IND, CHN, ["11"], "112", "2022-12-16", None, True)
E("hs13", "Indian troops had forced the intruders back", IND, CHN, ["19", "17", "18"], "190", "2022-12", None, True,
  "'the intruders' are the Chinese troops of the sentence before")
E("hs13", "urged New Delhi to restrain", CHN, IND, DEMAND, "1041", "2022-12-16", None, True)
Y("hs13", "The two countries held talks between corps", IND, CHN, ["04", "03"], "040", "2022-12", None, True,
  "'the two countries' are India and China")
E("hs13", "Opposition lawmakers walked out of parliament", A("Indian opposition", "IND", ["OPP", "LEG"]), None, ["14", "10"], "140", "2022-12-16", None, False)

# ---------------------------------------------------------------- hs14 Beirut, the group, it
S("hs14", "2023-10-15", "Middle East", """
Hezbollah and Israel trade fire across Lebanese border

BEIRUT, Lebanon —

Hezbollah fired anti-tank missiles at an Israeli army post near the border on Saturday, the group said, and Israel responded with artillery fire on villages in southern Lebanon.

The Israeli military said one soldier was wounded. It said its aircraft also struck a Hezbollah observation post.

Lebanon's caretaker prime minister, Najib Mikati, condemned the Israeli shelling and called on the United Nations to press Israel to stop.

UN peacekeepers urged both sides to exercise restraint.
""")
HZB = A("Hezbollah", "LBN", ["REB", "RAD", "PTY"])
ISR = A("Israel", "ISR", ["MIL", "GOV"])
E("hs14", "Hezbollah fired anti-tank missiles at an Israeli", HZB, ISR, ATTACK, "190", "2023-10-14", None, True)
E("hs14", "Israel responded with artillery fire on villages", ISR, A("Lebanese villages", "LBN", []), ATTACK, "190", "2023-10-14", None, True)
E("hs14", "It said its aircraft also struck a Hezbollah", ISR, HZB, ATTACK, "195", "2023-10-14", None, True,
  "'it' is the Israeli military of the sentence before")
E("hs14", "Najib Mikati, condemned the Israeli shelling", A("Najib Mikati", "LBN", "GOV"), ISR, CRIT, "111", "2023-10-15", None, True)

# ---------------------------------------------------------------- hs15 Abuja, police, the union
S("hs15", "2023-06-06", "Africa", """
Nigerian police disperse fuel price protest in Abuja

ABUJA, Nigeria —

Police fired tear gas to disperse hundreds of protesters in Abuja on Monday as a strike over the removal of fuel subsidies entered its second day.

The Nigeria Labour Congress, which called the strike, accused the police of brutality and said 15 of its members were arrested.

A police spokesman, Olumuyiwa Adejobi, said officers had acted to protect public property.

President Bola Tinubu met union leaders at the presidential villa on Tuesday evening. The two sides agreed to set up a committee on wages, and the union suspended the strike.
""")
NGAP = A("Nigerian police", "NGA", "COP")
NLC = A("Nigeria Labour Congress", "NGA", ["LAB", "CVL"])
NGAG = A("Bola Tinubu", "NGA", "GOV")
E("hs15", "Police fired tear gas to disperse hundreds", NGAP, A("protesters", "NGA", ["CVL", "LAB", "OPP"]), REPR, "175", "2023-06-05", None, True)
E("hs15", "The Nigeria Labour Congress, which called the strike, accused", NLC, NGAP, ["11"], "112", "2023-06-05", None, True)
E("hs15", "President Bola Tinubu met union leaders", NGAG, NLC, ["04"], "040", "2023-06-06", None, True)
Y("hs15", "The two sides agreed to set up a committee", NGAG, NLC, AGREE, "030", "2023-06-06", None, True)

# ---------------------------------------------------------------- hs16 Singapore desk, South China Sea
S("hs16", "2023-08-06", "Asia", """
Chinese coast guard fires water cannon at Philippine boat

SINGAPORE, Singapore —

A Chinese coast guard ship fired a water cannon at a Philippine supply boat near the Second Thomas Shoal on Saturday, the Philippine coast guard said.

Manila summoned China's ambassador and accused Beijing of dangerous manoeuvres in its exclusive economic zone.

China's coast guard said the Philippine vessels had intruded into Chinese waters and that it had taken necessary measures.

The United States, a treaty ally of the Philippines, condemned the Chinese action.

Japan and Australia voiced concern.
""")
CHNC = A("Chinese coast guard", "CHN", ["COP", "MIL", "GOV"])
PHL = A("Philippines", "PHL", ["GOV", "MIL", "COP"])
E("hs16", "A Chinese coast guard ship fired a water cannon", CHNC, PHL, ["17", "18", "19"], "175", "2023-08-05", None, True)
E("hs16", "Manila summoned China's ambassador and accused", PHL, A("China", "CHN", "GOV"), SUMMON, "112", "2023-08-06", None, True)
E("hs16", "China's coast guard said the Philippine vessels", CHNC, PHL, ["11"], "112", "2023-08-06", None, False)
E("hs16", "condemned the Chinese action", USA, A("China", "CHN", ["GOV", "COP", "MIL"]), CRIT, "111", "2023-08-06", None, True)

# ---------------------------------------------------------------- hs17 Caracas, Georgetown
S("hs17", "2023-12-06", "Americas", """
Maduro orders oil licences for disputed Guyana region

CARACAS, Venezuela —

President Nicolas Maduro ordered the state oil company on Tuesday to issue licences for oil exploration in Essequibo, a region administered by Guyana and claimed by Caracas.

Guyana's president, Irfaan Ali, called the order a direct threat and said his government had put its army on alert.

Georgetown asked the United Nations Security Council to meet on the dispute.

Brazil sent armoured vehicles to its northern border, the defence ministry said. The ministry said the deployment was a precaution.

Maduro and Ali met on the Caribbean island of St Vincent a week later and pledged not to use force.
""")
VEN = A("Nicolas Maduro", "VEN", "GOV")
GUY = A("Guyana", "GUY", "GOV")
E("hs17", "Irfaan Ali, called the order a direct threat", GUY, VEN, CRIT, "111", "2023-12-05", None, True,
  "the order was Maduro's")
E("hs17", "Georgetown asked the United Nations Security Council", GUY, A("UN Security Council", "UNO", "IGO"), DEMAND, "020", "2023-12-06", None, True)
E("hs17", "Brazil sent armoured vehicles to its northern border", A("Brazil", "BRA", ["MIL", "GOV"]), None, ["15"], "150", "2023-12-06", None, False)
Y("hs17", "Maduro and Ali met on the Caribbean island", VEN, GUY, ["04", "03"], "040", "2023-12-13", None, True)

# ---------------------------------------------------------------- hs18 Tbilisi, riot police, the party
S("hs18", "2024-05-15", "Europe", """
Georgian police clash with protesters over foreign agents law

TBILISI, Georgia —

Riot police used water cannon and rubber bullets against thousands of protesters outside parliament in Tbilisi late on Tuesday, after lawmakers approved a law on foreign agents.

Protesters threw bottles and stones at officers, the interior ministry said.

The European Union criticised the law and urged the government to withdraw it. The ruling Georgian Dream party rejected the criticism.

President Salome Zourabichvili, who has broken with the party, said she would veto the bill.
""")
GEOP = A("Georgian riot police", "GEO", "COP")
GEOC = A("protesters", "GEO", ["CVL", "OPP"])
E("hs18", "Riot police used water cannon and rubber bullets", GEOP, GEOC, REPR, "175", "2024-05-14", None, True)
E("hs18", "Protesters threw bottles and stones at officers", GEOC, GEOP, VPROT, "145", "2024-05-14", None, True)
E("hs18", "The European Union criticised the law and urged", EU, A("Georgian government", "GEO", ["GOV", "LEG"]), ["11", "10"], "111", "2024-05-15", None, True)
E("hs18", "The ruling Georgian Dream party rejected the criticism", A("Georgian Dream", "GEO", ["PTY", "GOV"]), EU, REJ, "120", "2024-05-15", None, True,
  "the criticism was the EU's")

# ---------------------------------------------------------------- hs19 Kyiv, Moscow, promised
S("hs19", "2023-12-10", "Europe", """
Russian drones hit Kyiv power station

KYIV, Ukraine —

Russia launched dozens of drones at Kyiv overnight, damaging a power station and cutting electricity to thousands of homes, city officials said on Sunday.

Air defences shot down most of the drones, the air force said. Mayor Vitali Klitschko said two people were wounded.

President Volodymyr Zelenskiy accused Moscow of terrorising civilians and urged allies to send more air defence systems.

Russia's defence ministry said its forces had struck energy facilities used by the Ukrainian military.

Germany promised to deliver another Patriot battery within weeks.
""")
E("hs19", "Russia launched dozens of drones at Kyiv", RUS, A("Kyiv", "UKR", []), ATTACK, "195", "2023-12-10", None, True)
E("hs19", "Air defences shot down most of the drones", A("Ukrainian air defences", "UKR", "MIL"), RUS, ATTACK, "190", "2023-12-10", None, False)
E("hs19", "President Volodymyr Zelenskiy accused Moscow", A("Volodymyr Zelenskiy", "UKR", "GOV"), A("Russia", "RUS", "GOV"), ["11"], "112", "2023-12-10", None, True)
E("hs19", "Russia's defence ministry said its forces had struck", RUS, A("Ukraine", "UKR", []), ATTACK, "195", "2023-12-10", None, False)
E("hs19", "Germany promised to deliver another Patriot", A("Germany", "DEU", "GOV"), A("Ukraine", "UKR", ["GOV", "MIL"]), ["03", "07"], "0331", "2023-12-10", None, True,
  "the receiver is the story's Ukraine")

# ---------------------------------------------------------------- hs20 Paris, Algiers
S("hs20", "2023-02-09", "Europe", """
Algeria recalls ambassador from Paris over activist

PARIS, France —

Algeria recalled its ambassador to France for consultations on Wednesday in protest at what it called the illegal exfiltration of an activist through Tunisia, its foreign ministry said.

Algiers accused French diplomats of helping the activist, Amira Bouraoui, leave Tunisia for Lyon.

The French foreign ministry declined to comment. The two countries had only recently restored warm relations.

Tunisia's president, Kais Saied, dismissed his foreign minister over the affair the following day.
""")
DZA = A("Algeria", "DZA", "GOV")
FRA = A("France", "FRA", "GOV")
E("hs20", "Algeria recalled its ambassador to France", DZA, FRA, ["16", "11", "12"], "161", "2023-02-08", None, True)
E("hs20", "Algiers accused French diplomats of helping", DZA, FRA, ["11"], "112", "2023-02-08", None, True)
F("hs20", "The French foreign ministry declined to comment", "no act")

# ---------------------------------------------------------------- hs21 Dhaka, the court, students
S("hs21", "2024-07-22", "Asia", """
Bangladesh court scraps job quotas after deadly protests

DHAKA, Bangladesh —

Bangladesh's Supreme Court on Sunday scrapped most quotas for government jobs, meeting a key demand of student protesters after a week of clashes that killed more than 100 people.

Students had demanded an end to the quotas, which reserved a third of posts for relatives of veterans.

Police fired on protesters in several cities, and the army was deployed in the capital under a curfew.

Protest leaders welcomed the ruling but said they would continue until those responsible for the killings were punished.

The United Nations urged the government to release detained students.
""")
BGDS = A("student protesters", "BGD", ["CVL", "EDU", "OPP"])
E("hs21", "Bangladesh's Supreme Court on Sunday scrapped", A("Bangladesh Supreme Court", "BGD", "JUD"), BGDS, ["08"], "080", "2024-07-21", None, True)
E("hs21", "Students had demanded an end to the quotas", BGDS, A("Bangladesh government", "BGD", "GOV"), ["10", "14"], "1043", "2024-07", None, True)
E("hs21", "Police fired on protesters in several cities", A("Bangladeshi police", "BGD", "COP"), BGDS, ["18", "17", "19", "20"], "175", "2024-07", None, True)
E("hs21", "Protest leaders welcomed the ruling", BGDS, A("Bangladesh Supreme Court", "BGD", ["JUD", "GOV"]), ["05"], "051", "2024-07-21", None, True,
  "the ruling was the court's")
E("hs21", "The United Nations urged the government to release", A("United Nations", "UNO", "IGO"), A("Bangladesh government", "BGD", "GOV"), DEMAND, "1041", "2024-07-22", None, True,
  "'the government' is Bangladesh's")

# ---------------------------------------------------------------- hs22 Ankara, Baghdad, the militants
S("hs22", "2023-10-05", "Middle East", """
Turkey strikes Kurdish militants in northern Iraq

ANKARA, Turkey —

Turkish warplanes struck Kurdish militant targets in northern Iraq on Wednesday, a day after the militants killed four Turkish soldiers near the border, the defence ministry said.

The ministry said 20 targets of the Kurdistan Workers' Party had been destroyed in the Qandil mountains.

Baghdad condemned the strikes as a violation of Iraqi sovereignty and summoned the Turkish charge d'affaires.

The PKK said in a statement that the dead were civilians.
""")
TURM = A("Turkish military", "TUR", ["MIL", "GOV"])
PKK = A("Kurdistan Workers' Party", "TUR", ["REB", "RAD"])
E("hs22", "Turkish warplanes struck Kurdish militant targets", TURM, PKK, ATTACK, "195", "2023-10-04", None, True)
E("hs22", "a day after the militants killed four Turkish soldiers", PKK, TURM, ATTACK, "190", "2023-10-03", None, True)
E("hs22", "Baghdad condemned the strikes", A("Iraq", "IRQ", "GOV"), TURM, SUMMON, "111", "2023-10-05", None, True,
  "the strikes were Turkey's")

# ---------------------------------------------------------------- hs23 Kinshasa, Kigali, the rebels
S("hs23", "2022-06-14", "Africa", """
Congo accuses Rwanda of backing rebel offensive

KINSHASA, Democratic Republic of Congo —

Congo accused Rwanda on Monday of sending troops to support M23 rebels who seized the town of Bunagana near the Ugandan border, the government spokesman said.

Patrick Muyaya, the communications minister, said Kinshasa had suspended all agreements with Kigali.

Rwanda denied the accusation and said Congolese troops had shelled its territory.

The rebels said they had taken the town after the army attacked their positions.
""")
COD = A("Congo", "COD", "GOV")
RWA = A("Rwanda", "RWA", "GOV")
M23 = A("M23 rebels", "COD", "REB")
E("hs23", "Congo accused Rwanda on Monday", COD, RWA, ["11"], "112", "2022-06-13", None, True)
E("hs23", "M23 rebels who seized the town", M23, A("Congolese army", "COD", ["MIL", "GOV"]), ["19", "18"], "192", "2022-06", None, False)
E("hs23", "Patrick Muyaya, the communications minister", A("Patrick Muyaya", "COD", "GOV"), RWA, ["16"], "161", "2022-06-13", None, True,
  "an unknown minister: Congo's; the agreements were with Rwanda")
E("hs23", "Rwanda denied the accusation", RWA, COD, DENY, "012", "2022-06-14", None, False)
E("hs23", "The rebels said they had taken the town after", A("Congolese army", "COD", ["MIL", "GOV"]), M23, ATTACK, "190", "2022-06", None, False)

# ---------------------------------------------------------------- hs24 Beijing, the island, Taipei
S("hs24", "2023-04-09", "Asia", """
China stages drills around Taiwan after president's U.S. stopover

BEIJING, China —

China's military launched large-scale drills around Taiwan on Saturday, days after the island's president met the speaker of the U.S. House of Representatives in California.

The People's Liberation Army said the exercises were a stern warning to separatist forces.

Taipei condemned the drills and said it had scrambled jets to monitor Chinese warships.

Washington urged Beijing to show restraint.

China's foreign ministry accused the United States of sending the wrong signal to Taiwan.
""")
CHNM = A("People's Liberation Army", "CHN", ["MIL", "GOV"])
TWN = A("Taiwan", "TWN", "GOV")
E("hs24", "China's military launched large-scale drills", CHNM, TWN, ["15", "13"], "152", "2023-04-08", None, True)
E("hs24", "the island's president met the speaker", TWN, A("U.S. House speaker", "USA", ["LEG", "GOV"]), ["04"], "040", "2023-04", None, True,
  "'the island' is Taiwan")
E("hs24", "Taipei condemned the drills", TWN, CHNM, CRIT, "111", "2023-04-08", None, True)
E("hs24", "Washington urged Beijing to show restraint", USA, A("China", "CHN", "GOV"), DEMAND, "1041", "2023-04-09", None, True)
E("hs24", "China's foreign ministry accused the United States", A("China", "CHN", "GOV"), USA, ["11"], "112", "2023-04-09", None, True)

write(HERE)
