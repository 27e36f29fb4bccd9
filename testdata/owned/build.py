#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned evaluation set from the texts and codings below.

Written blind to dateline's coder (no code, lexicon or tests read). Coding notes are kept per line.
Run: python3 testdata/owned/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import COUP, AGREE, DEMAND, DENY, VPROT, REPR  # noqa: E402


# ---------------------------------------------------------------- o01 Zimbabwe, Africa
S("o01", "2017-11-15", "Africa", """
Zimbabwe army takes control, holds Mugabe at home

HARARE, Zimbabwe —

Zimbabwe's military seized control of the country early on Wednesday and confined President Robert Mugabe, 93, to his residence, hours after armoured vehicles rolled into the capital.

In a statement read on state television, Major General Sibusiso Moyo said the army was not staging a coup and was only targeting "criminals" around the president who were hurting the country. He said Mugabe and his family were safe.

Soldiers blocked the roads leading to parliament and the central business district, and several loud explosions were heard in the north of Harare overnight. Troops also took over the headquarters of the state broadcaster, ZBC.

South African President Jacob Zuma said he had spoken to Mugabe by telephone on Wednesday and that the Zimbabwean leader had told him he was confined to his home but was fine. Zuma, acting for the Southern African Development Community, said he was sending his defence and state security ministers to Harare to meet Mugabe and the army.

The crisis follows Mugabe's dismissal last week of his vice-president, Emmerson Mnangagwa, who fled the country. On Monday the army commander, General Constantino Chiwenga, warned that the military would step in if a purge of veterans of the liberation war inside the ruling ZANU-PF party did not stop.

The ruling party's youth league on Tuesday accused Chiwenga of treason.

Whether the armed forces intend to hand power back to civilians soon is not yet clear. Zimbabwe has had only one leader since independence in 1980.
""")
ZMIL = A("Zimbabwe military", "ZWE", "MIL")
MUG = A("Robert Mugabe", "ZWE", "GOV")
E("o01", "Zimbabwe army takes control, holds Mugabe", ZMIL, MUG, COUP, "1724", "2017-11-15", None, False, "headline")
E("o01", "seized control of the country early on Wednesday", ZMIL, MUG, COUP, "1724", "2017-11-15", None, True,
  "takeover; target the president/government")
E("o01", "confined President Robert Mugabe, 93, to his residence", ZMIL, MUG, ["17"], "173", "2017-11-15", None, True,
  "house arrest")
E("o01", "said the army was not staging a coup", A("Sibusiso Moyo", "ZWE", "MIL"), None, DENY, "016", "2017-11-15", None,
  False, "denial of a coup; no target named")
E("o01", "Soldiers blocked the roads leading to parliament", ZMIL, None, ["19", "17"], "191", "2017-11-15", None, False,
  "blockade, no target actor")
E("o01", "Troops also took over the headquarters", ZMIL, A("ZBC", "ZWE", ["MED", "GOV"]), COUP, "1711", "2017-11-15", None,
  True, "seizure of the state broadcaster; date from context (the night of the takeover)")
E("o01", "said he had spoken to Mugabe by telephone", A("Jacob Zuma", "ZAF", "GOV"), MUG, ["04"], "041", "2017-11-15",
  None, True, "telephone call; reverse optional")
E("o01", "said he had spoken to Mugabe by telephone", MUG, A("Jacob Zuma", "ZAF", "GOV"), ["04"], "041", "2017-11-15",
  None, False, "reverse of the call")
E("o01", "was sending his defence and state security ministers", A("Jacob Zuma", "ZAF", "GOV"), MUG, ["04"], "045",
  "2017-11-15", P("Harare", "ZWE"), False, "envoys sent to mediate; progressive, coders split on modality")
E("o01", "Mugabe's dismissal last week of his vice-president", MUG, A("Emmerson Mnangagwa", "ZWE", "GOV"), ["17"], "172",
  "2017-11", None, True, "nominal event; 'last week' = week of 6 Nov")
E("o01", "warned that the military would step in", A("Constantino Chiwenga", "ZWE", "MIL"),
  A("ZANU-PF", "ZWE", ["PTY", "GOV"]), ["13"], "138", "2017-11-13", None, True, "conditional threat of force")
E("o01", "youth league on Tuesday accused Chiwenga of treason", A("ZANU-PF youth league", "ZWE", "PTY"),
  A("Constantino Chiwenga", "ZWE", "MIL"), ["11"], "112", "2017-11-14", None, True)
F("o01", "Whether the armed forces intend to hand power", "speculation")
F("o01", "Zimbabwe has had only one leader since independence", "standing situation")

# ---------------------------------------------------------------- o02 Egypt, Middle East
S("o02", "2011-01-29", "Middle East", """
Mubarak sacks cabinet but refuses to quit as army deploys in Cairo

CAIRO, Egypt —

President Hosni Mubarak dismissed his government early on Saturday but made clear he would not step down, after a day in which tens of thousands of Egyptians fought police in the biggest challenge to his 30-year rule.

Protesters poured out of mosques in Cairo after Friday prayers, chanting for the president to go, and similar marches filled the streets of Alexandria and Suez. Police fired tear gas, rubber bullets and water cannon at crowds crossing the Nile bridges in central Cairo, and demonstrators set the headquarters of the ruling National Democratic Party ablaze.

Mubarak ordered the army onto the streets on Friday evening and imposed a night-time curfew on the three cities. Armoured vehicles took up positions outside the state television building, and crowds cheered the soldiers.

Opposition figure Mohamed ElBaradei, who joined the marchers in Giza, was held at his home by security forces, his brother said.

In a televised address, Mubarak said he had asked the government to resign and would name a new one on Saturday. He accused unnamed forces of trying to exploit the unrest.

President Barack Obama said he had spoken to Mubarak after the speech and urged him to take concrete steps toward reform and to refrain from violence against peaceful protesters.

Mobile telephone and internet services remained largely cut across the country. It was not known how many people had been killed by Saturday morning.
""")
MUB = A("Hosni Mubarak", "EGY", "GOV")
EPROT = A("Egyptian protesters", "EGY", ["CVL", "OPP"])
E("o02", "refuses to quit as army deploys", MUB, EPROT, ["12"], "124", "2011-01-29", None, False, "headline")
E("o02", "dismissed his government early on Saturday", MUB, A("Egyptian government", "EGY", "GOV"), ["08", "17"], "083",
  "2011-01-29", None, False, "sacking the cabinet under protest pressure; coders split")
E("o02", "made clear he would not step down", MUB, EPROT, ["12"], "124", "2011-01-29", None, False,
  "refusal to yield; implied target protesters")
E("o02", "tens of thousands of Egyptians fought police", EPROT, A("Egyptian police", "EGY", "COP"), VPROT, "145",
  "2011-01-28", None, False, "lead summary of the clashes detailed in para 2")
E("o02", "Protesters poured out of mosques in Cairo", EPROT, A("Egyptian government", "EGY", "GOV"), ["14"], "141",
  "2011-01-28", P("Cairo", "EGY"), True, "Friday = 28 Jan")
E("o02", "Police fired tear gas, rubber bullets", A("Egyptian police", "EGY", "COP"), EPROT, REPR, "175", "2011-01-28",
  P("Cairo", "EGY"), True, "unnamed police of the story's country")
E("o02", "set the headquarters of the ruling National Democratic Party", EPROT,
  A("National Democratic Party", "EGY", ["PTY", "GOV"]), VPROT, "145", "2011-01-28", P("Cairo", "EGY"), True)
E("o02", "ordered the army onto the streets on Friday evening", MUB, None, ["15"], "154", "2011-01-28", None, True,
  "deployment; no target")
E("o02", "imposed a night-time curfew on the three cities", MUB, A("Egyptian civilians", "EGY", "CVL"), ["17"], "1723",
  "2011-01-28", None, True)
E("o02", "was held at his home by security forces", A("Egyptian security forces", "EGY", ["COP", "GOV"]),
  A("Mohamed ElBaradei", "EGY", "OPP"), ["17"], "173", "2011-01", None, True, "passive with agent; undated")
E("o02", "He accused unnamed forces of trying to exploit", MUB, None, ["11"], "112", "2011-01", None, False,
  "target unnamed")
E("o02", "Obama said he had spoken to Mubarak", A("Barack Obama", "USA", "GOV"), MUB, ["04"], "041", "2011-01", None,
  True, "undated pluperfect: month; reverse optional")
E("o02", "urged him to take concrete steps toward reform", A("Barack Obama", "USA", "GOV"), MUB, ["02", "10"], "024",
  "2011-01", None, True, "'him' = Mubarak")
F("o02", "Mobile telephone and internet services remained largely cut", "standing situation")
F("o02", "It was not known how many people", "casualty count")

# ---------------------------------------------------------------- o03 Thailand, Asia
S("o03", "2010-05-19", "Asia", """
Thai troops storm protest camp, red shirt leaders surrender

BANGKOK, Thailand —

Thai soldiers backed by armoured vehicles stormed the fortified camp of anti-government protesters in central Bangkok on Wednesday, and within hours the main protest leaders had given themselves up to police.

Troops broke through barricades of tyres and bamboo at the southern edge of the camp before dawn and advanced on the Ratchaprasong intersection in the heart of Bangkok, firing live rounds. At least five people were killed, hospital officials said.

Several leaders of the "red shirt" movement, including Jatuporn Prompan, surrendered at the national police headquarters shortly after midday and urged their supporters to go home. Some protesters instead set fire to the Central World shopping mall and the stock exchange building.

The government then imposed a night-time curfew on Bangkok and more than 20 provinces.

Prime Minister Abhisit Vejjajiva said the operation had been needed to restore order. His government has accused former prime minister Thaksin Shinawatra, who lives abroad, of funding the protests, a charge Thaksin has denied.

The red shirts, who had occupied the shopping district for six weeks, are demanding that Abhisit dissolve parliament and call early elections. On Thursday a renegade army general who advised the protesters, Khattiya Sawasdiphol, was shot in the head by an unknown gunman while talking to reporters.

More than 70 people have died since the protests began in March.
""")
TMIL = A("Thai army", "THA", "MIL")
RED = A("red shirt protesters", "THA", ["OPP", "CVL"])
E("o03", "Thai troops storm protest camp", TMIL, RED, ["17", "18", "19"], "175", "2010-05-19", None, False, "headline")
E("o03", "red shirt leaders surrender", RED, A("Thai police", "THA", "COP"), ["08"], "0874", "2010-05-19", None, False,
  "headline")
