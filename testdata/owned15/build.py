#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned15 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes
are kept per line.
Run: python3 testdata/owned15/build.py  (rewrites both files next to this script)
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
MEDIATE = ["04", "03"]
EXPEL = ["17", "16"]
DETAIN = ["17", "18"]

# ---------------------------------------------------------------- n01 Nairobi, Africa (Kenya)
S("n01", "2024-06-26", "Africa", """
Kenya's Ruto drops tax bill a day after protesters storm parliament

NAIROBI, Kenya —

President William Ruto withdrew a finance bill laden with new taxes on Wednesday, conceding to a youth-led protest movement a day after demonstrators forced their way into parliament and set part of the building on fire.

"I concede," Ruto said in a televised address from State House, adding that he would not sign the bill that lawmakers had passed. He invited young Kenyans to talks on how to fund the budget.

Police opened fire on crowds outside parliament on Tuesday as protesters overran the barricades shortly after the vote. At least 22 people were killed across the country, according to the Kenya National Commission on Human Rights, a state-funded watchdog.

Ruto had called the storming of the legislature treasonous and ordered the army to help the police, a deployment that the Law Society of Kenya challenged in court. Its president, Faith Odhiambo, accused the government of treating its own citizens as enemies.

Irungu Houghton, who heads Amnesty International's office in Kenya, demanded an independent inquiry into the shootings and said several activists had been abducted from their homes before the march.

Protest organisers, who rallied mostly through social media, rejected the offer of dialogue and vowed to keep marching. The U.S. ambassador and a dozen other Western envoys had urged restraint in a joint statement on Monday.

About three quarters of Kenyans are younger than 35. It was not clear whether the treasury would seek the revenue elsewhere.
""")
RUTO = A("William Ruto", "KEN", "GOV")
KENP = A("Kenyan protesters", "KEN", ["CVL", "OPP"])
KENG = A("Kenya", "KEN", "GOV")
KENPOL = A("Kenyan police", "KEN", "COP")
E("n01", "Kenya's Ruto drops tax bill a day", RUTO, KENP, ["08"], "083", "2024-06-26", None, False, "headline")
E("n01", "President William Ruto withdrew a finance bill", RUTO, KENP, ["08"], "083", "2024-06-26", None, True,
  "withdrawing a bill under protest: acceding to a demand for a change of policy 083 (08), target the protest movement "
  "it concedes to; 'on Wednesday' in a Wednesday paper")
E("n01", "President William Ruto withdrew a finance bill", KENP, A("Kenyan parliament", "KEN", "LEG"), VPROT, "145",
  "2024-06-25", None, True, "storming and burning the legislature in an 'a day after' clause with its own agent: violent "
  "protest 145 (VPROT roots); Tuesday; 'into parliament' names no city")
E("n01", '"I concede," Ruto said in a televised', RUTO, A("Kenyan parliament", "KEN", "LEG"), ["12", "08"], "120",
  "2024-06-26", None, False, "refusal to sign, restatement of the withdrawal: optional")
E("n01", "He invited young Kenyans to talks on", RUTO, KENP, ["03", "04"], "036", "2024-06-26", None, True,
  "offer of talks 036 (03; 04 also read); 'He' = Ruto; same address")
E("n01", "Police opened fire on crowds outside parliament", KENPOL, KENP, FIRE, "180", "2024-06-25", None, True,
  "live fire on protesters (FIRE roots as owned8 v05); 'on Tuesday'")
E("n01", "At least 22 people were killed across", KENPOL, KENP, FIRE, "180", "2024-06", None, False,
  "agentless passive tally from a watchdog: optional")
E("n01", "Ruto had called the storming of the", RUTO, KENP, ["11"], "112", "2024-06", None, True,
  "accusation (treason) against the protesters; pluperfect with no day: month")
E("n01", "Ruto had called the storming of the", RUTO, KENP, ["15", "17"], "150", "2024-06", None, False,
  "army ordered out against the protests, second verb: optional (15; 17 also read)")
E("n01", "Ruto had called the storming of the", A("Law Society of Kenya", "KEN", ["NGO", "JUD"]), KENG, ["11"], "115",
  "2024-06", None, False, "court challenge in a relative clause with its own agent, undated: optional")
E("n01", "Its president, Faith Odhiambo, accused the government", A("Faith Odhiambo", "KEN", ["NGO", "JUD"]), KENG,
  ["11"], "112", "2024-06", None, True, "accusation; 'Its' = the Law Society; no day: month")
E("n01", "Irungu Houghton, who heads Amnesty International's office", A("Irungu Houghton", "KEN", "NGO"), KENG, DEMAND,
  "100", "2024-06", None, True, "demand for an inquiry (10/02); the rights group's country head as KEN/NGO; month")
E("n01", "Protest organisers, who rallied mostly through social", KENP, RUTO, ["12"], "125", "2024-06", None, True,
  "stated rejection of the offer of dialogue 125 (12); the vow to keep marching is an intention (not coded)")
E("n01", "The U.S. ambassador and a dozen other", A("U.S. ambassador to Kenya", "USA", "GOV"), KENG, DEMAND, "100",
  "2024-06-24", None, False, "outside appeal for restraint, first member of a compound subject: optional (single "
  "outside reaction); 'on Monday'")
F("n01", "About three quarters of Kenyans are younger", "standing situation")
F("n01", "It was not clear whether the treasury", "speculation")

# ---------------------------------------------------------------- n02 Paris, Africa (Mali / France)
S("n02", "2022-02-01", "Africa", """
Mali orders French ambassador out as row with Paris deepens

PARIS, France —

Mali's military-led government gave France's ambassador 72 hours to leave the country on Monday, deepening a quarrel that has put in doubt the future of French troops fighting jihadists in the Sahel.

The government spokesman, Colonel Abdoulaye Maiga, said on state television that Ambassador Joel Meyer had been summoned and told to go after what he called hostile and outrageous remarks by French ministers.

Foreign Minister Jean-Yves Le Drian had described the junta last week as illegitimate and accused it of taking irresponsible measures. The armed forces minister, Florence Parly, said the Malian authorities were multiplying provocations.

The French foreign ministry said it took note of the decision. Officials here said Paris would consult its European partners by mid-February on whether to keep its soldiers in Mali.

Last week Bamako demanded the withdrawal of about 100 Danish special forces troops who had arrived to join a European task force, saying they had come without its consent. Copenhagen pulled them out days later.

The West African bloc ECOWAS imposed sanctions on Mali in January, closing borders and freezing state assets, after the junta proposed staying in power for up to five more years. Mali's leaders called the measures illegal and inhumane.

About 4,300 French soldiers are deployed across the region. It was not clear whether the ambassador would leave before the deadline.
""")
MLIG = A("Mali", "MLI", ["GOV", "MIL"])
FRAG = A("France", "FRA", "GOV")
DNKG = A("Denmark", "DNK", "GOV")
E("n02", "Mali orders French ambassador out as row", MLIG, FRAG, ["16", "17"], "161", "2022-01-31", None, False, "headline")
E("n02", "Mali's military-led government gave France's ambassador 72", MLIG, FRAG, ["16", "17"], "161", "2022-01-31", None,
  True, "expulsion of an ambassador 161 (16/17, as owned o05, p12); 'on Monday' in a Tuesday paper; the junta as "
  "MLI with GOV or MIL")
E("n02", "said on state television that Ambassador Joel", A("Abdoulaye Maiga", "MLI", ["GOV", "MIL"]),
  A("Joel Meyer", "FRA", "GOV"), ["11"], "114", "2022-01-31", None, False,
  "summons in an agentless passive inside the spokesman's account, restating the expulsion: optional")
E("n02", "Foreign Minister Jean-Yves Le Drian had described", A("Jean-Yves Le Drian", "FRA", "GOV"), MLIG, ["11"], "111",
  "2022-01", None, True, "criticism of the junta; 'last week' without a day: month")