E("o03", "stormed the fortified camp of anti-government protesters", TMIL, RED, ["17", "18", "19"], "175", "2010-05-19",
  P("Bangkok", "THA"), False, "lead summary of para 2")
E("o03", "had given themselves up to police", RED, A("Thai police", "THA", "COP"), ["08"], "0874", "2010-05-19", None,
  False, "lead summary of para 3")
E("o03", "Troops broke through barricades of tyres and bamboo", TMIL, RED, ["17", "18", "19"], "175", "2010-05-19",
  P("Bangkok", "THA"), True, "date from the lead (before dawn on Wednesday)")
E("o03", "surrendered at the national police headquarters", RED, A("Thai police", "THA", "COP"), ["08"], "0874",
  "2010-05-19", None, True)
E("o03", "urged their supporters to go home", RED, RED, ["02", "10"], "025", "2010-05-19", None, False)
E("o03", "Some protesters instead set fire to the Central World", RED, None, VPROT, "145", "2010-05-19", None, True,
  "arson; target property only")
E("o03", "imposed a night-time curfew on Bangkok", A("Thai government", "THA", "GOV"),
  A("Thai civilians", "THA", "CVL"), ["17"], "1723", "2010-05-19", P("Bangkok", "THA"), True)
E("o03", "His government has accused former prime minister", A("Thai government", "THA", "GOV"),
  A("Thaksin Shinawatra", "THA", ["OPP", "PTY"]), ["11"], "112", "2010", None, True, "undated present perfect: year")
E("o03", "a charge Thaksin has denied", A("Thaksin Shinawatra", "THA", ["OPP", "PTY"]),
  A("Thai government", "THA", "GOV"), DENY, "016", "2010", None, False)
E("o03", "are demanding that Abhisit dissolve parliament", RED, A("Abhisit Vejjajiva", "THA", "GOV"), DEMAND, "104", "2010",
  None, False, "standing demand")
E("o03", "was shot in the head by an unknown gunman", A("unknown gunman", None, None),
  A("Khattiya Sawasdiphol", "THA", ["MIL", "OPP"]), ["18", "19"], "185", "2010-05-13", None, True,
  "Thursday before Wednesday 19 May; unnamed gunman null/null")
F("o03", "At least five people were killed, hospital officials said", "casualty count")
F("o03", "More than 70 people have died since the protests", "casualty count")

# ---------------------------------------------------------------- o04 Venezuela, Americas
S("o04", "2019-01-24", "Americas", """
Maduro cuts ties with Washington after US backs rival as president

CARACAS, Venezuela —

Venezuelan President Nicolas Maduro broke off diplomatic relations with the United States on Wednesday and gave American diplomats 72 hours to leave the country, minutes after President Donald Trump recognised opposition leader Juan Guaido as the country's interim president.

Guaido, the 35-year-old head of the National Assembly, had sworn himself in before a huge crowd in eastern Caracas, promising to lead a transitional government until free elections could be held.

Within hours Canada, Brazil, Colombia and several other governments in the region followed Washington in recognising him.

Speaking to supporters from a balcony of the presidential palace, Maduro accused the United States of trying to stage a coup.

Secretary of State Mike Pompeo said on Wednesday night that Washington did not consider that Maduro had the authority to expel its diplomats, and that they would stay.

Security forces fired tear gas at demonstrators in several parts of the capital, and a rights group said 13 people had been killed in two days of unrest.

On Thursday, Defence Minister Vladimir Padrino said the armed forces did not recognise a president "imposed by obscure interests" and would stand by Maduro. Russia, Maduro's main creditor, warned Washington against military intervention.

Venezuela's economy has shrunk by about half since 2013, and some three million people have left. Whether the military's loyalty will hold is the question on which the standoff now turns.
""")
MAD = A("Nicolas Maduro", "VEN", "GOV")
USG = A("United States", "USA", "GOV")
GUA = A("Juan Guaido", "VEN", ["OPP", "LEG"])
E("o04", "Maduro cuts ties with Washington", MAD, USG, ["16"], "161", "2019-01-23", None, False, "headline")
E("o04", "after US backs rival as president", USG, GUA, ["05"], "054", "2019-01-23", None, False, "headline")
E("o04", "broke off diplomatic relations with the United States", MAD, USG, ["16"], "161", "2019-01-23", None, True)
E("o04", "gave American diplomats 72 hours to leave", MAD, USG, ["16", "13", "17"], "161", "2019-01-23", None, False,
  "expulsion of diplomats, same act as the break in relations")
E("o04", "President Donald Trump recognised opposition leader Juan Guaido", A("Donald Trump", "USA", "GOV"), GUA, ["05"],
  "054", "2019-01-23", None, True)
E("o04", "followed Washington in recognising him", A("Canada", "CAN", "GOV"), GUA, ["05"], "054", "2019-01-23", None, True,
  "first-named of the list")
E("o04", "followed Washington in recognising him", A("Brazil", "BRA", "GOV"), GUA, ["05"], "054", "2019-01-23", None, False)
E("o04", "followed Washington in recognising him", A("Colombia", "COL", "GOV"), GUA, ["05"], "054", "2019-01-23", None,
  False)
E("o04", "Maduro accused the United States of trying", MAD, USG, ["11"], "112", "2019-01-23", None, True,
  "same day as the break (speech on Wednesday)")
E("o04", "did not consider that Maduro had the authority", A("Mike Pompeo", "USA", "GOV"), MAD, ["12"], "120",
  "2019-01-23", None, True, "rejection of the expulsion order")
E("o04", "Security forces fired tear gas at demonstrators", A("Venezuelan security forces", "VEN", ["COP", "MIL"]),
  A("demonstrators", "VEN", ["CVL", "OPP"]), REPR, "175", "2019-01", P("Caracas", "VEN"), True,
  "'the capital' with dateline Caracas; undated (two days)")
E("o04", "the armed forces did not recognise a president", A("Vladimir Padrino", "VEN", ["MIL", "GOV"]), GUA, ["12"], "120",
  "2019-01-24", None, True, "refusal to recognise")
E("o04", "and would stand by Maduro", A("Vladimir Padrino", "VEN", ["MIL", "GOV"]), MAD, ["05"], "050", "2019-01-24", None,
  False)
E("o04", "warned Washington against military intervention", A("Russia", "RUS", "GOV"), USG, ["13", "11"], "130", "2019-01",
  None, True, "warning; undated sentence after 'On Thursday'")
F("o04", "economy has shrunk by about half since 2013", "figures")
F("o04", "Whether the military's loyalty will hold", "speculation")

# ---------------------------------------------------------------- o05 UK, Europe
S("o05", "2018-03-14", "Europe/Eurasia", """
Britain expels 23 Russian diplomats over Salisbury nerve attack

LONDON, United Kingdom —

Prime Minister Theresa May said on Wednesday that Britain would expel 23 Russian diplomats, the largest such expulsion in more than 30 years, after Moscow ignored her deadline to explain how a Soviet-designed nerve agent came to be used on English soil.

Telling parliament that the diplomats had been identified as undeclared intelligence officers, May gave them one week to leave. She also froze high-level bilateral contacts and said no ministers or members of the royal family would attend the football World Cup in Russia this summer.

May had given Moscow until midnight on Tuesday to say whether the Russian state was directly responsible for the attack or had lost control of its stock of the agent. The Russian foreign ministry did not give an answer.

Sergei Skripal, a former Russian military intelligence officer who spied for Britain, and his daughter Yulia were found slumped on a bench in the city of Salisbury on March 4. Both remain in hospital in a critical condition.

The Russian embassy in London called the measures unacceptable and said they would be answered. Moscow has repeatedly denied any role in the poisoning.

Britain asked for an urgent meeting of the UN Security Council, and Washington said it stood in solidarity with its closest ally.

Whether the expulsions will change Moscow's behaviour is doubted by several former diplomats.
""")
MAY = A("Theresa May", "GBR", "GOV")
RUSG = A("Russia", "RUS", "GOV")
E("o05", "Britain expels 23 Russian diplomats", A("Britain", "GBR", "GOV"), RUSG, ["16", "17"], "161", "2018-03-14", None,
  False, "headline")
E("o05", "Britain would expel 23 Russian diplomats", MAY, RUSG, ["16", "17"], "161", "2018-03-14", None, True,
  "announced decision, asserted though phrased with 'would'")
E("o05", "after Moscow ignored her deadline", RUSG, MAY, ["12"], "120", "2018-03-13", None, False,
  "lead; restated in para 3")
E("o05", "May gave them one week to leave", MAY, RUSG, ["16", "17"], "161", "2018-03-14", None, False, "restatement")
E("o05", "She also froze high-level bilateral contacts", MAY, RUSG, ["16"], "161", "2018-03-14", None, True)
E("o05", "May had given Moscow until midnight on Tuesday", MAY, RUSG, ["13", "10"], "139", "2018-03", None, True,
  "ultimatum; the day it was given is not stated, so month")
E("o05", "The Russian foreign ministry did not give an answer", A("Russian foreign ministry", "RUS", "GOV"), MAY, ["12"],
  "120", "2018-03-13", None, False, "non-reply; coders split")
E("o05", "called the measures unacceptable and said", A("Russian embassy", "RUS", "GOV"), A("Britain", "GBR", "GOV"),
  ["11"], "111", "2018-03", P("London", "GBR"), True)
E("o05", "said they would be answered", A("Russian embassy", "RUS", "GOV"), A("Britain", "GBR", "GOV"), ["13"], "130",
  "2018-03", P("London", "GBR"), True, "threat of retaliation")
E("o05", "Moscow has repeatedly denied any role", RUSG, A("Britain", "GBR", "GOV"), DENY, "016", "2018", None, True,
  "undated present perfect")
E("o05", "Britain asked for an urgent meeting", A("Britain", "GBR", "GOV"), A("UN Security Council", "UNO", "IGO"),
  ["02", "10"], "020", "2018-03", None, True)
E("o05", "Washington said it stood in solidarity", USG, A("Britain", "GBR", "GOV"), ["05"], "051", "2018-03", None, False)
F("o05", "Both remain in hospital in a critical condition", "standing situation")
F("o05", "Whether the expulsions will change Moscow's behaviour", "speculation")

# ---------------------------------------------------------------- o06 Georgia, former USSR
S("o06", "2008-08-09", "Europe/Eurasia", """
Russian jets bomb Georgian town as fighting over South Ossetia spreads

TBILISI, Georgia —

Russian warplanes bombed the Georgian town of Gori on Saturday, killing several civilians, as Moscow poured troops and tanks into the breakaway region of South Ossetia to drive back a Georgian offensive.

Georgia's parliament approved a state of war declared by President Mikheil Saakashvili, who said his country was under full-scale military aggression. He appealed to the United States and Europe to help stop the attacks.

The fighting began late on Thursday, when Georgian forces launched a heavy assault on Tskhinvali, the separatist capital, after accusing the rebels of shelling Georgian villages. Russian armoured columns crossed the border through the Roki tunnel on Friday.

In Moscow, President Dmitry Medvedev said Russia would protect the lives and dignity of its citizens wherever they were. Prime Minister Vladimir Putin, speaking in Beijing where he was attending the Olympic Games, said Georgia's actions had started a war.

Russian aircraft also struck the Vaziani military air base near Tbilisi on Friday, Georgian officials said.

President George Bush, who was also in Beijing, called on Russia to halt the bombing and to respect Georgia's territorial integrity.

The UN Security Council met for a second night but could not agree on a statement. How far the Russian advance will go is unclear.

Most residents of South Ossetia hold Russian passports.
""")
RMIL = A("Russian military", "RUS", "MIL")
GEOG = A("Georgia", "GEO", "GOV")
OSS = A("South Ossetian separatists", "GEO", "REB")
E("o06", "Russian jets bomb Georgian town", RMIL, A("Gori", "GEO", None), ["19", "18"], "195", "2008-08-09",
  P("Gori", "GEO"), False, "headline")
E("o06", "Russian warplanes bombed the Georgian town of Gori", RMIL, A("Gori", "GEO", None), ["19", "18"], "195",
  "2008-08-09", P("Gori", "GEO"), True, "target is the town: country GEO, sector free")
E("o06", "poured troops and tanks into the breakaway region", RMIL, A("Georgian forces", "GEO", "MIL"), ["19", "15"],
  "190", "2008-08", P("South Ossetia", "GEO"), False, "ongoing; crossing coded at 'Roki tunnel'")
E("o06", "Georgia's parliament approved a state of war", A("Georgian parliament", "GEO", ["LEG", "GOV"]), None,
  ["17", "15"], "1724", "2008-08", None, False, "no target")
E("o06", "He appealed to the United States and Europe", A("Mikheil Saakashvili", "GEO", "GOV"), USG, ["02", "10"], "021",
  "2008-08", None, True, "'He' = Saakashvili; first target required")
E("o06", "He appealed to the United States and Europe", A("Mikheil Saakashvili", "GEO", "GOV"),
  A("Europe", "EUR", "IGO"), ["02", "10"], "021", "2008-08", None, False)
E("o06", "Georgian forces launched a heavy assault on Tskhinvali", A("Georgian forces", "GEO", "MIL"), OSS, ["19", "18"],
  "190", "2008-08-07", P("Tskhinvali", "GEO"), True, "late on Thursday = 7 Aug")
E("o06", "after accusing the rebels of shelling Georgian villages", GEOG, OSS, ["11"], "112", "2008-08", None, True,
  "source Georgian forces/government")
E("o06", "Russian armoured columns crossed the border", RMIL, GEOG, ["19", "15"], "192", "2008-08-08",
  P("Roki tunnel", "GEO"), True)
E("o06", "Medvedev said Russia would protect the lives", A("Dmitry Medvedev", "RUS", "GOV"), GEOG, ["13"], "130",
  "2008-08", P("Moscow", "RUS"), False, "veiled threat, target implied")
E("o06", "said Georgia's actions had started a war", A("Vladimir Putin", "RUS", "GOV"), GEOG, ["11"], "112", "2008-08",
  P("Beijing", "CHN"), True)
E("o06", "Russian aircraft also struck the Vaziani military air base", RMIL, A("Georgian military", "GEO", "MIL"),
  ["19", "18"], "195", "2008-08-08", P("Vaziani", "GEO"), True)
E("o06", "called on Russia to halt the bombing", A("George Bush", "USA", "GOV"), RUSG, ["02", "10"], "0256", "2008-08",
  P("Beijing", "CHN"), True)
F("o06", "How far the Russian advance will go is unclear", "speculation")
F("o06", "Most residents of South Ossetia hold Russian passports", "standing situation")

# ---------------------------------------------------------------- o07 Fiji, Pacific
S("o07", "2006-12-05", "Pacific", """
Fiji military chief seizes power, ousts prime minister

SUVA, Fiji —

Fiji's military commander, Commodore Frank Bainimarama, said on Tuesday that he had taken over executive authority and dismissed Prime Minister Laisenia Qarase, carrying out the country's fourth coup in two decades.

Soldiers armed with automatic rifles set up checkpoints across the capital, Suva, and surrounded the prime minister's official residence. Qarase remained at his private home, where troops blocked the road.

Bainimarama had demanded for weeks that the government drop legislation offering amnesty to those behind the 2000 coup, and accused Qarase of corruption. On Monday his troops seized weapons from the main police barracks in Suva.

Qarase told reporters that he had asked Australia to send troops but that Canberra had turned him down.

Australian Prime Minister John Howard condemned the takeover and said Australia would suspend defence cooperation with Fiji. New Zealand said it had cut its military links with the islands and barred members of the armed forces from entering the country.

The military has said it will appoint a caretaker government.

Fiji, a nation of about 900,000 people, has long been divided between indigenous Fijians and citizens of Indian descent.
""")
FMIL = A("Fiji military", "FJI", "MIL")
BAI = A("Frank Bainimarama", "FJI", "MIL")
QAR = A("Laisenia Qarase", "FJI", "GOV")
E("o07", "Fiji military chief seizes power, ousts prime minister", BAI, QAR, COUP, "1724", "2006-12-05", None, False,
  "headline")
E("o07", "he had taken over executive authority", BAI, A("Fiji government", "FJI", "GOV"), COUP, "1724", "2006-12-05", None,
  True, "takeover announced on Tuesday")
E("o07", "dismissed Prime Minister Laisenia Qarase, carrying out", BAI, QAR, COUP, "1724", "2006-12-05", None, False,
  "second verb of the same takeover")
E("o07", "surrounded the prime minister's official residence", FMIL, QAR, ["19", "17", "15"], "191", "2006-12-05",
  P("Suva", "FJI"), True, "checkpoints and cordon in Suva; date from context")
E("o07", "where troops blocked the road", FMIL, QAR, ["19", "17", "15"], "191", "2006-12-05", None, False)
E("o07", "had demanded for weeks that the government drop", BAI, A("Fiji government", "FJI", "GOV"), DEMAND, "1042",
  "2006", None, True, "undated pluperfect")
E("o07", "and accused Qarase of corruption", BAI, QAR, ["11"], "112", "2006", None, False)
E("o07", "his troops seized weapons from the main police barracks", FMIL, A("Fiji police", "FJI", "COP"), ["17"], "1711",
  "2006-12-04", P("Suva", "FJI"), True)
E("o07", "he had asked Australia to send troops", QAR, A("Australia", "AUS", "GOV"), ["02", "10"], "0234", "2006", None,
  True, "nested reported speech")
E("o07", "Canberra had turned him down", A("Australia", "AUS", "GOV"), QAR, ["12"], "1222", "2006", None, True)
E("o07", "Howard condemned the takeover", A("John Howard", "AUS", "GOV"), FMIL, ["11"], "111", "2006-12", None, True)
E("o07", "said Australia would suspend defence cooperation", A("John Howard", "AUS", "GOV"), A("Fiji", "FJI", ["GOV", "MIL"]),
  ["16"], "1622", "2006-12", None, False, "announced future step")
E("o07", "New Zealand said it had cut its military links", A("New Zealand", "NZL", "GOV"), A("Fiji", "FJI", ["GOV", "MIL"]),
  ["16"], "1622", "2006-12", None, True)
E("o07", "barred members of the armed forces from entering", A("New Zealand", "NZL", "GOV"), FMIL, ["16", "17"], "163",
  "2006-12", None, False, "travel ban")
F("o07", "The military has said it will appoint", "future")
F("o07", "has long been divided between indigenous Fijians", "standing situation")