E("n02", "Foreign Minister Jean-Yves Le Drian had described", A("Jean-Yves Le Drian", "FRA", "GOV"), MLIG, ["11"], "112",
  "2022-01", None, False, "accusation, second verb of the same sentence: optional")
E("n02", "The armed forces minister, Florence Parly, said", A("Florence Parly", "FRA", "GOV"), MLIG, ["11"], "112",
  "2022-01", None, True, "accusation of provocations; no day: month")
E("n02", "Officials here said Paris would consult its", FRAG, A("European Union", "EUR", "IGO"), ["03", "04"], "036",
  "2022-02", None, False, "intention to consult: optional")
E("n02", "Last week Bamako demanded the withdrawal of", MLIG, DNKG, ["16", "10", "17"], "166", "2022-01", None, True,
  "demand that a foreign force leave: expel or withdraw 166 (16; 10 and 17 also read); 'Bamako' = the government; "
  "'Last week' without a day: month")
E("n02", "Copenhagen pulled them out days later", DNKG, MLIG, ["08"], "087", "2022-01", None, True,
  "withdrawal of troops on demand 087 (08); 'Copenhagen' = Denmark, 'them' = the Danish troops; month")
E("n02", "The West African bloc ECOWAS imposed sanctions", A("ECOWAS", None, ["IGO", "GOV"]), MLIG, SANCT, "163",
  "2022-01", None, True, "dated background sanctions 163 (16/17); 'in January'")
E("n02", "The West African bloc ECOWAS imposed sanctions", MLIG, A("ECOWAS", None, ["IGO", "GOV"]), ["03", "01"], "030",
  "2022-01", None, False, "proposal of a long transition inside an 'after' clause; no real act toward the bloc: optional")
E("n02", "Mali's leaders called the measures illegal and", MLIG, A("ECOWAS", None, ["IGO", "GOV"]), ["11"], "111",
  "2022-01", None, False, "criticism of the sanctions, undated reaction: optional")
F("n02", "About 4,300 French soldiers are deployed across", "standing situation")
F("n02", "It was not clear whether the ambassador", "speculation")

# ---------------------------------------------------------------- n03 Beijing, Middle East (Saudi Arabia / Iran / China)
S("n03", "2023-03-11", "Middle East", """
Saudi Arabia and Iran agree to restore ties in China-brokered deal

BEIJING, China —

Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies within two months, ending a seven-year rupture in a deal struck after four days of secret talks hosted by China.

The agreement was signed in Beijing by Ali Shamkhani, the secretary of Iran's Supreme National Security Council, and Musaed al-Aiban, the Saudi national security adviser, with China's top diplomat, Wang Yi, standing between them. A joint statement said the two sides would respect each other's sovereignty and refrain from interfering in each other's affairs.

Riyadh severed ties with Tehran in January 2016 after protesters stormed its embassy there in anger at the execution of a Saudi Shi'ite cleric, Nimr al-Nimr. Iraq and Oman later hosted several rounds of talks between the two rivals.

Wang hailed the outcome as a victory for dialogue. In Washington, John Kirby, a White House spokesman, said the United States welcomed any effort to end the war in Yemen and noted that the Saudis had kept it informed.

Mohammed Abdulsalam, the chief negotiator of Yemen's Houthi movement, which Iran backs, said the region needed a return of normal ties between its nations. In Israel, the opposition leader, Yair Lapid, blamed Prime Minister Benjamin Netanyahu, calling the deal a dangerous failure of his foreign policy.

Saudi Arabia is the world's largest exporter of crude oil. It was not clear when the two countries would name ambassadors.
""")
SAUG = A("Saudi Arabia", "SAU", "GOV")
IRNG = A("Iran", "IRN", "GOV")
CHNG = A("China", "CHN", "GOV")
E("n03", "Saudi Arabia and Iran agree to restore", SAUG, IRNG, AGREE, "057", "2023-03-10", None, False, "headline")
E("n03", "Saudi Arabia and Iran agreed on Friday", SAUG, IRNG, AGREE, "057", "2023-03-10", None, True,
  "agreement to restore relations (AGREE roots; 057 as owned13's signed statements); joint event: first-mentioned "
  "direction required; 'on Friday' in a Saturday paper; the Beijing dateline is not named in the clause")
E("n03", "Saudi Arabia and Iran agreed on Friday", IRNG, SAUG, AGREE, "057", "2023-03-10", None, False,
  "reverse direction of the joint agreement: optional")
E("n03", "Saudi Arabia and Iran agreed on Friday", CHNG, SAUG, MEDIATE, "045", "2023-03", None, False,
  "mediation in a nominal 'talks hosted by China': optional (04/03)")
E("n03", "The agreement was signed in Beijing by", A("Ali Shamkhani", "IRN", "GOV"), A("Musaed al-Aiban", "SAU", "GOV"),
  AGREE, "057", "2023-03-10", P("Beijing", "CHN"), False,
  "signature of the agreement of the lead, restatement: optional; the clause names Beijing")
E("n03", "A joint statement said the two sides", SAUG, IRNG, AGREE, "057", "2023-03-10", None, False,
  "restatement ('the two sides'): optional")
E("n03", "Riyadh severed ties with Tehran in January", SAUG, IRNG, ["16"], "161", "2016-01", None, True,
  "dated background break of relations 161; 'Riyadh'/'Tehran' = the governments")
E("n03", "Riyadh severed ties with Tehran in January", A("Iranian protesters", "IRN", "CVL"), A("Saudi Arabia", "SAU", None),
  VPROT, "145", "2016-01", P("Tehran", "IRN"), True,
  "storming an embassy 145 (VPROT) in an 'after' clause with its own agent; embassy = country, sector null; 'there' = "
  "Tehran; month of the sentence")
E("n03", "Riyadh severed ties with Tehran in January", SAUG, A("Nimr al-Nimr", "SAU", "REL"), ["18", "17"], "180",
  "2016-01", None, False, "nominal, agentless execution: optional")
E("n03", "Iraq and Oman later hosted several rounds", A("Iraq", "IRQ", "GOV"), SAUG, MEDIATE, "045", None, None, True,
  "mediation by a third state (04/03); compound subject: first member required; 'later' gives no date")
E("n03", "Iraq and Oman later hosted several rounds", A("Oman", "OMN", "GOV"), SAUG, MEDIATE, "045", None, None, False,
  "second member of the compound subject: optional")
E("n03", "Wang hailed the outcome as a victory", A("Wang Yi", "CHN", "GOV"), SAUG, ["05", "01"], "051", "2023-03", None,
  False, "praise of the deal by the host: optional")
E("n03", "said the United States welcomed any effort", A("John Kirby", "USA", "GOV"), SAUG, ["05", "01"], "051",
  "2023-03", None, False, "single outside reaction: optional")
E("n03", "blamed Prime Minister Benjamin Netanyahu, calling the", A("Yair Lapid", "ISR", ["OPP", "LEG", "PTY"]),
  A("Benjamin Netanyahu", "ISR", "GOV"), ["11"], "111", "2023-03", None, True,
  "domestic criticism (blame) of the prime minister; no day: month")
F("n03", "Saudi Arabia is the world's largest exporter", "standing situation")
F("n03", "It was not clear when the two", "speculation")