# ---------------------------------------------------------------- o08 Kenya, Africa
S("o08", "2008-02-29", "Africa", """
Kenya rivals sign deal to share power after weeks of bloodshed

NAIROBI, Kenya —

President Mwai Kibaki and opposition leader Raila Odinga signed an agreement on Thursday to share power, raising hopes of an end to two months of violence that followed December's disputed election.

The deal, brokered by former UN Secretary-General Kofi Annan, creates the post of prime minister for Odinga and two deputy prime ministers, one from each side. It was signed on the steps of Harambee House, the president's office, after a day of talks in which Tanzanian President Jakaya Kikwete, the chairman of the African Union, joined Annan.

Annan had suspended the negotiations on Tuesday, saying the two teams were deadlocked, and took his mediation directly to the two leaders.

Odinga's Orange Democratic Movement had threatened to call its supporters onto the streets on Thursday if no deal was reached, but the party called off the rallies in the morning.

Odinga has accused Kibaki of stealing the December 27 vote, a charge the president's camp rejects. More than 1,000 people were killed after the result was announced, and some 600,000 fled their homes.

Last week US Secretary of State Condoleezza Rice flew to Nairobi and told both sides that Washington expected a deal.

Parliament must still pass the changes to the constitution before the agreement can take effect.
""")
KIB = A("Mwai Kibaki", "KEN", "GOV")
ODI = A("Raila Odinga", "KEN", ["OPP", "PTY"])
ODM = A("Orange Democratic Movement", "KEN", ["OPP", "PTY"])
ANN = A("Kofi Annan", None, ["IGO", "ELI"])
E("o08", "Kenya rivals sign deal to share power", KIB, ODI, AGREE, "057", "2008-02-28", None, False, "headline")
E("o08", "signed an agreement on Thursday to share power", KIB, ODI, AGREE, "057", "2008-02-28", None, True,
  "joint: Kibaki first-mentioned")
E("o08", "signed an agreement on Thursday to share power", ODI, KIB, AGREE, "057", "2008-02-28", None, False, "reverse")
E("o08", "It was signed on the steps of Harambee House", KIB, ODI, AGREE, "057", "2008-02-28",
  P("Nairobi", "KEN"), False, "restatement")
E("o08", "Tanzanian President Jakaya Kikwete, the chairman", A("Jakaya Kikwete", "TZA", "GOV"), KIB, ["04"], "045", "2008-02-28", None, False,
  "mediation; Annan's actor code disputed (former UN chief acting for the AU panel)")
E("o08", "Annan had suspended the negotiations on Tuesday", ANN, KIB, ["16"], "165", "2008-02-26", None, False,
  "country of Annan not given")
E("o08", "had threatened to call its supporters onto the streets", ODM, KIB, ["13"], "133", "2008-02", None, True,
  "undated pluperfect: month")
E("o08", "the party called off the rallies in the morning", ODM, KIB, ["08"], "082", "2008-02-28", None, True,
  "'the party' = ODM; morning of Thursday")
E("o08", "Odinga has accused Kibaki of stealing", ODI, KIB, ["11"], "112", None, None, True,
  "ongoing accusation since December; no date support")
E("o08", "a charge the president's camp rejects", A("Kibaki camp", "KEN", ["GOV", "PTY"]), ODI, DENY, "016", None, None,
  False)
E("o08", "Condoleezza Rice flew to Nairobi", A("Condoleezza Rice", "USA", "GOV"), A("Kenya", "KEN", "GOV"), ["04"], "042",
  "2008-02", P("Nairobi", "KEN"), True, "'last week' = 18-24 Feb")
E("o08", "told both sides that Washington expected a deal", A("Condoleezza Rice", "USA", "GOV"), KIB, DEMAND, "1041",
  "2008-02", None, False)
F("o08", "creates the post of prime minister for Odinga", "definition of the deal's terms")
F("o08", "Parliament must still pass the changes", "normative/future")

# ---------------------------------------------------------------- o09 India/Pakistan, Asia
S("o09", "2008-12-02", "Asia", """
India summons Pakistan envoy, demands action over Mumbai attacks

NEW DELHI, India —

India summoned Pakistan's high commissioner on Monday and told him that the gunmen who attacked Mumbai last week had come from Pakistan and that Islamabad must take strong action against those responsible.

The foreign ministry said it had handed the envoy, Shahid Malik, a formal protest and warned that relations between the two countries depended on Pakistan's response.

In Islamabad, President Asif Ali Zardari said there was no evidence that Pakistani state agencies were involved and that any suspects would be tried at home rather than handed over.

Ten gunmen landed by boat on Wednesday night and attacked two luxury hotels, the main railway station and a Jewish centre in India's financial capital. Indian commandos killed the last of the attackers at the Taj Mahal Palace hotel on Saturday morning, ending a siege of nearly 60 hours. Police captured one gunman alive.

Home Minister Shivraj Patil resigned on Sunday after mounting criticism of the security failures.

US Secretary of State Condoleezza Rice is due in New Delhi on Wednesday.

Officials put the death toll at 171, including 22 foreigners.
""")
IND = A("India", "IND", "GOV")
PAKG = A("Pakistan", "PAK", "GOV")
GUN = A("gunmen", None, None)
E("o09", "India summons Pakistan envoy, demands action", IND, PAKG, ["11"], "114", "2008-12-01", None, False, "headline")
E("o09", "India summoned Pakistan's high commissioner on Monday", IND, PAKG, ["11"], "114", "2008-12-01", None, True)
E("o09", "Islamabad must take strong action against those responsible", IND, PAKG, DEMAND, "100", "2008-12-01", None, True,
  "demand in the same sentence")
E("o09", "had come from Pakistan and that Islamabad", IND, PAKG, ["11"], "112", "2008-12-01", None, False,
  "implied accusation")
E("o09", "handed the envoy, Shahid Malik, a formal protest", IND, PAKG, ["11"], "114", "2008-12-01", None, False,
  "restatement")
E("o09", "warned that relations between the two countries depended", IND, PAKG, ["13"], "1311", "2008-12-01", None, False)
E("o09", "there was no evidence that Pakistani state agencies", A("Asif Ali Zardari", "PAK", "GOV"), IND, DENY, "016",
  "2008", P("Islamabad", "PAK"), True, "undated; target = the accuser")
E("o09", "any suspects would be tried at home", A("Asif Ali Zardari", "PAK", "GOV"), IND, ["12"],
  "1243", "2008", P("Islamabad", "PAK"), True, "refusal to hand over")
E("o09", "Ten gunmen landed by boat on Wednesday night", GUN, A("Mumbai civilians", "IND", ["CVL", "BUS"]), ["18", "19"],
  "180", "2008-11-26", P("Mumbai", "IND"), True, "'India's financial capital' = Mumbai; gunmen null/null")
E("o09", "Indian commandos killed the last of the attackers", A("Indian commandos", "IND", "MIL"), GUN, ["19", "18"],
  "190", "2008-11-29", P("Mumbai", "IND"), True, "Taj Mahal Palace hotel, Mumbai")
E("o09", "Police captured one gunman alive", A("Indian police", "IND", "COP"), GUN, ["17"], "173", "2008-11", None, True)
E("o09", "Home Minister Shivraj Patil resigned on Sunday", A("Shivraj Patil", "IND", "GOV"), None, ["08"], "0831",
  "2008-11-30", None, False, "resignation under criticism; no named target")
F("o09", "Condoleezza Rice is due in New Delhi", "future visit")
F("o09", "Officials put the death toll at 171", "casualty count")

# ---------------------------------------------------------------- o10 Korea, Asia
S("o10", "2010-11-24", "Asia", """
South Korea vows retaliation after North shells border island

SEOUL, South Korea —

South Korean President Lee Myung-bak warned on Wednesday that Seoul would respond with "enormous retaliation" to any further provocation, a day after North Korean artillery pounded a South Korean island near their disputed sea border.

Dozens of shells struck Yeonpyeong island on Tuesday afternoon, killing two South Korean marines and setting homes ablaze. The bodies of two civilians were found in the rubble on Wednesday. South Korean forces returned fire with self-propelled howitzers and scrambled fighter jets.

Pyongyang's official news agency blamed the South, saying its troops had opened fire first during military drills and that shells had landed in the North's waters.

The South Korean military had been holding routine exercises in the area. Officials in Seoul denied firing at the North.

In Washington, the White House condemned the attack, and President Barack Obama telephoned Lee to say the United States stood firmly with its ally.

China, the North's main ally, called on both Koreas to show restraint.

Most of Yeonpyeong's roughly 1,300 residents fled to the mainland by ferry on Wednesday. It was the first artillery attack on a civilian area in the South since the Korean War ended in 1953.
""")
LEE = A("Lee Myung-bak", "KOR", "GOV")
PMIL = A("North Korean military", "PRK", "MIL")
PRKG = A("North Korea", "PRK", "GOV")
KORG = A("South Korea", "KOR", "GOV")
E("o10", "South Korea vows retaliation after North shells", KORG, PRKG, ["13"], "138", "2010-11-24", None, False, "headline")
E("o10", "after North shells border island", PMIL, A("Yeonpyeong", "KOR", None), ["19", "18"], "194", "2010-11-23",
  None, False, "headline")
E("o10", "warned on Wednesday that Seoul would respond", LEE, PRKG, ["13"], "138", "2010-11-24", None, True)
E("o10", "North Korean artillery pounded a South Korean island", PMIL, A("Yeonpyeong", "KOR", None), ["19", "18"], "194",
  "2010-11-23", None, False, "lead; detailed in para 2")
E("o10", "Dozens of shells struck Yeonpyeong island", PMIL, A("Yeonpyeong", "KOR", ["MIL", "CVL"]), ["19", "18"], "194",
  "2010-11-23", P("Yeonpyeong", "KOR"), True, "agentless: the North's artillery from the lead")
E("o10", "South Korean forces returned fire", A("South Korean forces", "KOR", "MIL"), PMIL, ["19"], "194", "2010-11-23", None,
  True, "date from context (Tuesday)")
E("o10", "Pyongyang's official news agency blamed the South", A("North Korea (KCNA)", "PRK", ["GOV", "MED"]),
  A("South Korea", "KOR", ["GOV", "MIL"]), ["11"], "112", "2010-11", None, True)
E("o10", "Officials in Seoul denied firing at the North", KORG, PRKG, DENY, "016", "2010-11", None, True)
E("o10", "the White House condemned the attack", A("White House", "USA", "GOV"), PRKG, ["11"], "111", "2010-11",
  P("Washington", "USA"), True)
E("o10", "President Barack Obama telephoned Lee", A("Barack Obama", "USA", "GOV"), LEE, ["04"], "041", "2010-11",
  P("Washington", "USA"), True)
E("o10", "to say the United States stood firmly", A("Barack Obama", "USA", "GOV"), LEE, ["05"], "051", "2010-11", None, False)
E("o10", "called on both Koreas to show restraint", A("China", "CHN", "GOV"), PRKG, ["02", "10"], "0256", "2010-11", None,
  False, "'both Koreas'")
E("o10", "called on both Koreas to show restraint", A("China", "CHN", "GOV"), KORG, ["02", "10"], "0256", "2010-11", None,
  False, "'both Koreas'")
F("o10", "had been holding routine exercises in the area", "standing situation")
F("o10", "It was the first artillery attack on a civilian area", "characterisation")

# ---------------------------------------------------------------- o11 Honduras, Americas
S("o11", "2009-06-29", "Americas", """
Honduran troops oust president, fly him into exile

TEGUCIGALPA, Honduras —

Soldiers stormed the residence of Honduran President Manuel Zelaya before dawn on Sunday, detained him in his pyjamas and put him on a plane to Costa Rica, hours before a vote on changing the constitution that the courts had banned.

Speaking in San Jose, the Costa Rican capital, Zelaya called his removal a kidnapping and said he was still the country's president.

Later on Sunday, Congress named its speaker, Roberto Micheletti, as interim president, and he imposed a curfew for the next two nights.

Ambassadors from Venezuela, Cuba and Nicaragua were briefly seized and beaten by soldiers in the capital, Venezuelan President Hugo Chavez said. Chavez put his armed forces on alert and warned that he would respond militarily if his envoy was harmed.

The Organization of American States condemned the coup at an emergency session in Washington and demanded Zelaya's return. President Barack Obama said on Monday the ouster was not legal.

Hundreds of Zelaya's supporters threw stones at troops outside the presidential palace on Monday, and soldiers fired tear gas to disperse them.

Zelaya had clashed with the army last week, when he fired its chief, General Romeo Vasquez, for refusing to help organise the vote.

Zelaya's term was due to end in January. No country has yet recognised the new government.
""")
HMIL = A("Honduran military", "HND", "MIL")
ZEL = A("Manuel Zelaya", "HND", "GOV")
CHA = A("Hugo Chavez", "VEN", "GOV")
E("o11", "Honduran troops oust president, fly him", HMIL, ZEL, COUP, "1724", "2009-06-28", None, False, "headline")
E("o11", "Soldiers stormed the residence of Honduran President", HMIL, ZEL, ["17", "19", "18"], "173", "2009-06-28", None,
  True, "raid and detention")
E("o11", "put him on a plane to Costa Rica", HMIL, ZEL, ["17"], "174", "2009-06-28", None, False, "expulsion, same sentence")
E("o11", "Zelaya called his removal a kidnapping", ZEL, HMIL, ["11"], "112", "2009-06", P("San Jose", "CRI"), True,
  "undated sentence; place from the participle clause")
E("o11", "he imposed a curfew for the next two nights", A("Roberto Micheletti", "HND", "GOV"),
  A("Honduran civilians", "HND", "CVL"), ["17"], "1723", "2009-06-28", None, True, "'he' = Micheletti")
E("o11", "were briefly seized and beaten by soldiers", HMIL, A("Venezuelan ambassador", "VEN", "GOV"), ["17", "18"], "173",
  "2009-06", P("Tegucigalpa", "HND"), True, "passive with agent; first-named victim required")
E("o11", "were briefly seized and beaten by soldiers", HMIL, A("Cuban ambassador", "CUB", "GOV"), ["17", "18"], "173",
  "2009-06", P("Tegucigalpa", "HND"), False)
E("o11", "were briefly seized and beaten by soldiers", HMIL, A("Nicaraguan ambassador", "NIC", "GOV"), ["17", "18"], "173",
  "2009-06", P("Tegucigalpa", "HND"), False)
E("o11", "Chavez put his armed forces on alert", CHA, HMIL, ["15"], "152", "2009-06", None, False)
E("o11", "warned that he would respond militarily", CHA, HMIL, ["13"], "138", "2009-06", None, True)
E("o11", "The Organization of American States condemned the coup", A("OAS", "OAS", "IGO"), HMIL, ["11"], "111", "2009-06",
  P("Washington", "USA"), True)
E("o11", "and demanded Zelaya's return", A("OAS", "OAS", "IGO"), HMIL, DEMAND, "1041", "2009-06", P("Washington", "USA"),
  False)
E("o11", "Obama said on Monday the ouster was not legal", A("Barack Obama", "USA", "GOV"), HMIL, ["11", "12"], "111",
  "2009-06-29", None, False)
E("o11", "threw stones at troops outside the presidential palace", A("Zelaya supporters", "HND", ["CVL", "OPP"]), HMIL,
  VPROT, "145", "2009-06-29", None, True)
E("o11", "soldiers fired tear gas to disperse them", HMIL, A("Zelaya supporters", "HND", ["CVL", "OPP"]), REPR, "175",
  "2009-06-29", None, True)
E("o11", "when he fired its chief, General Romeo Vasquez", ZEL, A("Romeo Vasquez", "HND", "MIL"), ["17"], "172", "2009-06",
  None, False)
F("o11", "Zelaya's term was due to end in January", "standing situation")
F("o11", "No country has yet recognised the new government", "negated")

# ---------------------------------------------------------------- o12 Iran deal, Middle East
S("o12", "2015-07-14", "Middle East", """
Iran and world powers reach nuclear deal in Vienna

VIENNA, Austria —

Iran and six world powers reached a landmark agreement on Tuesday that will limit Tehran's nuclear programme for more than a decade in return for the lifting of international sanctions.

The deal was announced by European Union foreign policy chief Federica Mogherini and Iranian Foreign Minister Mohammad Javad Zarif at a news conference after 18 days of negotiations at a Vienna hotel. US Secretary of State John Kerry had met Zarif almost daily since late June.

Under the accord, Iran will cut its stockpile of enriched uranium and accept inspections. The UN nuclear watchdog, the IAEA, separately signed a roadmap with Tehran to resolve outstanding questions by the end of the year.

In Washington, President Barack Obama said the agreement cut off every pathway to a bomb and warned that he would veto any bill in Congress that tried to block it. He later telephoned Israeli Prime Minister Benjamin Netanyahu to discuss the deal.

Netanyahu called the deal a historic mistake and said Israel was not bound by it.

President Hassan Rouhani said in a televised speech that a new chapter had begun, and crowds celebrated in the streets of Tehran after dark.

Sanctions will not be lifted until inspectors confirm that Iran has met its commitments.
""")
IRN = A("Iran", "IRN", "GOV")
P51 = A("six world powers", None, "GOV")
E("o12", "Iran and world powers reach nuclear deal", IRN, P51, AGREE, "057", "2015-07-14", None, False, "headline")
E("o12", "Iran and six world powers reached a landmark agreement", IRN, P51, AGREE, "057", "2015-07-14", None, True,
  "joint: Iran first; the powers as a group null/GOV")
E("o12", "Iran and six world powers reached a landmark agreement", P51, IRN, AGREE, "057", "2015-07-14", None, False,
  "reverse")
E("o12", "after 18 days of negotiations at a Vienna hotel", IRN, P51, ["04"], "046", "2015-07", P("Vienna", "AUT"), False)
E("o12", "Kerry had met Zarif almost daily", A("John Kerry", "USA", "GOV"), A("Mohammad Javad Zarif", "IRN", "GOV"), ["04"],
  "040", "2015", None, True, "'since late June': year is safe")
E("o12", "separately signed a roadmap with Tehran", A("IAEA", "UNO", "IGO"), IRN, AGREE, "057", "2015-07", None, True)
E("o12", "warned that he would veto any bill", A("Barack Obama", "USA", "GOV"), A("US Congress", "USA", ["LEG", "GOV"]),
  ["13"], "130", "2015-07", P("Washington", "USA"), True)
E("o12", "He later telephoned Israeli Prime Minister", A("Barack Obama", "USA", "GOV"),
  A("Benjamin Netanyahu", "ISR", "GOV"), ["04"], "041", "2015-07", None, True, "'He' = Obama")
E("o12", "Netanyahu called the deal a historic mistake", A("Benjamin Netanyahu", "ISR", "GOV"), IRN, ["11", "12"], "111",
  "2015-07", None, False, "target of criticism of the deal is unclear")
F("o12", "Under the accord, Iran will cut its stockpile", "future terms of the deal")
F("o12", "Sanctions will not be lifted until inspectors", "future/negated")

# ---------------------------------------------------------------- o13 Belarus, former USSR
S("o13", "2020-08-11", "Europe/Eurasia", """
Belarus opposition candidate flees to Lithuania as police crush protests

MINSK, Belarus —

Svetlana Tikhanovskaya, the main challenger to President Alexander Lukashenko in Sunday's election, has left Belarus for Lithuania, the Lithuanian foreign minister said on Tuesday, after two nights of clashes between police and protesters in Minsk.

The 37-year-old had spent several hours on Monday at the central election commission, where she lodged a formal complaint against the official results, which gave Lukashenko 80 percent of the vote.

Riot police fired rubber bullets, stun grenades and water cannon at thousands of demonstrators in the capital on Monday night. The interior ministry said one protester was killed when an explosive device went off in his hand. Some 3,000 people were detained after the first night of unrest, according to officials.

Lukashenko said the protests were being directed from abroad, naming Poland and the Czech Republic, and said he would not allow the country to be torn apart.

Russian President Vladimir Putin congratulated him on his victory on Monday. But the European Union's foreign policy chief, Josep Borrell, said the vote had been neither free nor fair and that the bloc might take measures against those responsible for the violence. Polish Prime Minister Mateusz Morawiecki called for an emergency summit of EU leaders.

Lukashenko has ruled the former Soviet republic since 1994.

Whether the protest movement can survive without its leader in the country remains uncertain.
""")
LUK = A("Alexander Lukashenko", "BLR", "GOV")
BCOP = A("Belarusian police", "BLR", "COP")
BPROT = A("Belarusian protesters", "BLR", ["CVL", "OPP"])
E("o13", "as police crush protests", BCOP, BPROT, REPR, "175", "2020-08", None, False, "headline")
E("o13", "two nights of clashes between police and protesters", BCOP, BPROT, ["17", "14", "19"], "175", "2020-08",
  P("Minsk", "BLR"), False, "lead summary; police first-mentioned")