# ---------------------------------------------------------------- n04 Beirut, Middle East (Lebanon / Saudi Arabia / France)
S("n04", "2017-11-16", "Middle East", """
Lebanon's Aoun says Riyadh is holding Hariri; France invites premier to Paris

BEIRUT, Lebanon —

President Michel Aoun accused Saudi Arabia on Wednesday of detaining Prime Minister Saad al-Hariri, calling his 11-day stay in Riyadh an act of aggression against Lebanon and a breach of international law.

Hariri stunned the country on Nov. 4 when he announced his resignation in a televised speech from the Saudi capital, accusing Iran and its Lebanese ally Hezbollah of sowing strife across the Arab world and saying he feared for his life.

Aoun has refused to accept the resignation until Hariri returns to explain it in person. "Nothing justifies his failure to come back," the president told a delegation of newspaper editors at the Baabda palace.

Hours later, French President Emmanuel Macron invited Hariri and his family to France, a step his office described as a gesture of friendship rather than an offer of exile.

Saudi Foreign Minister Adel al-Jubeir rejected the charge, saying Hariri was free to leave whenever he wished. Hezbollah's leader, Sayyed Hassan Nasrallah, had said last week that the kingdom had declared war on Lebanon.

Ahmad Hariri, the prime minister's cousin and the secretary-general of his Future Movement, urged supporters to stay calm and said the party wanted its leader home first. In Beirut's Sunni districts, supporters hung banners calling for his return.

Lebanon hosts about a million Syrian refugees. It was not clear when Hariri would fly to Paris.
""")
AOUN = A("Michel Aoun", "LBN", "GOV")
HARIRI = A("Saad al-Hariri", "LBN", "GOV")
HEZB = A("Hezbollah", "LBN", ["REB", "RAD", "PTY"])
E("n04", "Lebanon's Aoun says Riyadh is holding Hariri;", AOUN, SAUG, ["11"], "112", "2017-11-15", None, False, "headline")
E("n04", "President Michel Aoun accused Saudi Arabia on", AOUN, SAUG, ["11"], "112", "2017-11-15", None, True,
  "accusation of detaining the premier; 'on Wednesday' in a Thursday paper")
E("n04", "Hariri stunned the country on Nov. 4", HARIRI, IRNG, ["11"], "112", "2017-11-04", None, True,
  "accusation in a participle clause of a dated background event; compound object: Iran first, required")
E("n04", "Hariri stunned the country on Nov. 4", HARIRI, HEZB, ["11"], "112", "2017-11-04", None, False,
  "second member of the compound object: optional")
E("n04", "Hariri stunned the country on Nov. 4", HARIRI, A("Lebanon", "LBN", "GOV"), ["08"], "0831", "2017-11-04",
  P("Riyadh", "SAU"), False, "resignation announced abroad, not under a demand: optional; 'the Saudi capital' = Riyadh")
E("n04", "Aoun has refused to accept the resignation", AOUN, HARIRI, ["12"], "120", "2017-11", None, True,
  "stated refusal (12); present perfect with no day: month")
E("n04", "Hours later, French President Emmanuel Macron invited", A("Emmanuel Macron", "FRA", "GOV"), HARIRI,
  ["03", "04"], "036", "2017-11-15", None, True,
  "invitation to come to France 036 (03; 04 also read); 'Hours later' after the Wednesday statement; compound object: "
  "Hariri first")
E("n04", "Saudi Foreign Minister Adel al-Jubeir rejected the", A("Adel al-Jubeir", "SAU", "GOV"), AOUN, DENY, "016",
  "2017-11", None, True, "denial of the charge 016 (01/12); target the accuser; no day: month")
E("n04", "had said last week that the kingdom", A("Hassan Nasrallah", "LBN", ["REB", "RAD", "PTY"]), SAUG, ["11"], "112",
  "2017-11", None, True, "accusation (declaring war); 'the kingdom' = Saudi Arabia; 'last week' without a day: month")
E("n04", "urged supporters to stay calm and said", A("Ahmad Hariri", "LBN", "PTY"),
  A("Future Movement supporters", "LBN", ["PTY", "CVL"]), DEMAND, "025", "2017-11", None, False,
  "appeal to one's own supporters: optional")
E("n04", "supporters hung banners calling for his return", A("Future Movement supporters", "LBN", ["PTY", "CVL"]), SAUG,
  VPROT, "141", "2017-11", P("Beirut", "LBN"), False, "banners, a mild demonstration with an implied target: optional")
F("n04", "Lebanon hosts about a million Syrian refugees", "standing situation")
F("n04", "It was not clear when Hariri would", "speculation")

# ---------------------------------------------------------------- n05 Beijing, Asia (China / Japan)
S("n05", "2012-09-16", "Asia", """
Anti-Japan protests sweep China as row over islands deepens

BEIJING, China —

Thousands of protesters besieged Japan's embassy here on Saturday, pelting it with eggs and plastic bottles, as anger over a group of disputed islands in the East China Sea spilled onto the streets of dozens of Chinese cities.

In Qingdao, rioters set fire to a Toyota dealership and ransacked a Japanese-owned electronics factory, according to a Japanese business association. Riot police held back the crowds outside the embassy but made little effort to end demonstrations that the state media described as patriotic.

The protests erupted after Tokyo on Tuesday signed a deal to buy three of the islands, which Japan calls the Senkaku and China the Diaoyu, from their private Japanese owner. Beijing responded by sending six marine surveillance ships into waters around the islands on Friday, and the Japanese coast guard ordered them to leave.

Japan's foreign minister, Koichiro Gemba, lodged a protest with China's ambassador and urged Beijing to protect Japanese citizens and companies. Osamu Fujimura, the chief cabinet secretary, said the intrusion of the ships was deeply regrettable.

China's foreign ministry had summoned the Japanese ambassador, Uichiro Niwa, on Monday and warned that Beijing would not sit idly by while its territory was infringed. A ministry spokesman, Hong Lei, called the purchase illegal and invalid.

Japan is one of China's largest trading partners. It was not clear whether the authorities would allow the protests to continue.
""")
CHNP = A("Chinese protesters", "CHN", "CVL")
JPNG = A("Japan", "JPN", "GOV")
E("n05", "Anti-Japan protests sweep China as row over", CHNP, JPNG, VPROT, "141", "2012-09-15", None, False, "headline")
E("n05", "Thousands of protesters besieged Japan's embassy here", CHNP, A("Japan", "JPN", None), VPROT, "145",
  "2012-09-15", P("Beijing", "CHN"), True,
  "violent protest at an embassy 145 (VPROT; owned13's stoned embassy); embassy = country, sector null; 'here' = "
  "Beijing; Saturday in a Sunday paper")
E("n05", "In Qingdao, rioters set fire to a", A("Chinese rioters", "CHN", "CVL"), A("Japanese businesses", "JPN", "BUS"),
  VPROT, "145", "2012-09-15", P("Qingdao", "CHN"), True,
  "arson and looting of Japanese firms; the business association's account is not disputed; same day as the lead; "
  "the clause names Qingdao")
E("n05", "Riot police held back the crowds outside", A("Chinese police", "CHN", "COP"), CHNP, REPR, "170", "2012-09-15",
  None, False, "crowd control without force described: optional")
E("n05", "The protests erupted after Tokyo on Tuesday", JPNG, A("Japanese owner of the islands", "JPN", "CVL"),
  ["06", "03"], "061", "2012-09-11", None, False, "a purchase from a private owner, no act toward China: optional")
E("n05", "Beijing responded by sending six marine surveillance", CHNG, JPNG, ["15", "17", "19"], "150", "2012-09-14",
  None, True, "show of force by patrol ships in disputed waters 150 (15; 17 and 19 also read); 'on Friday'; the "
  "islands are not named as a place in the clause")
E("n05", "Beijing responded by sending six marine surveillance", A("Japanese coast guard", "JPN", ["COP", "MIL"]), CHNG,
  ["10", "17"], "100", "2012-09-14", None, True,
  "order to foreign ships to leave: demand (10; 17 also read); second clause with its own agent; 'them' = the ships")
E("n05", "Japan's foreign minister, Koichiro Gemba, lodged a", A("Koichiro Gemba", "JPN", "GOV"), CHNG, ["11"], "111",
  "2012-09", None, True, "formal protest to the ambassador: 111; target China; no day: month")