E("o13", "she lodged a formal complaint against the official results", A("Svetlana Tikhanovskaya", "BLR", "OPP"),
  A("Central election commission", "BLR", "GOV"), ["11"], "114", "2020-08-10", None, True)
E("o13", "Riot police fired rubber bullets, stun grenades", BCOP, BPROT, REPR, "175", "2020-08-10", P("Minsk", "BLR"), True,
  "'the capital' = Minsk")
E("o13", "Some 3,000 people were detained after the first night", BCOP, BPROT, ["17"], "173", "2020-08", None, True,
  "agentless passive: police of the story's country")
E("o13", "said the protests were being directed from abroad", LUK, A("Poland", "POL", "GOV"), ["11"], "112", "2020-08", None,
  True, "first-named country required")
E("o13", "said the protests were being directed from abroad", LUK, A("Czech Republic", "CZE", "GOV"), ["11"], "112",
  "2020-08", None, False)
E("o13", "Putin congratulated him on his victory on Monday", A("Vladimir Putin", "RUS", "GOV"), LUK, ["05"], "051",
  "2020-08-10", None, True, "'him' = Lukashenko")
E("o13", "said the vote had been neither free nor fair", A("Josep Borrell", "EUR", "IGO"), A("Belarus", "BLR", "GOV"),
  ["11"], "111", "2020-08", None, True)
E("o13", "the bloc might take measures against those responsible", A("Josep Borrell", "EUR", "IGO"),
  A("Belarus", "BLR", "GOV"), ["13"], "1312", "2020-08", None, False, "hedged threat")
E("o13", "Morawiecki called for an emergency summit of EU leaders", A("Mateusz Morawiecki", "POL", "GOV"),
  A("European Union", "EUR", "IGO"), ["02", "10"], "026", "2020-08", None, True)
F("o13", "Lukashenko has ruled the former Soviet republic since", "standing situation")
F("o13", "Whether the protest movement can survive", "speculation")

# ---------------------------------------------------------------- o14 Nigeria, Africa
S("o14", "2014-05-06", "Africa", """
Boko Haram leader threatens to sell kidnapped Nigerian schoolgirls

ABUJA, Nigeria —

The leader of the Islamist group Boko Haram has claimed responsibility for the abduction of more than 200 schoolgirls in northeastern Nigeria and threatened to sell them, in a video obtained by news agencies on Monday.

"I abducted your girls," Abubakar Shekau said in the 57-minute recording. He said Western education should end.

Gunmen stormed the Government Girls Secondary School in the town of Chibok, in Borno state, on the night of April 14 and drove the students away in trucks. Dozens escaped, but more than 200 remain missing, according to police.

On Tuesday, US Secretary of State John Kerry said Washington would send a team of military and law enforcement experts to help find the girls, and President Goodluck Jonathan accepted the offer, the State Department said. Britain has also offered help.

The government has faced weeks of criticism from parents who accuse the army of doing too little. Hundreds of women marched on parliament in Abuja last week to demand faster action.

Police said suspected militants abducted eight more girls from a village near Gwoza on Sunday night.

Nigeria's army has been fighting the insurgency in the northeast since 2009.
""")
BH = A("Boko Haram", "NGA", ["REB", "RAD"])
GIRLS = A("schoolgirls", "NGA", ["CVL", "EDU"])
NGAG = A("Nigeria", "NGA", "GOV")
E("o14", "Boko Haram leader threatens to sell kidnapped", BH, GIRLS, ["13"], "130", "2014-05", None, False, "headline")
E("o14", "has claimed responsibility for the abduction", BH, GIRLS, ["01"], "015", "2014-05", None, False,
  "claim of responsibility; PLOVER drops 01")
E("o14", "threatened to sell them, in a video", BH, GIRLS, ["13"], "130", "2014-05", None, True,
  "video obtained Monday 5 May")
E("o14", "Gunmen stormed the Government Girls Secondary School", A("gunmen", None, None), GIRLS, ["18"], "181",
  "2014-04-14", P("Chibok", "NGA"), True, "unnamed gunmen null/null")
E("o14", "Kerry said Washington would send a team", A("John Kerry", "USA", "GOV"), NGAG, ["03", "07"], "033", "2014-05-06",
  None, True, "offer of help (intent)")
E("o14", "President Goodluck Jonathan accepted the offer", A("Goodluck Jonathan", "NGA", "GOV"), USG, ["08", "03", "05"],
  "086", "2014-05", None, True, "accepting foreign help")
E("o14", "Britain has also offered help", A("Britain", "GBR", "GOV"), NGAG, ["03", "07"], "033", "2014-05", None, True)
E("o14", "parents who accuse the army of doing too little", A("parents", "NGA", "CVL"), A("Nigerian army", "NGA", "MIL"),
  ["11"], "111", "2014", None, False)
E("o14", "Hundreds of women marched on parliament in Abuja", A("women protesters", "NGA", "CVL"),
  A("Nigerian parliament", "NGA", ["LEG", "GOV"]), ["14"], "141", "2014", P("Abuja", "NGA"), True,
  "'last week' spans April/May: year")
E("o14", "to demand faster action", A("women protesters", "NGA", "CVL"), NGAG, DEMAND, "100", "2014", P("Abuja", "NGA"),
  False)
E("o14", "suspected militants abducted eight more girls", A("suspected militants", None, None), A("girls", "NGA", "CVL"),
  ["18"], "181", "2014-05-04", P("Gwoza", "NGA"), True, "Sunday night = 4 May; unnamed attackers null/null")
F("o14", "He said Western education should end", "normative statement")
F("o14", "has been fighting the insurgency in the northeast", "standing situation")

# ---------------------------------------------------------------- o15 Hong Kong, Asia
S("o15", "2019-06-13", "Asia", """
Hong Kong police fire tear gas as protesters besiege legislature

HONG KONG, China —

Hong Kong police fired tear gas, rubber bullets and bean bag rounds on Wednesday at tens of thousands of protesters who had surrounded the city's legislature to block debate on a bill allowing extraditions to mainland China.

Demonstrators, most of them young and dressed in black, had occupied the main roads around the Legislative Council complex since early morning. Some threw bricks and bottles at officers after police moved to clear them in the afternoon.

Police Commissioner Stephen Lo declared the clashes a riot. In a television interview, Chief Executive Carrie Lam condemned what she called organised rioting and said she would not withdraw the bill.

The legislature postponed its second reading of the bill. Hospitals said 79 people were treated for injuries.

In Beijing, the foreign ministry said the central government firmly supported Lam and rejected what it called foreign interference in Hong Kong's affairs. British Foreign Secretary Jeremy Hunt had urged the city's government to listen to the protesters' concerns.

The opposition said more than a million people had marched against the bill on Sunday.

Critics fear the law would expose anyone in the city to trials in mainland courts controlled by the Communist Party.
""")
HCOP = A("Hong Kong police", "HKG", "COP")
HPROT = A("Hong Kong protesters", "HKG", ["CVL", "OPP"])
LAM = A("Carrie Lam", "HKG", "GOV")
E("o15", "Hong Kong police fire tear gas as protesters", HCOP, HPROT, REPR, "175", "2019-06-12", None, False, "headline")
E("o15", "Hong Kong police fired tear gas, rubber bullets", HCOP, HPROT, REPR, "175", "2019-06-12", P("Hong Kong", "HKG"),
  True)
E("o15", "who had surrounded the city's legislature", HPROT, A("Legislative Council", "HKG", ["LEG", "GOV"]), ["14"], "144",
  "2019-06-12", P("Hong Kong", "HKG"), False, "relative clause; detailed next sentence")
E("o15", "had occupied the main roads around the Legislative Council", HPROT,
  A("Legislative Council", "HKG", ["LEG", "GOV"]), ["14"], "144", "2019-06-12", P("Hong Kong", "HKG"), True)
E("o15", "Some threw bricks and bottles at officers", HPROT, HCOP, VPROT, "145", "2019-06-12", None, True)
E("o15", "after police moved to clear them", HCOP, HPROT, REPR, "175", "2019-06-12", None, False)
E("o15", "Stephen Lo declared the clashes a riot", A("Stephen Lo", "HKG", "COP"), HPROT, ["11", "17"], "111", "2019-06",
  None, False)
E("o15", "Carrie Lam condemned what she called organised rioting", LAM, HPROT, ["11"], "111", "2019-06", None, True)
E("o15", "said she would not withdraw the bill", LAM, HPROT, ["12"], "124", "2019-06", None, True, "refusal")
E("o15", "the central government firmly supported Lam", A("China", "CHN", "GOV"), LAM, ["05"], "051", "2019-06",
  P("Beijing", "CHN"), True)
E("o15", "rejected what it called foreign interference", A("China", "CHN", "GOV"), None, ["12", "11"], "120", "2019-06",
  P("Beijing", "CHN"), False, "no named target")
E("o15", "Jeremy Hunt had urged the city's government", A("Jeremy Hunt", "GBR", "GOV"), A("Hong Kong government", "HKG", "GOV"),
  ["02", "10"], "020", "2019-06", None, True)
E("o15", "more than a million people had marched against the bill", HPROT, A("Hong Kong government", "HKG", "GOV"), ["14"],
  "141", "2019-06-09", None, True, "reported background with a day")
E("o15", "The legislature postponed its second reading", A("Legislative Council", "HKG", ["LEG", "GOV"]), HPROT, ["08"],
  "080", "2019-06-12", None, False, "concession, coders split")
F("o15", "Hospitals said 79 people were treated", "casualty count")
F("o15", "Critics fear the law would expose anyone", "analysis")

# ---------------------------------------------------------------- o16 Yemen, Middle East
S("o16", "2015-03-26", "Middle East", """
Saudi-led coalition launches air strikes on Yemen's Houthi rebels

RIYADH, Saudi Arabia —

Saudi Arabia and its Gulf Arab allies launched air strikes on Houthi rebels across Yemen early on Thursday, bombing the airport in the capital Sanaa and an air base the fighters had captured, in a bid to restore the country's embattled president.

The campaign was announced in Washington late on Wednesday by the Saudi ambassador, Adel al-Jubeir, who said a coalition of ten countries was taking part. Egypt, Jordan, Sudan and Morocco said they had joined the operation.

President Abd-Rabbu Mansour Hadi had asked Gulf states on Tuesday to intervene militarily against the Shi'ite group, which seized Sanaa in September and has since advanced on the southern port of Aden.

Iran, which Riyadh accuses of arming the Houthis, condemned the strikes as a dangerous step and demanded that they stop immediately. Tehran denies giving the rebels weapons.

The White House said President Barack Obama had authorised logistical and intelligence support for the operation. US forces will not take direct military action, it said.

A Houthi spokesman said the raids were an aggression against the Yemeni people and vowed to resist. Medical workers in Sanaa said at least 18 civilians had been killed.

Yemen, the poorest country in the Arab world, has been sliding toward civil war for months.
""")
SAU = A("Saudi Arabia", "SAU", ["MIL", "GOV"])
HOU = A("Houthi rebels", "YEM", "REB")
E("o16", "Saudi-led coalition launches air strikes", SAU, HOU, ["19", "18"], "195", "2015-03-26", None, False, "headline")
E("o16", "launched air strikes on Houthi rebels across Yemen", SAU, HOU, ["19", "18"], "195", "2015-03-26",
  P("Yemen", "YEM"), True)
E("o16", "bombing the airport in the capital Sanaa", SAU, HOU, ["19", "18"], "195", "2015-03-26", P("Sanaa", "YEM"), False,
  "detail of the same strikes")
E("o16", "Egypt, Jordan, Sudan and Morocco said they had joined", A("Egypt", "EGY", "GOV"), HOU, ["19", "06"], "190",
  "2015-03", None, False)
E("o16", "Hadi had asked Gulf states on Tuesday", A("Abd-Rabbu Mansour Hadi", "YEM", "GOV"),
  A("Gulf states", None, ["GOV", "IGO"]), ["02", "10"], "023", "2015-03-24", None, True)
E("o16", "which seized Sanaa in September", HOU, A("Yemen government", "YEM", "GOV"), ["19", "17"], "192", "2014-09",
  P("Sanaa", "YEM"), True, "September before March 2015")
E("o16", "has since advanced on the southern port of Aden", HOU, A("Yemen government", "YEM", "GOV"), ["19", "15"], "190",
  None, P("Aden", "YEM"), False)
E("o16", "which Riyadh accuses of arming the Houthis", A("Saudi Arabia", "SAU", "GOV"), IRN, ["11"], "112", None, None, False)
E("o16", "condemned the strikes as a dangerous step", IRN, SAU, ["11"], "111", "2015-03", None, True)
E("o16", "demanded that they stop immediately", IRN, SAU, DEMAND, "100", "2015-03", None, True)
E("o16", "Tehran denies giving the rebels weapons", IRN, A("Saudi Arabia", "SAU", "GOV"), DENY, "016", None, None, False)
E("o16", "had authorised logistical and intelligence support", A("Barack Obama", "USA", "GOV"), SAU, ["07", "06"], "072",
  "2015-03", None, True)
E("o16", "said the raids were an aggression against", HOU, SAU, ["11"], "111", "2015-03", None, True)
E("o16", "and vowed to resist", HOU, SAU, ["13"], "130", "2015-03", None, False)
F("o16", "US forces will not take direct military action", "future/negated")
F("o16", "has been sliding toward civil war for months", "standing situation")

# ---------------------------------------------------------------- o17 Solomon Islands, Pacific
S("o17", "2006-04-20", "Pacific", """
Australia rushes troops to Solomons as rioters torch Honiara's Chinatown

HONIARA, Solomon Islands —

Australian soldiers and police began arriving in the Solomon Islands on Wednesday night after two days of rioting in which crowds looted and burned much of the capital's Chinatown.

Prime Minister John Howard said Canberra was sending more than 100 troops and 70 federal police officers at the request of the Solomons government. New Zealand said it would also send soldiers and police.

The unrest began on Tuesday, when parliament chose Snyder Rini as prime minister. Hundreds of people who accused him of being in the pocket of Chinese businessmen pelted the parliament building with rocks and set vehicles on fire. Officers of the Australian-led regional assistance mission fired tear gas to disperse them.

On Wednesday rioters moved through the city, setting fire to shops and a hotel owned by ethnic Chinese families.

Opposition leaders called on Rini to step down, but he said he would not resign and blamed the violence on his political rivals.

Police have arrested dozens of people.

An Australian-led regional mission has kept order in the country since 2003. It was the worst unrest in the islands in years.
""")
AUSM = A("Australian troops", "AUS", ["MIL", "GOV"])
SLBG = A("Solomon Islands", "SLB", "GOV")
RIOT = A("rioters", "SLB", "CVL")
RINI = A("Snyder Rini", "SLB", "GOV")
E("o17", "Australia rushes troops to Solomons", AUSM, SLBG, ["07", "15"], "074", "2006-04-19", None, False, "headline")
E("o17", "as rioters torch Honiara's Chinatown", RIOT, A("ethnic Chinese businesses", "SLB", ["BUS", "CVL"]), VPROT, "145",
  "2006-04", P("Honiara", "SLB"), False, "headline")
E("o17", "Australian soldiers and police began arriving", AUSM, SLBG, ["07", "15"], "074", "2006-04-19",
  P("Solomon Islands", "SLB"), True, "deployment at request of the government")
E("o17", "after two days of rioting in which crowds looted", RIOT, A("ethnic Chinese businesses", "SLB", ["BUS", "CVL"]),
  VPROT, "145", "2006-04", P("Honiara", "SLB"), False, "lead summary")
E("o17", "Canberra was sending more than 100 troops", A("John Howard", "AUS", "GOV"), SLBG, ["07", "15"], "074", "2006-04",
  None, False, "restatement")
E("o17", "at the request of the Solomons government", SLBG, A("Australia", "AUS", "GOV"), ["02", "10"], "0234", "2006-04",
  None, False)
E("o17", "New Zealand said it would also send", A("New Zealand", "NZL", "GOV"), SLBG, ["07", "15", "03"], "074", "2006-04",
  None, False, "announced future deployment")
E("o17", "pelted the parliament building with rocks", RIOT, A("Solomon Islands parliament", "SLB", ["LEG", "GOV"]), VPROT,
  "145", "2006-04-18", None, True, "Tuesday")
E("o17", "who accused him of being in the pocket", RIOT, RINI, ["11"], "112", "2006-04-18", None, False)
E("o17", "fired tear gas to disperse them", A("regional assistance mission police", "AUS", ["COP", "IGO"]), RIOT, REPR,
  "175", "2006-04-18", None, True, "Australian-led mission: AUS")
E("o17", "rioters moved through the city, setting fire", RIOT, A("ethnic Chinese businesses", "SLB", ["BUS", "CVL"]), VPROT,
  "145", "2006-04-19", P("Honiara", "SLB"), True, "'the city' with dateline Honiara")
E("o17", "Opposition leaders called on Rini to step down", A("opposition leaders", "SLB", "OPP"), RINI, DEMAND, "1041",
  "2006-04", None, True)
E("o17", "he said he would not resign", RINI, A("opposition leaders", "SLB", "OPP"), ["12"], "124", "2006-04", None, True)
E("o17", "blamed the violence on his political rivals", RINI, A("opposition leaders", "SLB", "OPP"), ["11"], "112", "2006-04",
  None, False)
E("o17", "Police have arrested dozens of people.", A("Solomon Islands police", "SLB", "COP"), RIOT, ["17"], "173",
  "2006-04", None, True, "unnamed police of the story's country")
F("o17", "has kept order in the country since 2003", "standing situation")
F("o17", "It was the worst unrest in the islands", "characterisation")

# ---------------------------------------------------------------- o18 Crimea, former USSR
S("o18", "2014-03-18", "Europe/Eurasia", """
Putin signs treaty to annex Crimea as Ukrainian soldier killed

MOSCOW, Russia —

President Vladimir Putin signed a treaty on Tuesday making Crimea part of Russia, defying Western sanctions and telling a joint session of parliament in the Kremlin that the peninsula had always been Russian land.

Hours later, a Ukrainian soldier was shot dead when armed men in masks stormed a military base in Simferopol, Crimea's regional capital, Ukrainian officials said. Prime Minister Arseniy Yatsenyuk said the conflict was moving "from a political to a military stage" and accused Russian soldiers of committing a war crime.

The signing came two days after Crimeans voted in a referendum, dismissed by Kiev and the West as illegal, to join Russia.

On Monday the United States and the European Union imposed travel bans and asset freezes on Russian and Crimean officials they held responsible for the crisis. Britain said on Tuesday it was suspending military cooperation with Moscow.

Visiting Warsaw, US Vice President Joe Biden called the move a land grab and said Washington would respond with further sanctions.

Russian officials have denied that troops under Moscow's command are operating in Crimea.

Putin said Russia did not intend to divide Ukraine further. Any such move would face a far tougher response, Western diplomats said.
""")
PUT = A("Vladimir Putin", "RUS", "GOV")
UKRG = A("Ukraine", "UKR", "GOV")
E("o18", "Putin signs treaty to annex Crimea", PUT, A("Crimea/Ukraine", "UKR", None), ["19", "17", "05"], "192",
  "2014-03-18", None, False, "headline")