E("n05", "Japan's foreign minister, Koichiro Gemba, lodged a", A("Koichiro Gemba", "JPN", "GOV"), CHNG, DEMAND, "100",
  "2012-09", None, False, "demand to protect Japanese citizens, second verb: optional")
E("n05", "Osamu Fujimura, the chief cabinet secretary, said", A("Osamu Fujimura", "JPN", "GOV"), CHNG, ["11"], "111",
  "2012-09", None, False, "second Japanese criticism, restating the protest: optional")
E("n05", "China's foreign ministry had summoned the Japanese", CHNG, A("Uichiro Niwa", "JPN", "GOV"), ["11"], "114",
  "2012-09-10", None, True, "summons of the ambassador 114 (as owned o09, v08); 'on Monday'")
E("n05", "China's foreign ministry had summoned the Japanese", CHNG, JPNG, ["13"], "130", "2012-09-10", None, False,
  "veiled warning, second verb of the summons sentence: optional")
E("n05", "A ministry spokesman, Hong Lei, called the", A("Hong Lei", "CHN", "GOV"), JPNG, ["11"], "111", "2012-09",
  None, True, "criticism of the purchase; no day: month")
F("n05", "Japan is one of China's largest trading", "standing situation")
F("n05", "It was not clear whether the authorities", "speculation")

# ---------------------------------------------------------------- n06 Seoul, Asia (South Korea)
S("n06", "2024-12-04", "Asia", """
South Korea's Yoon lifts martial law hours after lawmakers vote it down

SEOUL, South Korea —

President Yoon Suk Yeol lifted martial law early on Wednesday, six hours after he had imposed it in a late-night television address, bowing to a unanimous vote by lawmakers who forced their way past soldiers into the National Assembly.

Yoon had accused the opposition-controlled parliament of anti-state activities and of sympathising with North Korea. A decree issued by the martial law commander, Army Chief of Staff General Park An-su, banned all political activity and placed the media under military control.

Special forces troops arriving by helicopter tried to enter the assembly building, smashing windows, while parliamentary aides sprayed fire extinguishers to push them back. Outside, hundreds of citizens scuffled with police who had sealed the gates.

Speaker Woo Won-shik declared the decree void after 190 lawmakers voted to revoke it shortly after 1 a.m. The troops then withdrew.

The main opposition Democratic Party, led by Lee Jae-myung, filed a motion on Wednesday to impeach Yoon, calling the decree an act of insurrection. The Korean Confederation of Trade Unions, the country's largest labour federation, called an indefinite general strike until the president resigns.

Even Han Dong-hoon, who leads Yoon's People Power Party, had condemned the move as wrong. The U.S. State Department said it was relieved by the reversal.

South Korea last lived under martial law in 1980. It was not clear whether Yoon would survive an impeachment vote.
""")
YOON = A("Yoon Suk Yeol", "KOR", "GOV")
KORLEG = A("National Assembly", "KOR", "LEG")
KOROPP = A("South Korean opposition", "KOR", ["OPP", "LEG", "PTY"])
KORM = A("South Korean special forces", "KOR", "MIL")
E("n06", "South Korea's Yoon lifts martial law hours", YOON, KORLEG, ["08"], "080", "2024-12-04", None, False, "headline")
E("n06", "President Yoon Suk Yeol lifted martial law", YOON, KORLEG, ["08"], "080", "2024-12-04", None, True,
  "lifting martial law in deference to a vote: concession 080 (08); target the assembly whose vote it yields to; "
  "'early on Wednesday' in a Wednesday paper")
E("n06", "President Yoon Suk Yeol lifted martial law", YOON, KOROPP, COUP, "1724", "2024-12-03", None, True,
  "imposing martial law 1724 (17/19) in a 'six hours after' clause with its own agent; late Tuesday night; target the "
  "opposition it was aimed at")
E("n06", "President Yoon Suk Yeol lifted martial law", KORLEG, KORM, ["14", "17", "12"], "140", "2024-12-03", None, False,
  "lawmakers pushing past soldiers, in a relative clause: optional")
E("n06", "Yoon had accused the opposition-controlled parliament of", YOON, KORLEG, ["11"], "112", "2024-12", None, True,
  "accusation of anti-state activities; pluperfect with no day of its own: month")
E("n06", "A decree issued by the martial law", A("Park An-su", "KOR", "MIL"), A("South Korean political parties", "KOR",
  ["PTY", "LEG", "OPP"]), ["17"], "1721", "2024-12", None, True,
  "ban on political activity: restriction of political freedoms 1721 (17); agent in the 'issued by' phrase; month")
E("n06", "A decree issued by the martial law", A("Park An-su", "KOR", "MIL"), A("South Korean media", "KOR", "MED"),
  ["17"], "1721", "2024-12", None, False, "second object (the media): optional")
E("n06", "Special forces troops arriving by helicopter tried", KORM, KORLEG, ["17", "19", "18"], "170", "2024-12", None,
  True, "attempt to force a way into the legislature (17; 19 and 18 also read); no day of its own: month")
E("n06", "Special forces troops arriving by helicopter tried", A("National Assembly aides", "KOR", "LEG"), KORM,
  ["17", "18", "19"], "170", "2024-12", None, False, "aides repelling the troops: optional")
E("n06", "Outside, hundreds of citizens scuffled with police", A("South Korean protesters", "KOR", "CVL"),
  A("South Korean police", "KOR", "COP"), CLASH, "180", "2024-12", None, False, "scuffles, joint event: optional")
E("n06", "Speaker Woo Won-shik declared the decree void", A("Woo Won-shik", "KOR", "LEG"), YOON, ["12", "11"], "120",
  "2024-12-04", None, True, "rejection (annulment) of the decree, 12 (11 also read); 'shortly after 1 a.m.' on "
  "Wednesday")
E("n06", "Speaker Woo Won-shik declared the decree void", KORLEG, YOON, ["12", "11"], "120", "2024-12-04", None, False,
  "the vote to revoke in an 'after' clause, restating the annulment: optional")
E("n06", "The troops then withdrew", KORM, KORLEG, ["08"], "087", "2024-12-04", None, True,
  "withdrawal of troops 087 (08); 'The troops' = the special forces; 'then' after the Wednesday vote")
E("n06", "filed a motion on Wednesday to impeach", A("Democratic Party", "KOR", ["OPP", "PTY", "LEG"]), YOON,
  ["10", "17", "11"], "1041", "2024-12-04", None, True,
  "impeachment motion: demand for a change of leader 1041 (10; 17 and 11 also read); 'on Wednesday'")
E("n06", "filed a motion on Wednesday to impeach", A("Democratic Party", "KOR", ["OPP", "PTY", "LEG"]), YOON, ["11"],
  "112", "2024-12-04", None, False, "accusation of insurrection in a participle: optional")
E("n06", "called an indefinite general strike until the", A("Korean Confederation of Trade Unions", "KOR", "LAB"), YOON,
  ["14", "10"], "143", "2024-12", None, False, "a called strike, an intention: optional")
E("n06", "Even Han Dong-hoon, who leads Yoon's People", A("Han Dong-hoon", "KOR", ["PTY", "GOV"]), YOON, ["11"], "111",
  "2024-12", None, False, "criticism by the leader of the president's own party, undated: optional")
E("n06", "The U.S. State Department said it was", A("U.S. State Department", "USA", "GOV"), YOON, ["05", "01"], "051",
  "2024-12", None, False, "single outside reaction: optional")
F("n06", "South Korea last lived under martial law", "standing situation (history)")
F("n06", "It was not clear whether Yoon would", "speculation")