E("o18", "as Ukrainian soldier killed", A("armed men", None, None), A("Ukrainian soldier", "UKR", "MIL"), ["18", "19"], "180",
  "2014-03-18", None, False, "headline, agentless")
E("o18", "signed a treaty on Tuesday making Crimea part", PUT, A("Crimea/Ukraine", "UKR", None), ["19", "17", "05"], "192",
  "2014-03-18", P("Moscow", "RUS"), True,
  "annexation; coders split between taking territory and signing with Crimean leaders (05)")
E("o18", "a Ukrainian soldier was shot dead when armed men", A("armed men in masks", None, None),
  A("Ukrainian soldier", "UKR", "MIL"), ["18", "19"], "180", "2014-03-18", P("Simferopol", "UKR"), True,
  "unnamed attackers null/null; 'Hours later' = Tuesday")
E("o18", "accused Russian soldiers of committing a war crime", A("Arseniy Yatsenyuk", "UKR", "GOV"),
  A("Russian soldiers", "RUS", "MIL"), ["11"], "1124", "2014-03", None, True)
E("o18", "dismissed by Kiev and the West as illegal", UKRG, A("Crimea authorities", "UKR", ["GOV", "REB"]), ["12", "11"],
  "120", "2014-03", None, False)
E("o18", "the United States and the European Union imposed", USG, RUSG, ["16", "17"], "163", "2014-03-17", None, True,
  "first-mentioned")
E("o18", "the United States and the European Union imposed", A("European Union", "EUR", "IGO"), RUSG, ["16", "17"], "163",
  "2014-03-17", None, False)
E("o18", "Britain said on Tuesday it was suspending", A("Britain", "GBR", "GOV"), RUSG, ["16"], "160", "2014-03-18", None,
  True)
E("o18", "Biden called the move a land grab", A("Joe Biden", "USA", "GOV"), RUSG, ["11"], "111", "2014-03",
  P("Warsaw", "POL"), True)
E("o18", "Washington would respond with further sanctions", A("Joe Biden", "USA", "GOV"), RUSG, ["13"], "1312", "2014-03",
  P("Warsaw", "POL"), True)
E("o18", "Russian officials have denied that troops", RUSG, UKRG, DENY, "016", "2014", None, False)
F("o18", "Putin said Russia did not intend to divide", "negated intent")
F("o18", "Any such move would face a far tougher response", "hypothetical")

# ---------------------------------------------------------------- o19 Colombia, Americas
S("o19", "2016-09-27", "Americas", """
Colombia and FARC rebels sign peace deal ending half-century war

CARTAGENA, Colombia —

President Juan Manuel Santos and the leader of the FARC rebels, Rodrigo Londono, signed a peace agreement on Monday in the Caribbean city of Cartagena, formally ending a war that has killed more than 220,000 people since 1964.

The two men, dressed in white, signed the accord with a pen made from a bullet before 2,500 guests including UN Secretary-General Ban Ki-moon and US Secretary of State John Kerry.

Londono, known by his nom de guerre Timochenko, asked the victims of the conflict for forgiveness.

Kerry said the United States would review whether to remove the FARC from its list of terrorist groups. The European Union suspended the rebels from its own terrorist list on Tuesday.

Former president Alvaro Uribe led a march of several hundred opponents through the city's old town, accusing Santos of letting rebel commanders escape punishment.

The deal, reached after four years of talks in Cuba, must still be approved by voters in a referendum on Sunday. The rebels and the army have observed a bilateral ceasefire since August 29.

Ceremonies of this kind are rare in a region where most wars ended in outright victory. Under the accord, the FARC's roughly 7,000 fighters are to hand over their weapons to UN monitors within six months.
""")
SAN = A("Juan Manuel Santos", "COL", "GOV")
FARC = A("FARC", "COL", "REB")
E("o19", "Colombia and FARC rebels sign peace deal", A("Colombia", "COL", "GOV"), FARC, AGREE, "057", "2016-09-26", None,
  False, "headline")
E("o19", "signed a peace agreement on Monday in the Caribbean", SAN, FARC, AGREE, "057", "2016-09-26",
  P("Cartagena", "COL"), True, "joint: Santos first")
E("o19", "signed a peace agreement on Monday in the Caribbean", FARC, SAN, AGREE, "057", "2016-09-26",
  P("Cartagena", "COL"), False, "reverse")
E("o19", "signed the accord with a pen made", SAN, FARC, AGREE, "057", "2016-09-26", None, False, "restatement")
E("o19", "asked the victims of the conflict for forgiveness", A("Rodrigo Londono", "COL", "REB"),
  A("victims of the conflict", "COL", "CVL"), ["05"], "055", "2016-09", None, True, "apology")
E("o19", "would review whether to remove the FARC", A("John Kerry", "USA", "GOV"), FARC, ["03", "08"], "031", "2016-09",
  None, False, "intent only")
E("o19", "The European Union suspended the rebels from", A("European Union", "EUR", "IGO"), FARC, ["08"], "081",
  "2016-09-27", None, True, "easing of a sanction")
E("o19", "Uribe led a march of several hundred opponents", A("Alvaro Uribe", "COL", ["OPP", "PTY"]), SAN, ["14"], "141",
  "2016-09", P("Cartagena", "COL"), True, "'the city' = Cartagena (dateline and lead)")
E("o19", "accusing Santos of letting rebel commanders escape", A("Alvaro Uribe", "COL", ["OPP", "PTY"]), SAN, ["11"], "112",
  "2016-09", P("Cartagena", "COL"), True)
E("o19", "after four years of talks in Cuba", A("Colombia", "COL", "GOV"), FARC, ["04"], "046", None, P("Cuba", "CUB"),
  False, "background talks")
E("o19", "have observed a bilateral ceasefire since August 29", FARC, A("Colombian army", "COL", "MIL"), ["08"], "0871",
  "2016-08-29", None, True, "joint: rebels first-mentioned")
E("o19", "have observed a bilateral ceasefire since August 29", A("Colombian army", "COL", "MIL"), FARC, ["08"], "0871",
  "2016-08-29", None, False, "reverse")
F("o19", "Ceremonies of this kind are rare", "analysis")
F("o19", "are to hand over their weapons to UN monitors", "future terms")

# ---------------------------------------------------------------- o20 Ethiopia, Africa
S("o20", "2020-11-05", "Africa", """
Ethiopia's Abiy orders army into Tigray after attack on base

ADDIS ABABA, Ethiopia —

Prime Minister Abiy Ahmed ordered the army on Wednesday to move against the ruling party of the northern Tigray region, accusing it of attacking a federal military base overnight and trying to steal its artillery.

"The last red line has been crossed," Abiy's office said in a statement. The government also declared a six-month state of emergency in Tigray, and telephone and internet services in the region were cut.

The Tigray People's Liberation Front denied launching the attack and said the federal government was looking for a pretext to invade.

Heavy fighting was reported on Wednesday near the regional capital, Mekelle, and along the border with Amhara region, diplomats said.

Relations have collapsed since Tigray held its own regional election in September in defiance of Addis Ababa, which had postponed national polls because of the coronavirus. Last month the federal parliament voted to cut funding to the regional government.

UN Secretary-General Antonio Guterres called for an immediate de-escalation, and Sudan closed its border with Tigray.

Tigray, home to about six million people, borders Eritrea and Sudan. Analysts fear that a drawn-out conflict could destabilise the whole Horn of Africa.
""")
ABIY = A("Abiy Ahmed", "ETH", "GOV")
TPLF = A("TPLF", "ETH", ["PTY", "REB", "GOV"])
E("o20", "Abiy orders army into Tigray", ABIY, TPLF, ["19", "15"], "190", "2020-11-04", None, False, "headline")
E("o20", "ordered the army on Wednesday to move against", ABIY, TPLF, ["19", "15"], "190", "2020-11-04", None, True,
  "military offensive ordered")
E("o20", "accusing it of attacking a federal military base", ABIY, TPLF, ["11"], "112", "2020-11-04", None, True,
  "'it' = the ruling party of Tigray (TPLF, named later)")
E("o20", "declared a six-month state of emergency in Tigray", A("Ethiopian government", "ETH", "GOV"),
  A("Tigray", "ETH", None), ["17"], "1724", "2020-11-04", P("Tigray", "ETH"), True)
E("o20", "denied launching the attack", TPLF, A("Ethiopian government", "ETH", "GOV"), DENY, "016", "2020-11", None, True)
E("o20", "said the federal government was looking for a pretext", TPLF, A("Ethiopian government", "ETH", "GOV"), ["11"],
  "112", "2020-11", None, False)
E("o20", "Heavy fighting was reported on Wednesday", A("Ethiopian army", "ETH", "MIL"), TPLF, ["19", "18", "14"], "190",
  "2020-11-04", P("Mekelle", "ETH"), False, "agentless")
E("o20", "Tigray held its own regional election in September", TPLF, A("Ethiopian government", "ETH", "GOV"), ["12", "14"],
  "120", "2020-09", None, False, "defiance")
E("o20", "the federal parliament voted to cut funding", A("Ethiopian parliament", "ETH", ["LEG", "GOV"]), TPLF, ["16"], "162",
  "2020-10", None, True, "'Last month' = October")
E("o20", "Guterres called for an immediate de-escalation", A("Antonio Guterres", "UNO", "IGO"), A("Ethiopia", "ETH", None),
  ["02", "10"], "0256", "2020-11", None, True)
E("o20", "Sudan closed its border with Tigray", A("Sudan", "SDN", "GOV"), A("Ethiopia", "ETH", None), ["16", "17", "19"],
  "191", "2020-11", None, True, "border closure")
F("o20", "home to about six million people, borders Eritrea", "definition")
F("o20", "Analysts fear that a drawn-out conflict", "speculation")


if __name__ == "__main__":
    write(HERE)