# ---------------------------------------------------------------- n07 Tbilisi, Europe/Eurasia (Georgia / Russia)
S("n07", "2019-06-22", "Europe/Eurasia", """
Georgian speaker quits after police crush protest; Moscow halts flights

TBILISI, Georgia —

The speaker of Georgia's parliament, Irakli Kobakhidze, resigned on Friday after a night of clashes in which riot police fired tear gas and rubber bullets at thousands of people who tried to storm the legislature.

The protest erupted on Thursday after Sergei Gavrilov, a Russian Communist lawmaker, addressed an assembly of Orthodox Christian parliamentarians from the speaker's chair, a sight that enraged many Georgians eleven years after the two countries fought a brief war.

More than 240 people were injured, among them 80 police officers, and about 300 were detained, the Interior Ministry said. Interior Minister Giorgi Gakharia said officers had acted to stop a seizure of the building.

In Moscow, President Vladimir Putin signed a decree on Friday suspending passenger flights by Russian airlines to Georgia from July 8. His spokesman, Dmitry Peskov, called the unrest a Russophobic provocation and advised Russian tourists to stay away.

President Salome Zourabichvili had described Russia as an enemy and an occupier in a statement on Thursday night, though she later urged protesters to keep calm. Giga Bokeria, a leader of the opposition European Georgia party, demanded that Gakharia resign and vowed to return to Rustaveli Avenue every evening.

Protesters gathered again outside parliament on Friday evening, chanting against the ruling Georgian Dream party and its founder, the billionaire Bidzina Ivanishvili.

Russian troops are stationed in two breakaway regions of Georgia. It was not clear how long the flight ban would last.
""")
GEOP = A("Georgian protesters", "GEO", ["CVL", "OPP"])
GEOG = A("Georgia", "GEO", "GOV")
RUSG = A("Russia", "RUS", "GOV")
E("n07", "Georgian speaker quits after police crush protest;", A("Irakli Kobakhidze", "GEO", ["LEG", "GOV"]), GEOP, ["08"],
  "0832", "2019-06-21", None, False, "headline")
E("n07", "The speaker of Georgia's parliament, Irakli Kobakhidze,", A("Irakli Kobakhidze", "GEO", ["LEG", "GOV"]), GEOP,
  ["08"], "0832", "2019-06-21", None, True,
  "resignation under protest 0832 (08, owned13's convention), target the protesters; 'on Friday' in a Saturday paper")
E("n07", "The speaker of Georgia's parliament, Irakli Kobakhidze,", A("Georgian police", "GEO", "COP"), GEOP, REPR, "175",
  "2019-06-20", None, True, "tear gas and rubber bullets 175 (17/18) in an 'in which' clause with its own agent; the "
  "night before Friday")
E("n07", "The speaker of Georgia's parliament, Irakli Kobakhidze,", GEOP, A("Georgian parliament", "GEO", "LEG"), VPROT,
  "145", "2019-06-20", None, False, "attempt to storm the legislature in a nested relative clause: optional")
E("n07", "The protest erupted on Thursday after Sergei", GEOP, A("Georgian parliament", "GEO", "LEG"), VPROT, "141",
  "2019-06-20", None, False, "start of the protest, restatement: optional")
E("n07", "The protest erupted on Thursday after Sergei", RUSG, GEOG, FORCE, "190", "2008", None, False,
  "the 2008 war as a time reference, joint and undetailed: optional")
E("n07", "More than 240 people were injured, among", A("Georgian police", "GEO", "COP"), GEOP, DETAIN, "173", "2019-06",
  None, False, "agentless passive detentions in a ministry tally: optional")
E("n07", "In Moscow, President Vladimir Putin signed a", A("Vladimir Putin", "RUS", "GOV"), GEOG, SANCT, "163",
  "2019-06-21", P("Moscow", "RUS"), True, "flight ban: embargo 163 (16/17); 'on Friday'; the clause names Moscow")
E("n07", "His spokesman, Dmitry Peskov, called the unrest", A("Dmitry Peskov", "RUS", "GOV"), GEOP, ["11"], "112",
  "2019-06", None, True, "accusation (provocation); 'His' = Putin's; no day of its own: month")
E("n07", "His spokesman, Dmitry Peskov, called the unrest", A("Dmitry Peskov", "RUS", "GOV"), GEOG, ["16", "01"], "160",
  "2019-06", None, False, "travel advice, second verb: optional")
E("n07", "President Salome Zourabichvili had described Russia as", A("Salome Zourabichvili", "GEO", "GOV"), RUSG, ["11"],
  "111", "2019-06-20", None, True, "denunciation ('enemy and occupier'); 'on Thursday night'")
E("n07", "President Salome Zourabichvili had described Russia as", A("Salome Zourabichvili", "GEO", "GOV"), GEOP, DEMAND,
  "025", "2019-06", None, False, "appeal for calm, 'later' with no day: optional")
E("n07", "Giga Bokeria, a leader of the opposition", A("Giga Bokeria", "GEO", ["OPP", "PTY"]),
  A("Giorgi Gakharia", "GEO", ["GOV", "COP"]), DEMAND, "1041", "2019-06", None, True,
  "demand that the minister resign 1041 (10/02); no day: month; the vow to return is an intention (not coded)")
E("n07", "Protesters gathered again outside parliament on Friday", GEOP, A("Georgian Dream", "GEO", ["PTY", "GOV"]),
  VPROT, "141", "2019-06-21", None, True,
  "demonstration against the ruling party 141; 'on Friday evening'; 'outside parliament' names no city")
F("n07", "Russian troops are stationed in two breakaway", "standing situation")
F("n07", "It was not clear how long the", "speculation")

# ---------------------------------------------------------------- n08 Brussels, Europe/Eurasia (Russia / Poland / Bulgaria / EU)
S("n08", "2022-04-28", "Europe/Eurasia", """
EU accuses Moscow of blackmail after gas cut to Poland and Bulgaria

BRUSSELS, Belgium —

The European Union accused Russia of using gas as an instrument of blackmail on Wednesday after the state-controlled Gazprom cut off supplies to Poland and Bulgaria, the first members of the bloc to be punished for refusing to pay for fuel in roubles.

Ursula von der Leyen, the president of the European Commission, called the move unjustified and unacceptable and said both countries were already receiving gas from their EU neighbours.

Gazprom said it had halted deliveries to Poland's PGNiG and to Bulgargaz after neither company paid its April bill under the new scheme, which President Vladimir Putin ordered in a decree last month.

Polish Prime Minister Mateusz Morawiecki called the cut a direct attack on his country and said Warsaw would not be intimidated. In Sofia, Prime Minister Kiril Petkov, a Harvard-educated entrepreneur who took office in December, said Bulgaria would not negotiate under pressure.

The Kremlin denied any blackmail. Dmitry Peskov, Putin's spokesman, said Russia remained a reliable supplier and that the rouble scheme had been forced on it by Western sanctions that froze its central bank's reserves.

Energy ministers of the 27 member states are to hold an emergency meeting next week. Anna Moskwa, Poland's climate minister, told reporters that the country's gas stores were three quarters full.

Russia supplied about 40 percent of the bloc's imported gas last year. It was not clear whether Germany, the largest buyer, would be next.
""")
EUR = A("European Union", "EUR", "IGO")
GAZ = A("Gazprom", "RUS", ["BUS", "GOV"])
POLG = A("Poland", "POL", "GOV")
BGRG = A("Bulgaria", "BGR", "GOV")
E("n08", "EU accuses Moscow of blackmail after gas", EUR, RUSG, ["11"], "112", "2022-04-27", None, False, "headline")
E("n08", "The European Union accused Russia of using", EUR, RUSG, ["11"], "112", "2022-04-27", None, True,
  "accusation of blackmail; EU as EUR/IGO (owned8 v07); 'on Wednesday' in a Thursday paper; the Brussels dateline is "
  "not the place")
E("n08", "The European Union accused Russia of using", GAZ, POLG, SANCT, "163", "2022-04-27", None, True,
  "halt of gas supplies: embargo 163 (16/17, as owned8 v07) in an 'after' clause with its own agent; compound object: "
  "Poland first, required")
E("n08", "The European Union accused Russia of using", GAZ, BGRG, SANCT, "163", "2022-04-27", None, False,
  "second member of the compound object: optional")
E("n08", "Ursula von der Leyen, the president of", A("Ursula von der Leyen", "EUR", "IGO"), RUSG, ["11"], "111",
  "2022-04", None, False, "the Commission's criticism, restating the EU's accusation: optional")
E("n08", "Ursula von der Leyen, the president of", A("EU member states", "EUR", "GOV"), POLG, ["07", "06"], "070",
  "2022-04", None, False, "gas from neighbours, reported in passing: optional")
E("n08", "Gazprom said it had halted deliveries to", GAZ, POLG, SANCT, "163", "2022-04", None, False,
  "the company's own restatement of the cut: optional")
E("n08", "Gazprom said it had halted deliveries to", A("Vladimir Putin", "RUS", "GOV"), EUR, DEMAND, "100", "2022-03",
  None, False, "decree demanding rouble payment, in a relative clause; 'last month': optional")
E("n08", "Polish Prime Minister Mateusz Morawiecki called the", A("Mateusz Morawiecki", "POL", "GOV"), RUSG, ["11"],
  "112", "2022-04", None, True, "accusation ('direct attack'); target Russia (the cut's author); no day: month")
E("n08", "Harvard-educated entrepreneur who took office in December", A("Kiril Petkov", "BGR", "GOV"), RUSG, ["12"],
  "125", "2022-04", None, True, "stated refusal to negotiate under pressure 125 (12); month")
E("n08", "The Kremlin denied any blackmail", RUSG, EUR, DENY, "016", "2022-04", None, True,
  "denial 016 (01/12) of the EU's charge; 'The Kremlin' = the Russian government; month")
E("n08", "Dmitry Peskov, Putin's spokesman, said Russia remained", A("Dmitry Peskov", "RUS", "GOV"),
  A("Western governments", None, "GOV"), ["11"], "112", "2022-04", None, False,
  "blame on Western sanctions, target no single country: optional")
F("n08", "Russia supplied about 40 percent of the", "standing situation")
F("n08", "It was not clear whether Germany, the", "speculation")

# ---------------------------------------------------------------- n09 Bogota, Americas (Colombia / U.S.)
S("n09", "2025-01-27", "Americas", """
Colombia accepts U.S. deportation flights after Trump orders tariffs

BOGOTA, Colombia —

Colombia agreed on Sunday night to take back migrants deported from the United States on military aircraft, hours after President Donald Trump ordered tariffs and visa sanctions to punish Bogota for turning two of the flights away.

President Gustavo Petro had refused earlier in the day to let the U.S. Air Force planes land, saying Colombians expelled from the United States must come home with dignity and not as criminals. He offered to send the presidential plane to fetch them.

Trump answered within hours, announcing a 25 percent tariff on all Colombian goods, to be doubled in a week, and travel bans on officials of Petro's government. The State Department suspended visa services at its embassy here. Petro retaliated by raising duties on American imports by the same amount.

Karoline Leavitt, the White House press secretary, said late on Sunday that Colombia had accepted all of Trump's terms and that the tariff order would be held in reserve. Colombia's foreign minister, Luis Gilberto Murillo, told reporters the two governments had overcome the impasse.

German Bahamon, who heads the National Federation of Coffee Growers, urged both governments to settle the quarrel quickly, saying the United States buys about a third of the country's coffee.

Colombia is among the largest sources of migrants crossing into the United States. It was not clear when the first military flight would land.
""")
COLG = A("Colombia", "COL", "GOV")
USAG = A("United States", "USA", "GOV")
TRUMP = A("Donald Trump", "USA", "GOV")
PETRO = A("Gustavo Petro", "COL", "GOV")
E("n09", "Colombia accepts U.S. deportation flights after Trump", COLG, USAG, AGREE, "030", "2025-01-26", None, False,
  "headline")
E("n09", "Colombia agreed on Sunday night to take", COLG, USAG, AGREE, "030", "2025-01-26", None, True,
  "agreement under trade pressure 030 (AGREE roots, owned13 k10); 'Sunday night' in a Monday paper")
E("n09", "Colombia agreed on Sunday night to take", TRUMP, COLG, SANCT, "163", "2025-01-26", None, False,
  "lead summary of the tariffs detailed in the third paragraph: optional")
E("n09", "President Gustavo Petro had refused earlier in", PETRO, USAG, ["12"], "120", "2025-01-26", None, True,
  "stated refusal to let the flights land (12); 'earlier in the day' = Sunday")
E("n09", "He offered to send the presidential plane", PETRO, USAG, ["03", "07"], "030", "2025-01-26", None, False,
  "offer of an alternative: optional ('He' = Petro)")
E("n09", "Trump answered within hours, announcing a 25", TRUMP, COLG, SANCT, "163", "2025-01-26", None, True,
  "tariffs and travel bans: sanctions 163 (16/17); 'within hours' of Sunday's refusal")
E("n09", "The State Department suspended visa services at", A("U.S. State Department", "USA", "GOV"), COLG, ["16", "17"],
  "160", "2025-01", P("Bogota", "COL"), True, "suspension of visa services 16 (17 also read); 'at its embassy here' = "
  "Bogota; no day of its own: month")
E("n09", "Petro retaliated by raising duties on American", PETRO, USAG, SANCT, "163", "2025-01", None, True,
  "counter-tariffs 163 (16/17); no day of its own: month")
E("n09", "said late on Sunday that Colombia had", COLG, USAG, AGREE, "030", "2025-01-26", None, False,
  "restatement of the agreement in the press secretary's account: optional")
E("n09", "said late on Sunday that Colombia had", USAG, COLG, ["08"], "081", "2025-01-26", None, False,
  "tariffs held in reserve, a conditional easing: optional")
E("n09", "Colombia's foreign minister, Luis Gilberto Murillo, told", A("Luis Gilberto Murillo", "COL", "GOV"), USAG, AGREE,
  "030", "2025-01", None, False, "restatement ('the two governments'): optional")
E("n09", "German Bahamon, who heads the National Federation", A("German Bahamon", "COL", ["BUS", "AGR"]), COLG, DEMAND,
  "100", "2025-01", None, False, "appeal by a business leader, compound object: optional")
F("n09", "Colombia is among the largest sources of", "standing situation")
F("n09", "It was not clear when the first", "speculation")

# ---------------------------------------------------------------- n10 Quito, Americas (Ecuador)
S("n10", "2010-10-01", "Americas", """
Ecuador's Correa freed by troops after police revolt he calls a coup bid

QUITO, Ecuador —

Soldiers stormed a police hospital here late on Thursday and freed President Rafael Correa, who had been trapped inside for nearly ten hours by rebellious police officers protesting against cuts to their bonuses.

Correa, who was taken to the hospital after inhaling tear gas when he confronted the protesters at their main barracks, was driven out in a sport utility vehicle as troops exchanged fire with the mutineers. At least two people were killed, the health minister said.

The president declared a state of emergency and blamed the revolt on supporters of a former president, Lucio Gutierrez, accusing them of attempting a coup. Gutierrez, speaking from Brazil, denied any role and called Correa a dictator.

Foreign Minister Ricardo Patino had urged Correa's followers to march on the hospital, and thousands of them gathered in nearby streets, where police fired tear gas at them.

Members of the air force also occupied the runway of Quito's international airport for several hours, halting all flights.

South American presidents meeting in Buenos Aires late on Thursday condemned what they called an attempted coup. Peru and Colombia closed their borders with Ecuador. Jose Miguel Insulza, the secretary-general of the Organization of American States, said the hemisphere would not tolerate a break in constitutional order.

Three Ecuadorean presidents were toppled between 1997 and 2005. It was not clear whether any of the police officers would face charges.
""")
CORREA = A("Rafael Correa", "ECU", "GOV")
ECUREB = A("Ecuadorean police mutineers", "ECU", ["COP", "REB"])
ECUM = A("Ecuadorean army", "ECU", "MIL")
E("n10", "Ecuador's Correa freed by troops after police", ECUM, ECUREB, FORCE, "190", "2010-09-30", None, False,
  "headline")
E("n10", "Soldiers stormed a police hospital here late", ECUM, ECUREB, FORCE, "190", "2010-09-30", P("Quito", "ECU"),
  True, "armed rescue against the mutineers 190 (19/18); 'here' = Quito; 'late on Thursday' in a Friday paper")
E("n10", "Soldiers stormed a police hospital here late", ECUREB, CORREA, DETAIN, "173", "2010-09-30", P("Quito", "ECU"),
  True, "holding the president in a relative clause with an agent 'by' phrase (17; 18 also read); same day and "
  "hospital")
E("n10", "Soldiers stormed a police hospital here late", ECUREB, A("Ecuador", "ECU", "GOV"), VPROT, "141", "2010-09-30",
  None, False, "the pay protest, in a participle: optional")
E("n10", "Correa, who was taken to the hospital", ECUREB, CORREA, REPR, "175", "2010-09-30", None, False,
  "tear gas at the president, agentless inside a relative clause: optional")
E("n10", "Correa, who was taken to the hospital", ECUM, ECUREB, CLASH, "190", "2010-09-30", None, False,
  "exchange of fire, restating the rescue: optional")
E("n10", "The president declared a state of emergency", CORREA, A("Ecuador", "ECU", None), COUP, "1724", "2010-09", None,
  False, "self-directed emergency: optional (as owned13 k01)")
E("n10", "The president declared a state of emergency", CORREA, A("Lucio Gutierrez supporters", "ECU", ["OPP", "PTY"]),
  ["11"], "112", "2010-09", None, True, "accusation (coup attempt); 'The president' = Correa; no day of its own: month")
E("n10", "Gutierrez, speaking from Brazil, denied any role", A("Lucio Gutierrez", "ECU", ["OPP", "PTY"]), CORREA, DENY,
  "016", "2010-09", None, True, "denial 016 (01/12); 'from Brazil' is a country, no place; month")
E("n10", "Gutierrez, speaking from Brazil, denied any role", A("Lucio Gutierrez", "ECU", ["OPP", "PTY"]), CORREA, ["11"],
  "111", "2010-09", None, False, "insult, second verb: optional")
E("n10", "Foreign Minister Ricardo Patino had urged Correa's", A("Ricardo Patino", "ECU", "GOV"),
  A("Correa supporters", "ECU", ["CVL", "PTY"]), DEMAND, "025", "2010-09", None, False,
  "appeal to one's own supporters: optional")
E("n10", "Foreign Minister Ricardo Patino had urged Correa's", A("Ecuadorean police", "ECU", "COP"),
  A("Correa supporters", "ECU", ["CVL", "PTY"]), REPR, "175", "2010-09", None, True,
  "tear gas 175 (17/18) in a 'where' clause with its own agent; 'them' = Correa's followers; month")
E("n10", "Members of the air force also occupied", A("Ecuadorean air force", "ECU", ["MIL", "REB"]),
  A("Ecuador", "ECU", "GOV"), ["14", "17", "19"], "144", "2010-09", P("Quito", "ECU"), True,
  "blockade of the airport by mutinous airmen 144 (14; 17 and 19 also read); 'Quito's international airport' names "
  "the city; month")
E("n10", "South American presidents meeting in Buenos Aires", A("UNASUR", None, ["IGO", "GOV"]), ECUREB, ["11"], "111",
  "2010-09-30", P("Buenos Aires", "ARG"), True,
  "condemnation by a regional summit; 'late on Thursday'; the clause names Buenos Aires")
E("n10", "Peru and Colombia closed their borders with", A("Peru", "PER", "GOV"), A("Ecuador", "ECU", None),
  ["16", "17"], "160", "2010-09", None, False, "precautionary border closure, compound subject: optional")
E("n10", "Jose Miguel Insulza, the secretary-general of the", A("Jose Miguel Insulza", "OAS", "IGO"), ECUREB,
  ["11", "13"], "111", "2010-09", None, False, "single outside reaction: optional")
F("n10", "Three Ecuadorean presidents were toppled between 1997", "standing situation (history)")
F("n10", "It was not clear whether any of", "speculation")

# ---------------------------------------------------------------- n11 Male, South Asia (Maldives)
S("n11", "2018-02-06", "South Asia", """
Maldives leader declares emergency, has chief justice and half-brother arrested

MALE, Maldives —

Security forces in the Maldives arrested the chief justice and a former president early on Tuesday, hours after President Abdulla Yameen declared a 15-day state of emergency to defy a Supreme Court order freeing his jailed opponents.

Soldiers forced their way into the Supreme Court building, where the judges had locked themselves in, and took away Chief Justice Abdulla Saeed and another judge, Ali Hameed, their lawyers said. Police separately detained Maumoon Abdul Gayoom, Yameen's half-brother, who ruled the islands for 30 years and had sided with the opposition.

The court ruled last Thursday that nine political prisoners, among them the exiled former president Mohamed Nasheed, must be freed and retried. Yameen's government refused to comply, and Attorney-General Mohamed Anil said the ruling amounted to an attempted coup.

Nasheed, speaking from Colombo, called on India to send an envoy backed by its military to free the judges and the detainees. He also asked the United States to halt all financial transactions by the leaders of the government.

India's foreign ministry said it was disturbed by the emergency. The U.S. State Department urged Yameen to respect the rule of law and the independence of the judiciary.

Gayoom, 80, told supporters in a video recorded before his arrest that he had done nothing to deserve it and urged them to stay strong.

The islands draw more than a million tourists a year. It was not clear how long the emergency would remain in force.
""")
YAMEEN = A("Abdulla Yameen", "MDV", "GOV")
MDVG = A("Maldives", "MDV", "GOV")
MDVJ = A("Maldives Supreme Court", "MDV", "JUD")
NASHEED = A("Mohamed Nasheed", "MDV", ["OPP", "PTY"])
E("n11", "Maldives leader declares emergency, has chief justice", YAMEEN, MDVJ, COUP, "1724", "2018-02", None, False,
  "headline")
E("n11", "Security forces in the Maldives arrested the", A("Maldivian security forces", "MDV", ["MIL", "COP"]),
  A("Abdulla Saeed", "MDV", "JUD"), DETAIN, "173", "2018-02-06", None, False,
  "lead summary of the arrests detailed in the next paragraph: optional")
E("n11", "Security forces in the Maldives arrested the", YAMEEN, MDVJ, COUP, "1724", "2018-02", None, True,
  "state of emergency 1724 (17/19) in an 'hours after' clause with its own agent, aimed at the court whose order it "
  "defies; the text gives no day for it: month")
E("n11", "Soldiers forced their way into the Supreme", A("Maldivian soldiers", "MDV", "MIL"), A("Abdulla Saeed", "MDV", "JUD"),
  DETAIN, "173", "2018-02-06", None, True,
  "arrest of the chief justice 173 (17/18); the lawyers' account is not disputed; compound object: Saeed first; date of "
  "the lead ('early on Tuesday')")
E("n11", "Soldiers forced their way into the Supreme", A("Maldivian soldiers", "MDV", "MIL"), A("Ali Hameed", "MDV", "JUD"),
  DETAIN, "173", "2018-02-06", None, False, "second member of the compound object: optional")
E("n11", "Police separately detained Maumoon Abdul Gayoom, Yameen's", A("Maldivian police", "MDV", "COP"),
  A("Maumoon Abdul Gayoom", "MDV", ["OPP", "ELI"]), DETAIN, "173", "2018-02-06", None, True,
  "detention 173 (17/18); date of the lead")
E("n11", "The court ruled last Thursday that nine", MDVJ, MDVG, ["10", "08", "02"], "100", "2018-02-01", None, True,
  "court order to free prisoners: a demand on the government (10; 08 and 02 also read); 'last Thursday' before a "
  "Tuesday paper")
E("n11", "Yameen's government refused to comply, and Attorney-General", MDVG, MDVJ, ["12"], "120", "2018-02", None, True,
  "stated refusal to obey the court (12); no day: month")
E("n11", "Yameen's government refused to comply, and Attorney-General", A("Mohamed Anil", "MDV", "GOV"), MDVJ, ["11"],
  "112", "2018-02", None, False, "accusation (attempted coup), second clause: optional")
E("n11", "Nasheed, speaking from Colombo, called on India", NASHEED, A("India", "IND", "GOV"), DEMAND, "0232", "2018-02",
  P("Colombo", "LKA"), True, "request for military intervention 0232 (02/10, owned13 k01); 'speaking from Colombo' "
  "names where he acted; no day: month")
E("n11", "He also asked the United States to", NASHEED, A("United States", "USA", "GOV"), DEMAND, "020", "2018-02", None,
  False, "second request ('He' = Nasheed): optional")
E("n11", "India's foreign ministry said it was disturbed", A("India", "IND", "GOV"), MDVG, ["11", "01"], "111",
  "2018-02", None, False, "outside reaction: optional")
E("n11", "The U.S. State Department urged Yameen to", A("U.S. State Department", "USA", "GOV"), YAMEEN, DEMAND, "100",
  "2018-02", None, False, "outside appeal: optional")
E("n11", "Gayoom, 80, told supporters in a video", A("Maumoon Abdul Gayoom", "MDV", ["OPP", "ELI"]),
  A("Gayoom supporters", "MDV", ["CVL", "OPP"]), DEMAND, "025", "2018-02", None, False,
  "appeal to his own supporters: optional")
F("n11", "The islands draw more than a million", "standing situation")
F("n11", "It was not clear how long the", "speculation")

# ---------------------------------------------------------------- n12 Taipei, Pacific (Kiribati / Solomon Islands / Taiwan / China)
S("n12", "2019-09-21", "Pacific", """
Taiwan cuts ties with Kiribati, its second Pacific ally lost to Beijing in a week

TAIPEI, Taiwan —

Taiwan broke off diplomatic relations with Kiribati on Friday after learning that the Pacific island nation was about to switch its recognition to China, the second ally Taipei has lost in five days.

Foreign Minister Joseph Wu told a news conference that Kiribati's government had asked for money to buy commercial aircraft and had turned down an offer of loans instead. He accused Beijing of luring the islands away with promises of planes and ferries and said Taiwan would close its embassy in Tarawa.

On Monday the Solomon Islands' cabinet voted to recognise Beijing, ending 36 years of ties with Taipei. Taiwan severed relations hours before the decision was announced. Wu offered to resign, but the premier, Su Tseng-chang, asked him to stay.

President Tsai Ing-wen said Taiwan would not compete with China in dollar diplomacy and accused Beijing of squeezing the island's international space ahead of a January election.

In Beijing, a foreign ministry spokesman, Geng Shuang, welcomed Kiribati's choice and urged the remaining countries that recognise Taiwan to follow the trend.

U.S. Vice President Mike Pence has called off a planned meeting with the Solomons' prime minister, Manasseh Sogavare, according to a U.S. official. Washington had warned the Pacific nations against abandoning Taipei.

Taiwan now has formal ties with only 15 countries. It was not clear whether other Pacific states would follow.
""")
TWNG = A("Taiwan", "TWN", "GOV")
KIRG = A("Kiribati", "KIR", "GOV")
SLBG = A("Solomon Islands", "SLB", "GOV")
E("n12", "Taiwan cuts ties with Kiribati, its second", TWNG, KIRG, ["16"], "161", "2019-09-20", None, False, "headline")
E("n12", "Taiwan broke off diplomatic relations with Kiribati", TWNG, KIRG, ["16"], "161", "2019-09-20", None, True,
  "break of relations 161; 'on Friday' in a Saturday paper; the Taipei dateline is not the place")
E("n12", "Taiwan broke off diplomatic relations with Kiribati", KIRG, CHNG, ["05", "03"], "054", "2019-09", None, False,
  "an imminent switch ('was about to'): optional")
E("n12", "Foreign Minister Joseph Wu told a news", KIRG, TWNG, ["02", "10"], "0231", "2019", None, False,
  "request for money inside the minister's account, undated: optional")
E("n12", "He accused Beijing of luring the islands", A("Joseph Wu", "TWN", "GOV"), CHNG, ["11"], "112", "2019-09", None,
  True, "accusation; 'He' = Wu; 'Beijing' = China; same news conference, no day of its own: month")
E("n12", "He accused Beijing of luring the islands", TWNG, KIRG, ["16"], "161", "2019-09", None, False,
  "announced closure of the embassy ('would close'), an intention: optional")
E("n12", "On Monday the Solomon Islands' cabinet voted", SLBG, CHNG, ["05", "03"], "054", "2019-09-16", None, True,
  "recognition of another government 054 (05/03, owned13 k07); 'On Monday' in a Saturday paper")
E("n12", "On Monday the Solomon Islands' cabinet voted", SLBG, TWNG, ["16"], "161", "2019-09-16", None, False,
  "ending ties, the other face of the recognition, in a participle: optional")
E("n12", "Taiwan severed relations hours before the decision", TWNG, SLBG, ["16"], "161", "2019-09-16", None, True,
  "break of relations 161; 'hours before' the Monday decision; the target is the Solomons of the previous sentence")
E("n12", "President Tsai Ing-wen said Taiwan would not", A("Tsai Ing-wen", "TWN", "GOV"), CHNG, ["11"], "112", "2019-09",
  None, True, "accusation (squeezing Taiwan's space); second clause of the sentence; month")
E("n12", "President Tsai Ing-wen said Taiwan would not", A("Tsai Ing-wen", "TWN", "GOV"), CHNG, ["12"], "120", "2019-09",
  None, False, "refusal put as an intention ('would not compete'): optional")
E("n12", "In Beijing, a foreign ministry spokesman, Geng", A("Geng Shuang", "CHN", "GOV"), KIRG, ["05", "01"], "051",
  "2019-09", P("Beijing", "CHN"), True, "welcome of the switch 051 (05; 01 also read); the clause names Beijing; month")
E("n12", "In Beijing, a foreign ministry spokesman, Geng", A("Geng Shuang", "CHN", "GOV"),
  A("Taiwan's remaining allies", None, "GOV"), DEMAND, "100", "2019-09", P("Beijing", "CHN"), False,
  "appeal to unnamed states: optional")
E("n12", "U.S. Vice President Mike Pence has called", A("Mike Pence", "USA", "GOV"), A("Manasseh Sogavare", "SLB", "GOV"),
  ["16", "12"], "161", "2019-09", None, True,
  "cancelled meeting: reduced relations 16 (12 also read: a refusal to meet); present perfect: month")
E("n12", "Washington had warned the Pacific nations against", USAG, A("Pacific island governments", None, "GOV"), ["13"],
  "130", "2019", None, False, "undated background warning to unnamed states: optional")
F("n12", "Taiwan now has formal ties with only", "standing situation")
F("n12", "It was not clear whether other Pacific", "speculation")

write(HERE)
