#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned32 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run).
Stories retell public events of 1979-1999 in our own words. Coding notes are kept per line.
Run: python3 testdata/owned32/build.py  (rewrites both files next to this script)
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
BLOCK = ["19", "17", "15"]
SEIZE = ["19", "17"]
WITHDRAW = ["16", "08", "17"]
APPEAL = ["02", "10"]

# ---------------------------------------------------------------- af01 Kampala, Africa (Uganda / Tanzania / Libya)
S("af01", "1979-04-12", "Africa", """
Tanzanian troops and Ugandan exiles capture Kampala; Amin flees

KAMPALA, Uganda —

Tanzanian troops and Ugandan exile fighters captured Kampala on Wednesday after a five-month war, driving Field Marshal Idi Amin from the capital he had ruled by terror since seizing power in 1971.

Thousands of residents poured into the streets to cheer the soldiers, and crowds looted shops and offices that had belonged to Amin's government. The whereabouts of the deposed president were not known; his remaining loyalists were reported to be retreating east toward Jinja.

The Uganda National Liberation Front, an alliance of exile groups formed at a meeting in Moshi, Tanzania, last month, announced over Radio Uganda that it had taken power and named Yusufu Lule, a former university principal, as head of a provisional government.

In its first broadcast, the front urged soldiers still loyal to Amin to lay down their arms and promised them fair treatment.

Tanzania's president, Julius Nyerere, has said his army went to war only after Amin's forces invaded and annexed the Kagera salient of northern Tanzania last November. Amin had accused Tanzania of plotting with the exiles to overthrow him.

Libya, which flew in troops to defend Amin, suffered heavy losses; Tanzanian officers said hundreds of Libyan soldiers had been killed or captured around Entebbe. Colonel Muammar Gaddafi had threatened Tanzania with war unless it pulled out within 24 hours.

Whether Lule could hold the quarrelling exile factions together was uncertain. Uganda's economy, once among the strongest in East Africa, has collapsed under eight years of misrule.
""")
TZAM = A("Tanzanian army", "TZA", "MIL")
UNLF = A("Uganda National Liberation Front", "UGA", ["REB", "OPP"])
AMIN = A("Idi Amin", "UGA", ["GOV", "MIL"])
UGAG = A("Amin's government", "UGA", ["GOV", "MIL"])
UGAM = A("Amin's forces", "UGA", "MIL")
E("af01", "Tanzanian troops and Ugandan exiles capture Kampala", TZAM, UGAG, SEIZE, "192", "1979-04-11",
  P("Kampala", "UGA"), False, "headline")
E("af01", "Tanzanian troops and Ugandan exile fighters captured", TZAM, UGAG, SEIZE, "192", "1979-04-11",
  P("Kampala", "UGA"), True, "taking the capital 192 (19; 17 tolerated); first member of the compound subject; "
  "Wednesday in a Thursday paper; Kampala named")
E("af01", "Tanzanian troops and Ugandan exile fighters captured", UNLF, UGAG, SEIZE, "192", "1979-04-11",
  P("Kampala", "UGA"), False, "second member of the compound subject: optional")
E("af01", "since seizing power in 1971", AMIN, A("Uganda's government", "UGA", "GOV"), COUP, "1724", "1971", None,
  False, "dated background coup with an implied agent and no named target: optional")
E("af01", "announced over Radio Uganda that it had", UNLF, UGAG, COUP, "1724", "1979-04", None, False,
  "claiming power by broadcast: a declared takeover, optional (coders split on a statement)")
E("af01", "the front urged soldiers still loyal to", UNLF, UGAM, DEMAND, "105", "1979-04", None, True,
  "'the front' = the UNLF; an appeal to surrender is a demand that the target yield 105 (10/02); no day: month")
E("af01", "after Amin's forces invaded and annexed the", UGAM, A("Tanzania", "TZA", None), SEIZE, "192", "1978-11",
  None, True, "dated background invasion in an 'after' clause with its own agent: required; 'last November' in an "
  "April 1979 paper; the Kagera salient is an area, not a place")
E("af01", "Amin had accused Tanzania of plotting with", AMIN, A("Tanzania", "TZA", "GOV"), ["11"], "112", "1979",
  None, True, "undated pluperfect accusation with its own agent and target: required; the story's year (the "
  "convention's month-or-year for an undated pluperfect)")
E("af01", "which flew in troops to defend Amin", A("Libya", "LBY", ["GOV", "MIL"]), AMIN, ["07", "06", "15"], "072",
  "1979", None, False, "military support in an undated relative clause: optional")
E("af01", "hundreds of Libyan soldiers had been killed", TZAM, A("Libyan troops", "LBY", "MIL"), FORCE, "190", "1979",
  P("Entebbe", "UGA"), False, "agentless passive inside the account of one side's officers: optional")
E("af01", "Gaddafi had threatened Tanzania with war unless", A("Muammar Gaddafi", "LBY", "GOV"),
  A("Tanzania", "TZA", "GOV"), ["13"], "139", "1979", None, True,
  "ultimatum 139 (THREATEN); undated pluperfect in the story's year")
F("af01", "Whether Lule could hold the quarrelling exile", "speculation")
F("af01", "has collapsed under eight years of misrule", "standing situation")

# ---------------------------------------------------------------- af02 Addis Ababa, Africa (Ethiopia / Egypt / Sudan)
S("af02", "1995-06-27", "Africa", """
Mubarak escapes ambush in Addis Ababa; Egypt points the finger at Sudan

ADDIS ABABA, Ethiopia —

Gunmen opened fire on President Hosni Mubarak's motorcade on Monday as it drove from the airport into the Ethiopian capital, where he was due to address a summit of the Organisation of African Unity. The Egyptian leader was unhurt.

Ethiopian police and Mubarak's own guards returned fire, killing at least two of the attackers, Ethiopian officials said. Two Ethiopian policemen died in the exchange. The armoured limousine turned back to the airport, and Mubarak flew home within hours.

Back in Cairo, the president told cheering crowds that he held the Islamist government in Khartoum responsible, and he accused Hassan al-Turabi, the Sudanese regime's ideologue, of sheltering the men who planned it.

Sudan denied any part in the attack. Its foreign ministry called the accusation a fabrication meant to cover up Egypt's own troubles with militant groups.

Ethiopian security forces detained one suspected attacker and were hunting for others, the government said. Prime Minister Meles Zenawi condemned what he called a cowardly act against a guest of Africa.

Egypt's Gamaa Islamiya, which has waged an armed campaign against Mubarak's government since 1992, made no immediate claim of responsibility.

Relations between Cairo and Khartoum have been strained for years by a quarrel over the Halaib border triangle. Egyptian officials would not say whether they planned any reprisal.
""")
GUNMEN2 = A("gunmen", None, None)
MUB = A("Hosni Mubarak", "EGY", "GOV")
SDNG2 = A("Sudan", "SDN", "GOV")
ETHCOP = A("Ethiopian police", "ETH", "COP")
E("af02", "Mubarak escapes ambush in Addis Ababa", GUNMEN2, MUB, ATTACK, "180", "1995-06-26", P("Addis Ababa", "ETH"),
  False, "headline")
E("af02", "Egypt points the finger at Sudan", A("Egypt", "EGY", "GOV"), SDNG2, ["11"], "112", "1995-06-26", None,
  False, "headline, second event")
E("af02", "Gunmen opened fire on President Hosni Mubarak's", GUNMEN2, MUB, ATTACK, "180", "1995-06-26",
  P("Addis Ababa", "ETH"), True, "attack on the motorcade; unnamed gunmen null/null (news-dev); 'the Ethiopian "
  "capital' with the dateline = Addis Ababa; Monday in a Tuesday paper")
E("af02", "Ethiopian police and Mubarak's own guards returned", ETHCOP, GUNMEN2, FORCE, "190", "1995-06-26", None, True,
  "returning fire 190; first member of the compound subject; Ethiopian officials' count is attribution, the fight is "
  "undisputed; no place in the clause")
E("af02", "Ethiopian police and Mubarak's own guards returned", A("Mubarak's guards", "EGY", ["COP", "MIL"]), GUNMEN2,
  FORCE, "190", "1995-06-26", None, False, "second member of the compound subject: optional")
E("af02", "he held the Islamist government in Khartoum", MUB, SDNG2, ["11"], "112", "1995-06-26", P("Cairo", "EGY"),
  True, "'the president' = Mubarak; 'Khartoum' = Sudan's government, not a place; 'Back in Cairo' gives the place; "
  "the same Monday (he flew home within hours)")
E("af02", "he accused Hassan al-Turabi, the Sudanese regime's", MUB, A("Hassan al-Turabi", "SDN", ["PTY", "GOV", "REL"]),
  ["11"], "112", "1995-06-26", P("Cairo", "EGY"), False, "second accusation in the same sentence: optional")
E("af02", "Sudan denied any part in the attack", SDNG2, A("Egypt", "EGY", "GOV"), DENY, "016", "1995-06", None, True,
  "denial of responsibility 016 (01/12); no day: month")
E("af02", "Its foreign ministry called the accusation a", SDNG2, A("Egypt", "EGY", "GOV"), ["11", "12"], "112",
  "1995-06", None, False, "counter-accusation elaborating the denial: optional")
E("af02", "Ethiopian security forces detained one suspected attacker", A("Ethiopian security forces", "ETH", ["COP", "MIL"]),
  A("suspected attacker", None, None), ["17"], "173", "1995-06", None, True,
  "arrest 173; no day: month; 'the city' gives no place by itself")
E("af02", "Meles Zenawi condemned what he called a", A("Meles Zenawi", "ETH", "GOV"), GUNMEN2, ["11"], "111", "1995-06",
  None, False, "the host's condemnation: a single reaction, optional")
E("af02", "which has waged an armed campaign against", A("Gamaa Islamiya", "EGY", ["RAD", "REB"]),
  A("Egypt's government", "EGY", "GOV"), ATTACK, "190", "1992", None, False,
  "a campaign since 1992 is a standing situation with a start year: optional")
F("af02", "Relations between Cairo and Khartoum have been", "standing situation")
F("af02", "Egyptian officials would not say whether they", "speculation; no reprisal happened")

# ---------------------------------------------------------------- af03 Kuwait City, Middle East (Iraq / Iran)
S("af03", "1980-09-23", "Middle East", """
Iraqi jets bomb Tehran airport as Iraq's army crosses into Iran

KUWAIT CITY, Kuwait —

Iraqi warplanes struck Tehran's Mehrabad airport and several Iranian air bases on Monday, and Iraqi armoured columns pushed across the border into Iran's oil-rich Khuzestan province, turning months of frontier skirmishes into open war.

Iran's air force hit back on Tuesday, bombing military targets near Baghdad and the southern port of Basra, according to Tehran Radio. Baghdad acknowledged that Iranian planes had attacked but said most had been shot down.

President Saddam Hussein, who five days earlier had torn up a 1975 treaty that split the Shatt al-Arab waterway between the two countries, said Iraq was defending its sovereignty against Iranian aggression. His government accused Tehran of shelling Iraqi border towns since early September.

Ayatollah Ruhollah Khomeini called on Iranians to resist the invaders and urged Iraq's army to rise against Saddam, whom he branded an enemy of Islam. President Abolhassan Bani-Sadr said Iran would fight until the last Iraqi soldier had been driven out.

Kurt Waldheim, the U.N. secretary-general, appealed to both governments to halt the fighting and offered his help in settling the dispute.

Shipping in the waterway came to a standstill. It was not clear how deep into Iranian territory the Iraqi forces had advanced. Iraq and Iran together pump about a tenth of the oil sold on world markets.
""")
IRQM = A("Iraqi armed forces", "IRQ", "MIL")
IRNM = A("Iranian armed forces", "IRN", "MIL")
IRN = A("Iran", "IRN", ["GOV", "MIL"])
IRQG = A("Iraq", "IRQ", "GOV")
SADDAM = A("Saddam Hussein", "IRQ", "GOV")
KHOM = A("Ruhollah Khomeini", "IRN", ["GOV", "REL"])
E("af03", "Iraqi jets bomb Tehran airport as Iraq's", IRQM, IRN, FORCE, "195", "1980-09-22", P("Tehran", "IRN"), False,
  "headline")
E("af03", "Iraqi warplanes struck Tehran's Mehrabad airport and", IRQM, IRN, FORCE, "195", "1980-09-22",
  P("Tehran", "IRN"), True, "air strikes 195; the clause names Tehran's airport; Monday in a Tuesday paper")
E("af03", "Iraqi armoured columns pushed across the border", IRQM, IRN, SEIZE, "192", "1980-09-22", None, True,
  "ground invasion, second clause of the lead: a separate event; Khuzestan is an area, not a place")
E("af03", "Iran's air force hit back on Tuesday", IRNM, IRQG, FORCE, "195", "1980-09-23", P("Baghdad", "IRQ"), True,
  "air strikes 195; Tehran Radio is one side, but Baghdad acknowledges the raid; 'near Baghdad' named (first of two)")
E("af03", "Baghdad acknowledged that Iranian planes had attacked", IRQM, IRNM, FORCE, "190", "1980-09-23", None, False,
  "shooting down planes, claimed by one side: optional")
E("af03", "who five days earlier had torn up", SADDAM, A("Iran", "IRN", "GOV"), ["12", "16"], "120", "1980-09-17",
  None, True, "abrogating the Algiers treaty: a rejection 12 (16 tolerated); 'five days earlier' than Monday")
E("af03", "said Iraq was defending its sovereignty against", SADDAM, A("Iran", "IRN", "GOV"), ["11"], "112", "1980-09",
  None, False, "justification naming 'Iranian aggression': optional")
E("af03", "His government accused Tehran of shelling Iraqi", IRQG, A("Iran", "IRN", "GOV"), ["11"], "112", "1980-09",
  None, True, "'Tehran' = Iran's government; accusation with no day: month")
E("af03", "urged Iraq's army to rise against Saddam", KHOM, IRQM, DEMAND, "1041", "1980-09", None, True,
  "call to overthrow a leader: demand for leadership change 1041 (10/02); no day: month")
E("af03", "whom he branded an enemy of Islam", KHOM, SADDAM, ["11"], "111", "1980-09", None, False,
  "insult in a relative clause: optional")
E("af03", "Bani-Sadr said Iran would fight until the", A("Abolhassan Bani-Sadr", "IRN", "GOV"), IRQG, ["13"], "138",
  "1980-09", None, False, "a vow put as an intention: optional")
E("af03", "appealed to both governments to halt the", A("Kurt Waldheim", "UNO", "IGO"), IRQG, APPEAL, "1056", "1980-09",
  None, False, "single outside reaction: optional; 'both governments', first the story's attacker")
E("af03", "offered his help in settling the dispute", A("Kurt Waldheim", "UNO", "IGO"), IRQG, ["03", "04"], "039",
  "1980-09", None, False, "offer to mediate: optional")
F("af03", "It was not clear how deep into", "speculation")
F("af03", "Iraq and Iran together pump about a", "count")

# ---------------------------------------------------------------- af04 Jerusalem, Middle East (Israel / West Bank)
S("af04", "1994-02-26", "Middle East", """
Settler kills 29 worshippers in Hebron mosque; PLO suspends peace talks

JERUSALEM, Israel —

A Jewish settler armed with an assault rifle opened fire on Palestinians at dawn prayers in Hebron's Ibrahimi Mosque on Friday, killing at least 29 people before he was overpowered and beaten to death by survivors.

The gunman, Baruch Goldstein, a doctor who lived in the nearby settlement of Kiryat Arba, fired into the crowded hall during the holy month of Ramadan, witnesses said.

Rioting spread across the West Bank and Gaza Strip within hours. Israeli troops shot dead at least nine Palestinians in clashes in Hebron, Jerusalem and Gaza, hospital officials said, and the army placed the territories under curfew.

Prime Minister Yitzhak Rabin condemned the massacre as a loathsome criminal act and telephoned Yasser Arafat to express his regret. Arafat, the chairman of the Palestine Liberation Organisation, told him that words were not enough.

The PLO suspended its negotiations with Israel on carrying out self-rule, which had been under way in Cairo and Washington, and demanded that settlers be disarmed and an international force be sent to protect Palestinians.

President Bill Clinton denounced the killings and invited both sides to send their negotiators back to Washington. The U.N. Security Council met in emergency session.

Israeli officials said Goldstein had acted alone. It was not clear whether the soldiers posted at the shrine had tried to stop him. About 400 Jewish settlers live among some 100,000 Palestinians in Hebron.
""")
SETTLER = A("Baruch Goldstein", "ISR", ["CVL", "RAD"])
WORSH = A("Palestinian worshippers", "PSE", ["CVL", "REL"])
ISRM = A("Israeli army", "ISR", "MIL")
PSEC = A("Palestinians", "PSE", ["CVL", "OPP"])
PLO = A("Palestine Liberation Organisation", "PSE", ["GOV", "REB"])
ISRG = A("Israel", "ISR", "GOV")
RABIN = A("Yitzhak Rabin", "ISR", "GOV")
E("af04", "Settler kills 29 worshippers in Hebron mosque", SETTLER, WORSH, ATTACK, "180", "1994-02-25",
  P("Hebron", "PSE"), False, "headline")
E("af04", "PLO suspends peace talks", PLO, ISRG, ["16", "12"], "164", "1994-02", None, False, "headline, second event")
E("af04", "opened fire on Palestinians at dawn prayers", SETTLER, WORSH, ATTACK, "180", "1994-02-25", P("Hebron", "PSE"),
  True, "mass shooting 180 (18/20/19 tolerated); 'Hebron's Ibrahimi Mosque' names the place; Friday in a Saturday "
  "paper; the settler's name comes in the next sentence ('The gunman')")
E("af04", "overpowered and beaten to death by survivors", A("survivors", "PSE", ["CVL", "REL"]), SETTLER, ["18", "19"],
  "1823", "1994-02-25", P("Hebron", "PSE"), True, "passive with its agent ('by survivors'): killing by beating 1823")
E("af04", "Israeli troops shot dead at least nine", ISRM, PSEC, ["17", "18", "19"], "175", "1994-02-25",
  P("Hebron", "PSE"), True, "troops killing rioters: repression 175 (17/18/19); 'within hours' of the Friday "
  "shooting; Hebron is the first of three named places; hospital count is attribution")
E("af04", "the army placed the territories under curfew", ISRM, A("Palestinian territories", "PSE", None), ["17"],
  "1723", "1994-02-25", None, True, "curfew 1723; premises/territory as the country with sector null; same day")
E("af04", "Rabin condemned the massacre as a loathsome", RABIN, SETTLER, ["11"], "111", "1994-02", None, True,
  "condemnation of the act's author; no day in the sentence: month")
E("af04", "telephoned Yasser Arafat to express his regret", RABIN, A("Yasser Arafat", "PSE", ["GOV", "REB"]),
  ["05", "04"], "055", "1994-02", None, False, "apology by phone, second verb: optional")
E("af04", "told him that words were not enough", A("Yasser Arafat", "PSE", ["GOV", "REB"]), RABIN, ["11", "12"], "111",
  "1994-02", None, False, "'him' = Rabin; rebuff: optional")
E("af04", "The PLO suspended its negotiations with Israel", PLO, ISRG, ["16", "12"], "164", "1994-02", None, True,
  "halting talks 164 (16/12, as owned21); no day: month")
E("af04", "demanded that settlers be disarmed and an", PLO, ISRG, DEMAND, "1042", "1994-02", None, True,
  "demand on Israel 1042 (10/02); second verb of the PLO sentence, a different event")
E("af04", "Clinton denounced the killings and invited both", A("Bill Clinton", "USA", "GOV"), SETTLER, ["11"], "111",
  "1994-02", None, False, "single outside reaction: optional")
E("af04", "invited both sides to send their negotiators", A("Bill Clinton", "USA", "GOV"), ISRG, ["03", "04"], "036",
  "1994-02", P("Washington", "USA"), False, "invitation to resume talks: optional")
F("af04", "It was not clear whether the soldiers", "speculation")
F("af04", "About 400 Jewish settlers live among some", "count / standing situation")

# ---------------------------------------------------------------- af05 Bangkok, Asia (Cambodia / Vietnam / China)
S("af05", "1979-01-08", "Asia", """
Vietnamese-led forces take Phnom Penh; Pol Pot government flees

BANGKOK, Thailand —

Rebel troops backed by Vietnamese tanks and warplanes captured Phnom Penh on Sunday, toppling the Khmer Rouge government of Pol Pot barely two weeks after Vietnam launched a full-scale invasion of Cambodia.

Radio Phnom Penh, now in the hands of the Kampuchean United Front for National Salvation, said the capital had been liberated and that a revolutionary council led by Heng Samrin, a former Khmer Rouge commander, would govern the country.

Pol Pot's ministers and troops were reported to have fled west toward the Thai border. Diplomats here said the Khmer Rouge had driven the city's few remaining residents into the countryside before Hanoi's columns arrived.

Prince Norodom Sihanouk, the former head of state whom the Khmer Rouge held under house arrest for nearly three years, was flown to Beijing on Saturday. He said he would go to the United Nations to ask the Security Council to order Hanoi's troops out.

China accused Vietnam of aggression and warned that the Vietnamese would pay a heavy price. Beijing, the Khmer Rouge's main ally, has massed troops along its own border with Vietnam.

Hanoi denies that its army is fighting in Cambodia and says the front is doing the fighting alone.

Thai officials said their frontier units had been reinforced. Whether the Khmer Rouge could wage a guerrilla war from the jungle was unclear. Cambodia has about five million people, far fewer than before 1975.
""")
KUFNS = A("Kampuchean United Front for National Salvation", "KHM", ["REB", "OPP"])
VNMM = A("Vietnamese army", "VNM", "MIL")
VNMG = A("Vietnam", "VNM", "GOV")
KRG = A("Khmer Rouge government", "KHM", ["GOV", "MIL"])
CHNG = A("China", "CHN", "GOV")
E("af05", "Vietnamese-led forces take Phnom Penh; Pol Pot", VNMM, KRG, SEIZE, "192", "1979-01-07",
  P("Phnom Penh", "KHM"), False, "headline")
E("af05", "Rebel troops backed by Vietnamese tanks and", KUFNS, KRG, SEIZE, "192", "1979-01-07", P("Phnom Penh", "KHM"),
  True, "taking the capital 192; the rebels are the grammatical subject (the front is named next); Sunday in a "
  "Monday paper")
E("af05", "Rebel troops backed by Vietnamese tanks and", VNMM, KRG, SEIZE, "192", "1979-01-07", P("Phnom Penh", "KHM"),
  False, "coders who make the backers the source: optional")
E("af05", "after Vietnam launched a full-scale invasion of", VNMG, A("Cambodia", "KHM", "GOV"), SEIZE, "192",
  "1978-12", None, True, "nominal invasion with its agent in a 'barely two weeks after' clause: dated background "
  "(late December), month")
E("af05", "said the capital had been liberated and", KUFNS, KRG, COUP, "1724", "1979-01", None, False,
  "claim of takeover on the radio: optional")
E("af05", "the Khmer Rouge had driven the city's", KRG, A("Phnom Penh residents", "KHM", "CVL"), ["20", "17"], "201",
  "1979-01", None, False, "forced removal, in diplomats' account: optional")
E("af05", "whom the Khmer Rouge held under house", KRG, A("Norodom Sihanouk", "KHM", ["ELI", "GOV"]), ["17"], "173",
  None, None, False, "undated detention in a relative clause: optional")
E("af05", "He said he would go to the", A("Norodom Sihanouk", "KHM", ["ELI", "GOV"]), VNMG, APPEAL, "1055", "1979-01",
  None, False, "a planned appeal to the Security Council: optional (intention)")
E("af05", "China accused Vietnam of aggression and warned", CHNG, VNMG, ["11"], "112", "1979-01", None, True,
  "accusation; no day: month")
E("af05", "warned that the Vietnamese would pay a", CHNG, VNMG, ["13"], "130", "1979-01", None, True,
  "threat, second verb of the sentence with its own code: required")
E("af05", "has massed troops along its own border", A("Chinese army", "CHN", "MIL"), VNMG, SHOW, "150", "1979-01", None,
  False, "'Beijing' = China; standing deployment without a date: optional")
E("af05", "Hanoi denies that its army is fighting", VNMG, CHNG, DENY, "016", "1979-01", None, True,
  "'Hanoi' = Vietnam; a denial of involvement 016 (01/12); target: the accuser named just before (China); "
  "present tense: month")
E("af05", "Thai officials said their frontier units had", A("Thai army", "THA", "MIL"), A("Cambodia", "KHM", None),
  SHOW, "150", "1979-01", None, False, "agentless passive reinforcement: optional")
F("af05", "Whether the Khmer Rouge could wage a", "speculation")
F("af05", "Cambodia has about five million people", "count")

# ---------------------------------------------------------------- af06 Dili, Asia (East Timor / Indonesia)
S("af06", "1991-11-14", "Asia", """
Indonesian troops fire on mourners at Dili cemetery; dozens feared dead

DILI, East Timor —

Indonesian soldiers opened fire on Tuesday on a crowd of several thousand East Timorese who had marched to the Santa Cruz cemetery here to mourn a young man killed by troops last month, witnesses said.

Foreign witnesses put the death toll at more than 50, while the armed forces said 19 people had died. Two American reporters said soldiers had beaten them with rifle butts as they tried to shield marchers.

The procession honoured Sebastiao Gomes, an independence supporter who was shot dead on Oct. 28 when troops raided the Motael church, where activists had taken refuge. Marchers unfurled banners of the Fretilin guerrilla movement and chanted for independence from Jakarta.

The regional military commander said his men had fired in self-defence after a mob stabbed an officer. Marchers denied carrying any weapons.

Portugal, which still regards itself as the territory's administering power, called for an emergency meeting of the U.N. Security Council and accused Indonesia of a massacre. The Netherlands said it was freezing new development aid to Jakarta until it received an explanation.

Foreign journalists were ordered to stay in their hotels, and troops sealed off the main roads into town.

Indonesia annexed the former Portuguese colony in 1976, a year after its troops invaded. The United Nations has never recognised the annexation. It was not clear how many people had been detained.
""")
IDNM = A("Indonesian army", "IDN", "MIL")
IDNG = A("Indonesia", "IDN", "GOV")
TLSC = A("East Timorese marchers", "TLS", ["CVL", "OPP"])
E("af06", "Indonesian troops fire on mourners at Dili", IDNM, TLSC, REPR + ["19"], "175", "1991-11-12",
  P("Dili", "TLS"), False, "headline")
E("af06", "Indonesian soldiers opened fire on Tuesday on", IDNM, TLSC, REPR + ["19"], "175", "1991-11-12",
  P("Dili", "TLS"), True, "firing on a crowd 175 (17/18/19); 'here' = Dili; 'witnesses said' but the army admits the "
  "shooting; Tuesday in a Thursday paper; East Timor as TLS")
E("af06", "who had marched to the Santa Cruz", TLSC, IDNG, ["14"], "141", "1991-11-12", P("Dili", "TLS"), False,
  "the march in a relative clause: optional (the demonstration is coded on the banner sentence)")
E("af06", "a young man killed by troops last", IDNM, A("Sebastiao Gomes", "TLS", ["CVL", "OPP"]), ATTACK, "180",
  "1991-10", None, False, "restated with its date in the next paragraph: optional here")
E("af06", "Two American reporters said soldiers had beaten", IDNM, A("American reporters", "USA", "MED"), ["18"], "182",
  "1991-11", None, False, "the victims' own account: optional")
E("af06", "who was shot dead on Oct. 28", IDNM, A("Sebastiao Gomes", "TLS", ["CVL", "OPP"]), ATTACK + ["17"], "180",
  "1991-10-28", None, True, "killing dated in a relative clause; the agent comes from 'when troops raided': required; "
  "the church's town is not named in the clause")
E("af06", "when troops raided the Motael church, where", IDNM, A("East Timorese activists", "TLS", ["CVL", "OPP"]),
  ["17", "19"], "171", "1991-10-28", None, False, "the raid itself: optional (coders code either the raid or the killing)")
E("af06", "Marchers unfurled banners of the Fretilin guerrilla", TLSC, IDNG, ["14", "10"], "141", "1991-11", None, True,
  "pro-independence demonstration 141; 'Jakarta' = Indonesia; no day in the sentence: month")
E("af06", "his men had fired in self-defence after", A("Indonesian military commander", "IDN", "MIL"), TLSC, ["11"], "112",
  "1991-11", None, False, "the army's accusation (a mob stabbed an officer): one side's account, optional")
E("af06", "Marchers denied carrying any weapons", TLSC, IDNM, DENY, "016", "1991-11", None, True,
  "denial 016 (01/12) answering the commander")
E("af06", "called for an emergency meeting of the", A("Portugal", "PRT", "GOV"), A("U.N. Security Council", "UNO", "IGO"),
  APPEAL, "1055", "1991-11", None, False, "call for international involvement: optional")
E("af06", "accused Indonesia of a massacre", A("Portugal", "PRT", "GOV"), IDNG, ["11"], "112", "1991-11", None, True,
  "accusation, the second verb with its own target: required")
E("af06", "The Netherlands said it was freezing new", A("Netherlands", "NLD", "GOV"), IDNG, SANCT, "1621", "1991-11", None,
  True, "aid freeze 1621 (16/17); 'Jakarta' = Indonesia")
E("af06", "troops sealed off the main roads into", IDNM, A("Dili", "TLS", None), BLOCK, "191", "1991-11", None, False,
  "cordon: optional")
E("af06", "Indonesia annexed the former Portuguese colony in", IDNG, A("East Timor", "TLS", None), SEIZE, "192", "1976",
  None, True, "dated background annexation 192")
E("af06", "a year after its troops invaded", IDNM, A("East Timor", "TLS", None), SEIZE, "192", "1975", None, True,
  "dated background invasion ('a year after' 1976)")
F("af06", "The United Nations has never recognised the", "negated")
F("af06", "It was not clear how many people", "speculation")

# ---------------------------------------------------------------- af07 Islamabad, South Asia (Pakistan / U.S. / Saudi Arabia / Iran)
S("af07", "1979-11-22", "South Asia", """
Mob burns U.S. embassy in Islamabad over Mecca rumours; two Americans killed

ISLAMABAD, Pakistan —

Thousands of demonstrators, many of them students, stormed the U.S. Embassy here on Wednesday and set it ablaze, killing a Marine guard and trapping about 130 Americans and Pakistani staff for hours in a steel-lined vault on the top floor.

The crowd had been inflamed by radio reports that the United States had a hand in Tuesday's seizure of the Grand Mosque in Mecca by armed men whose identity the Saudi authorities have yet to disclose. Washington rejected the reports as absurd.

Pakistani troops reached the burning compound about five hours after the assault began and escorted the survivors out, embassy officials said. An American army warrant officer was later found dead in a staff residence, and two Pakistani employees died.

Mobs also set fire to American cultural centres in Rawalpindi and Lahore, police said.

President Mohammad Zia ul-Haq expressed his regret to President Jimmy Carter in a telephone call and promised that Pakistan would pay for the damage. U.S. officials said they had repeatedly asked the government for help during the siege.

In Tehran, Ayatollah Ruhollah Khomeini said it was not beyond guessing that American imperialism and international Zionism were behind the attack in Mecca.

The State Department ordered the families of diplomats and nonessential staff to leave Pakistan.

Saudi officials did not say how many gunmen remained inside the mosque. Whether the unrest would spread to other Muslim capitals was not clear.
""")
PAKMOB = A("Pakistani demonstrators", "PAK", ["CVL", "EDU", "OPP"])
USAP = A("U.S. embassy", "USA", None)
USAG = A("United States", "USA", "GOV")
ZIA = A("Mohammad Zia ul-Haq", "PAK", ["GOV", "MIL"])
E("af07", "Mob burns U.S. embassy in Islamabad over", PAKMOB, USAP, VPROT, "145", "1979-11-21", P("Islamabad", "PAK"),
  False, "headline")
E("af07", "stormed the U.S. Embassy here on Wednesday", PAKMOB, USAP, VPROT, "145", "1979-11-21", P("Islamabad", "PAK"),
  True, "storming and burning an embassy: violent protest 145 (14/18/17); premises = the country with sector null; "
  "'here' = Islamabad; Wednesday in a Thursday paper")
E("af07", "killing a Marine guard and trapping about", PAKMOB, A("U.S. Marine guard", "USA", "MIL"), ATTACK, "180",
  "1979-11-21", P("Islamabad", "PAK"), False, "killing inside the same sentence: optional")
E("af07", "seizure of the Grand Mosque in Mecca", A("armed men", None, None), A("Saudi Arabia", "SAU", None),
  ["18", "17", "19"], "181", "1979-11-20", P("Mecca", "SAU"), True,
  "nominal event with its agent ('by armed men'): seizure of the shrine with worshippers inside 181 (18/17/19); "
  "'Tuesday's' in a Thursday paper; unnamed gunmen null/null (news-dev); Mecca named")
E("af07", "Washington rejected the reports as absurd", USAG, None, DENY, "016", "1979-11", None, True,
  "'Washington' = the United States; denial 016 (01/12); no target named (the radio reports); no day: month")
E("af07", "escorted the survivors out, embassy officials said", A("Pakistani army", "PAK", "MIL"),
  A("U.S. embassy staff", "USA", "GOV"), ["07", "06"], "074", "1979-11-21", None, False,
  "rescue by troops: protection 074, optional (no clean code)")
E("af07", "Mobs also set fire to American cultural", A("Pakistani rioters", "PAK", ["CVL", "OPP"]),
  A("United States", "USA", None), VPROT, "145", "1979-11", P("Rawalpindi", "PAK"), True,
  "arson against U.S. premises 145; Rawalpindi first of two named cities; 'police said' is attribution; no day: month")
E("af07", "expressed his regret to President Jimmy Carter", ZIA, A("Jimmy Carter", "USA", "GOV"), ["05", "04"], "055",
  "1979-11", None, True, "apology 055; no day: month")
E("af07", "promised that Pakistan would pay for the", ZIA, USAG, ["03", "05"], "031", "1979-11", None, False,
  "promise of compensation: intent 031, optional")
E("af07", "they had repeatedly asked the government for", USAG, A("Pakistan", "PAK", "GOV"), APPEAL, "0234", "1979-11-21",
  None, False, "appeal for protection told by one side: optional")
E("af07", "American imperialism and international Zionism were behind", KHOM, USAG, ["11"], "112", "1979-11",
  P("Tehran", "IRN"), True, "accusation; 'In Tehran' names the place; Khomeini IRN GOV/REL")
E("af07", "American imperialism and international Zionism were behind", KHOM, A("Israel", "ISR", "GOV"), ["11"], "112",
  "1979-11", P("Tehran", "IRN"), False, "second member of the compound object ('international Zionism'): optional")
E("af07", "The State Department ordered the families of", USAG, A("Pakistan", "PAK", "GOV"), ["16"], "160", "1979-11",
  None, False, "drawdown of staff: a reduction of relations at most, optional")
F("af07", "Saudi officials did not say how many", "negated")
F("af07", "Whether the unrest would spread to other", "speculation")

# ---------------------------------------------------------------- af08 London, Europe/Eurasia (Britain / Libya)
S("af08", "1984-04-23", "Europe/Eurasia", """
Britain breaks off relations with Libya over policewoman's killing

LONDON, United Kingdom —

Britain broke diplomatic relations with Libya on Sunday and gave the 30 or so people inside the besieged Libyan embassy in St. James's Square seven days to leave the country, five days after a police officer was shot dead from one of its windows.

The Home Secretary, Leon Brittan, said Libya's conduct had left the government no other course.

Constable Yvonne Fletcher, 25, was hit by automatic fire on Tuesday while policing a protest by Libyan exiles against Colonel Muammar Gaddafi outside the building, which Libya calls its People's Bureau. Eleven demonstrators were wounded in the same burst.

Armed police have surrounded the embassy since the shooting. The government has ruled out storming it, saying that would breach the immunity of the staff.

In Tripoli, Libyan troops and militiamen ringed the British embassy, and the official news agency JANA accused British police of opening fire first. Libya announced that it was severing ties in turn.

Six British citizens have been held in Libya since Friday, according to the Foreign Office, which demanded their release.

Officials said the Libyans inside the bureau would be allowed to leave with their diplomatic bags unsearched. Police have not said who fired the shots. Whether anyone would ever stand trial for the killing remained uncertain.
""")
GBR = A("Britain", "GBR", "GOV")
LBYG = A("Libya", "LBY", "GOV")
LBYEMB = A("Libyan embassy staff", "LBY", "GOV")
FLETCH = A("Yvonne Fletcher", "GBR", "COP")
EXILES = A("Libyan exiles", "LBY", ["OPP", "CVL"])
E("af08", "Britain breaks off relations with Libya over", GBR, LBYG, ["16"], "161", "1984-04-22", None, False, "headline")
E("af08", "Britain broke diplomatic relations with Libya on", GBR, LBYG, ["16"], "161", "1984-04-22", None, True,
  "break of relations 161; Sunday in a Monday paper; London is only the dateline")
E("af08", "seven days to leave the country, five", GBR, LBYEMB, ["17", "16"], "174", "1984-04-22", None, True,
  "expulsion of the bureau's staff 174 (17/16), the second verb of the lead")
E("af08", "after a police officer was shot dead", LBYEMB, FLETCH, ATTACK, "180", "1984-04-17", P("London", "GBR"), True,
  "agentless passive whose agent the clause fixes ('from one of its windows': the Libyan embassy); 'five days after' "
  "Sunday = Tuesday; the embassy's square with the dateline = London")
E("af08", "Libya's conduct had left the government no", A("Leon Brittan", "GBR", "GOV"), LBYG, ["11"], "112", "1984-04",
  None, False, "blame in a justification: optional")
E("af08", "was hit by automatic fire on Tuesday", LBYEMB, FLETCH, ATTACK, "180", "1984-04-17", P("London", "GBR"), False,
  "restatement of the shooting: optional")
E("af08", "while policing a protest by Libyan exiles", EXILES, A("Muammar Gaddafi", "LBY", "GOV"), ["14"], "141",
  "1984-04-17", P("London", "GBR"), False, "nominal protest in a 'while' clause: optional")
E("af08", "Eleven demonstrators were wounded in the same", LBYEMB, EXILES, ATTACK, "180", "1984-04-17", None, False,
  "agentless passive, same burst: optional")
E("af08", "Armed police have surrounded the embassy since", A("British police", "GBR", "COP"), A("Libya", "LBY", None),
  BLOCK, "191", "1984-04", None, False, "siege as a standing situation since Tuesday: optional")
E("af08", "The government has ruled out storming it", GBR, LBYEMB, ["12"], "120", "1984-04", None, False,
  "a refusal put as an intention: optional (owned21)")
E("af08", "Libyan troops and militiamen ringed the British", A("Libyan troops", "LBY", "MIL"), A("Britain", "GBR", None),
  BLOCK, "191", "1984-04", P("Tripoli", "LBY"), True, "cordon round an embassy 191 (19/17/15); premises = the "
  "country with sector null; 'In Tripoli' names the place; first member of the compound subject")
E("af08", "Libyan troops and militiamen ringed the British", A("Libyan militiamen", "LBY", ["UAF", "GOV"]),
  A("Britain", "GBR", None), BLOCK, "191", "1984-04", P("Tripoli", "LBY"), False, "second member: optional")
E("af08", "JANA accused British police of opening fire", A("JANA", "LBY", ["MED", "GOV"]),
  A("British police", "GBR", "COP"), ["11"], "112", "1984-04", P("Tripoli", "LBY"), True,
  "counter-accusation by the state agency; the sentence opens 'In Tripoli'")
E("af08", "Libya announced that it was severing ties", LBYG, GBR, ["16"], "161", "1984-04", None, True,
  "break of relations in turn 161")
E("af08", "Six British citizens have been held in", LBYG, A("British citizens", "GBR", "CVL"), ["17"], "173", "1984-04-20",
  None, False, "agentless passive detention told by the Foreign Office: optional; 'since Friday'")
E("af08", "which demanded their release", GBR, LBYG, DEMAND, "1053", "1984-04", None, True,
  "demand for release 1053 (10/02) in a relative clause; 'the Foreign Office' = Britain")
F("af08", "Police have not said who fired the", "negated")
F("af08", "Whether anyone would ever stand trial for", "speculation")

# ---------------------------------------------------------------- af09 Gdansk, Europe/Eurasia (Poland)
S("af09", "1980-09-01", "Europe/Eurasia", """
Polish government yields to Gdansk strikers, accepts free trade unions

GDANSK, Poland —

Deputy Prime Minister Mieczyslaw Jagielski and strike leader Lech Walesa signed an agreement here on Sunday that gives Polish workers the right to form independent trade unions and to strike, ending a 17-day stoppage at the Lenin Shipyard.

Walesa, an unemployed electrician who led the shipyard's inter-factory strike committee, told cheering workers at the gate that they had won something no other workers in the communist world had. He signed with an oversized souvenir pen bearing a portrait of Pope John Paul II.

The government also promised to free dissidents arrested during the strikes, to ease censorship and to broadcast Sunday Mass on state radio. A similar accord was signed in the port of Szczecin on Saturday.

The walkout began on Aug. 14, when shipyard workers downed tools to demand the reinstatement of Anna Walentynowicz, a crane operator dismissed for her union activity. It spread within days to hundreds of factories along the Baltic coast.

Party leader Edward Gierek had warned the strikers in a televised speech that the country's patience had limits, but the Communist Party's Central Committee endorsed the terms on Saturday.

Coal miners in Silesia stayed on strike, demanding similar concessions.

Moscow has not commented on the accord. Whether the authorities would honour it once the strikers went back to work was unclear.
""")
JAG = A("Mieczyslaw Jagielski", "POL", "GOV")
WALESA = A("Lech Walesa", "POL", ["LAB", "OPP"])
POLG = A("Polish government", "POL", "GOV")
STRIKERS = A("Polish strikers", "POL", ["LAB", "OPP"])
E("af09", "Polish government yields to Gdansk strikers, accepts", POLG, STRIKERS, ["08", "05", "03"], "083", "1980-08-31",
  P("Gdansk", "POL"), False, "headline")
E("af09", "Jagielski and strike leader Lech Walesa signed", JAG, WALESA, AGREE, "057", "1980-08-31", P("Gdansk", "POL"),
  True, "signed agreement 057 (05/03/08); joint event, the first-mentioned direction required; 'here' = Gdansk; "
  "Sunday in a Monday paper")
E("af09", "Jagielski and strike leader Lech Walesa signed", WALESA, JAG, AGREE, "057", "1980-08-31", P("Gdansk", "POL"),
  False, "reverse direction: optional")
E("af09", "that gives Polish workers the right to", POLG, STRIKERS, ["08"], "0833", "1980-08-31", P("Gdansk", "POL"),
  False, "the concession inside the agreement: optional")
E("af09", "The government also promised to free dissidents", POLG, A("Polish dissidents", "POL", ["OPP", "CVL"]),
  ["03", "08"], "0343", "1980-08", None, True, "promise to release 0343 (intent to yield); no day of its own: month")
E("af09", "A similar accord was signed in the", POLG, A("Szczecin strikers", "POL", ["LAB", "OPP"]), AGREE, "057",
  "1980-08-30", P("Szczecin", "POL"), False, "agentless passive agreement: optional")
E("af09", "when shipyard workers downed tools to demand", A("Gdansk shipyard workers", "POL", "LAB"), POLG, ["14"], "143",
  "1980-08-14", None, True, "strike 143 in a dated 'when' clause with its own agent; the clause names no town")
E("af09", "to demand the reinstatement of Anna Walentynowicz", A("Gdansk shipyard workers", "POL", "LAB"), POLG, DEMAND,
  "1043", "1980-08-14", None, False, "purpose of the strike: optional")
E("af09", "Gierek had warned the strikers in a", A("Edward Gierek", "POL", ["GOV", "PTY"]), STRIKERS, ["13"], "130",
  "1980-08", None, True, "warning 130; undated pluperfect: month")
E("af09", "Central Committee endorsed the terms on Saturday", A("Polish Communist Party", "POL", ["PTY", "GOV"]), STRIKERS,
  ["05", "03"], "050", "1980-08-30", None, True, "the party's endorsement of the terms, dated 'on Saturday' "
  "(before a Monday paper), in the second clause after 'but': required; target the strikers (05 tolerant with 03)")
E("af09", "Coal miners in Silesia stayed on strike", A("Silesian miners", "POL", "LAB"), POLG, ["14"], "143", "1980-08",
  None, True, "continuing strike 143; Silesia is a region, not a place; month")
F("af09", "Moscow has not commented on the accord", "negated")
F("af09", "Whether the authorities would honour it once", "speculation")

# ---------------------------------------------------------------- af10 San Salvador, Americas (El Salvador)
S("af10", "1989-11-17", "Americas", """
Six Jesuit priests shot dead at San Salvador university; church points to army

SAN SALVADOR, El Salvador —

Armed men in military uniforms burst into a Jesuit residence at the Central American University here before dawn on Thursday and shot dead six priests, among them the rector, Ignacio Ellacuria, along with their cook and her 15-year-old daughter.

The killings came on the sixth day of a nationwide offensive by the Farabundo Marti National Liberation Front, whose guerrillas pushed into the capital's working-class districts on Saturday. The government declared a state of siege and a curfew the following day.

Bishop Gregorio Rosa Chavez, the auxiliary bishop of San Salvador, said the evidence pointed to the armed forces, noting that soldiers had searched the same residence on Monday. Ellacuria, a leading advocate of peace talks, had been branded a rebel sympathiser on government radio in recent days.

President Alfredo Cristiani condemned what he called an abominable act and ordered an investigation. The armed forces denied any involvement and blamed the guerrillas.

The rebels said the army wanted to silence the country's most prominent critics of the war.

In Washington, the State Department demanded that those responsible be brought to justice. Spain, where five of the priests were born, called for a thorough inquiry.

More than 70,000 people have died in the decade-long civil war. It was not clear whether the fighting in the capital's suburbs would ease soon.
""")
KILLERS = A("armed men in uniform", None, ["UAF", "MIL"])
JESUITS = A("Jesuit priests", "SLV", ["REL", "EDU"])
FMLN = A("Farabundo Marti National Liberation Front", "SLV", ["REB", "OPP"])
SLVG = A("El Salvador", "SLV", "GOV")
SLVM = A("Salvadoran armed forces", "SLV", "MIL")
E("af10", "Six Jesuit priests shot dead at San", KILLERS, JESUITS, ATTACK, "180", "1989-11-16", P("San Salvador", "SLV"),
  False, "headline, agentless")
E("af10", "church points to army", A("Gregorio Rosa Chavez", "SLV", "REL"), SLVM, ["11"], "112", "1989-11", None, False,
  "headline, second event")
E("af10", "burst into a Jesuit residence at the", KILLERS, JESUITS, ATTACK, "180", "1989-11-16", P("San Salvador", "SLV"),
  True, "killing 180 (18/19/20); uniformed gunmen whose identity is the story's dispute: country null, sector UAF/MIL; "
  "'here' = San Salvador; Thursday in a Friday paper")
E("af10", "whose guerrillas pushed into the capital's working-class", FMLN, SLVM, FORCE, "190", "1989-11-11",
  P("San Salvador", "SLV"), True, "offensive in a relative clause with its own agent and day ('on Saturday' before a "
  "Friday paper); 'the capital' with the dateline = San Salvador")
E("af10", "The government declared a state of siege", SLVG, A("El Salvador", "SLV", None), ["17"], "1724", "1989-11-12",
  None, True, "state of siege 1724; 'the following day' after Saturday")
E("af10", "said the evidence pointed to the armed", A("Gregorio Rosa Chavez", "SLV", "REL"), SLVM, ["11"], "112", "1989-11",
  None, True, "accusation by the church; no day: month")
E("af10", "soldiers had searched the same residence on", SLVM, JESUITS, ["17"], "170", "1989-11-13", None, True,
  "a search of the residence, dated background in a 'noting that' clause with its own agent; 'on Monday' before "
  "Thursday")
E("af10", "had been branded a rebel sympathiser on", SLVG, A("Ignacio Ellacuria", "SLV", ["REL", "EDU"]), ["11"], "111",
  "1989-11", None, False, "agentless passive accusation: optional")
E("af10", "Cristiani condemned what he called an abominable", A("Alfredo Cristiani", "SLV", "GOV"), KILLERS, ["11"], "111",
  "1989-11", None, True, "condemnation of the killers; month")
E("af10", "The armed forces denied any involvement and", SLVM, A("Gregorio Rosa Chavez", "SLV", "REL"), DENY, "016",
  "1989-11", None, True, "denial 016 (01/12) answering the church's accusation")
E("af10", "denied any involvement and blamed the guerrillas", SLVM, FMLN, ["11"], "112", "1989-11", None, False,
  "counter-accusation, second verb: optional")
E("af10", "The rebels said the army wanted to", FMLN, SLVM, ["11"], "112", "1989-11", None, False,
  "accusation by one side: optional")
E("af10", "the State Department demanded that those responsible", USAG, SLVG, DEMAND, "1013", "1989-11",
  P("Washington", "USA"), False, "outside reaction: optional; 'In Washington' names the place")
E("af10", "called for a thorough inquiry", A("Spain", "ESP", "GOV"), SLVG, DEMAND, "1013", "1989-11", None, False,
  "outside reaction: optional")
F("af10", "More than 70,000 people have died in", "count")
F("af10", "It was not clear whether the fighting", "speculation")

# ---------------------------------------------------------------- af11 Havana, Americas (Cuba / Peru)
S("af11", "1980-04-07", "Americas", """
Thousands of Cubans crowd into Peru's embassy after Havana pulls its guards

HAVANA, Cuba —

More than 10,000 Cubans seeking to leave the country have crammed into the grounds of the Peruvian Embassy in Havana since Friday, when President Fidel Castro's government withdrew the police guard from its gates.

The government pulled the guards after Peru refused to hand over six Cubans who had crashed a bus through the embassy gates on Tuesday to seek asylum. A Cuban guard was killed in the shooting that accompanied the crash.

In an editorial, the Communist Party newspaper Granma accused Peru of encouraging criminals and loafers to take refuge in its mission and said Cuba would no longer guard embassies that did not cooperate with it. It added that anyone who wished to leave was free to go.

Over the weekend the police sealed off the streets around the embassy in Havana's Miramar district and turned away people trying to join the crowd. Cuban officials began issuing safe-conduct passes to those inside, promising that they could go home undisturbed.

Peru's foreign ministry called on other Latin American governments to share the burden of taking in the asylum seekers. It also asked Havana to let food and water reach them.

Diplomats said conditions inside were desperate, with people sleeping in trees and on the roof of the building.

It was not clear whether the United States would offer to take any of them. Cuba has barred most of its citizens from emigrating freely since the early 1960s.
""")
CUBG = A("Cuba", "CUB", "GOV")
PERG = A("Peru", "PER", "GOV")
PEREMB = A("Peruvian embassy", "PER", None)
SEEKERS = A("Cuban asylum seekers", "CUB", ["CVL", "REF"])
E("af11", "Thousands of Cubans crowd into Peru's embassy", SEEKERS, PEREMB, ["14", "17"], "140", "1980-04", None, False,
  "headline: crowding into an embassy, if coded at all")
E("af11", "after Havana pulls its guards", CUBG, PEREMB, WITHDRAW, "166", "1980-04-04", P("Havana", "CUB"), False,
  "headline, second event; 'Havana' = Cuba's government")
E("af11", "when President Fidel Castro's government withdrew the", CUBG, PEREMB, WITHDRAW, "166", "1980-04-04",
  P("Havana", "CUB"), True, "withdrawing the guard from a foreign mission: a withdrawal 166 (16/08/17); 'since "
  "Friday, when' gives the day (Friday in a Monday paper); the embassy is 'in Havana' in the same sentence")
E("af11", "The government pulled the guards after Peru", CUBG, PEREMB, WITHDRAW, "166", "1980-04-04", None, False,
  "restatement: optional")
E("af11", "after Peru refused to hand over six", PERG, CUBG, ["12"], "1243", "1980-04", None, True,
  "refusal to hand over people 1243 inside an 'after' clause with its own agent; no day: month")
E("af11", "who had crashed a bus through the", A("six Cubans", "CUB", "CVL"), PEREMB, ["17", "18", "14"], "171",
  "1980-04-01", None, False, "dated, but no clean code for forcing an embassy gate to seek asylum: optional")
E("af11", "Granma accused Peru of encouraging criminals and", A("Granma", "CUB", ["MED", "PTY"]), PERG, ["11"], "112",
  "1980-04", None, True, "accusation by the party newspaper; no day: month")
E("af11", "the police sealed off the streets around", A("Cuban police", "CUB", "COP"), PEREMB, BLOCK, "191", "1980-04",
  P("Havana", "CUB"), True, "cordon 191 (19/17/15); 'Havana's Miramar district' names the city; 'Over the weekend': "
  "month")
E("af11", "turned away people trying to join the", A("Cuban police", "CUB", "COP"), SEEKERS, ["17"], "170", "1980-04",
  P("Havana", "CUB"), False, "second verb: optional")
E("af11", "Cuban officials began issuing safe-conduct passes to", CUBG, SEEKERS, ["08", "03"], "081", "1980-04", None,
  False, "easing, optional")
E("af11", "called on other Latin American governments to", PERG, A("Latin American governments", None, "GOV"), APPEAL,
  "023", "1980-04", None, True, "appeal for help 023 (02/10); unnamed governments null/GOV (news-dev)")
E("af11", "It also asked Havana to let food", PERG, CUBG, APPEAL, "0233", "1980-04", None, True,
  "'It' = Peru's foreign ministry, 'Havana' = Cuba's government; appeal for humanitarian access 0233")
F("af11", "It was not clear whether the United", "speculation")
F("af11", "Cuba has barred most of its citizens", "standing situation")

# ---------------------------------------------------------------- af12 Port Moresby, Pacific (Papua New Guinea)
S("af12", "1989-06-27", "Pacific", """
Papua New Guinea declares emergency on Bougainville as rebels keep mine shut

PORT MORESBY, Papua New Guinea —

Prime Minister Rabbie Namaliu declared a state of emergency on Bougainville on Monday, placing the island under a night curfew and handing control of security to the police commissioner after months of attacks by landowner militants on the Panguna copper mine.

Extra troops and riot police were flown to the island on Monday, officials said. Under the emergency rules, the security forces may search homes and detain suspects without a warrant.

The mine, one of the largest in the world and a mainstay of the national budget, has been shut since May 15, when the militants blew up power pylons and fired on vehicles carrying workers. Bougainville Copper, a subsidiary of the Australian company CRA, has flown out most of its expatriate staff.

The rebels, led by a former mine surveyor, Francis Ona, are demanding 10 billion kina in compensation for environmental damage, the closure of the mine and secession from Papua New Guinea.

Namaliu told Parliament that the government had tried to negotiate for months. He accused the militants of murdering villagers and plantation workers.

Ona, who is believed to be hiding in the mountains around the mine, has vowed to fight on.

Australia, the former colonial power, said it supported Port Moresby's efforts to restore order.

Bougainville accounts for about a third of the country's export earnings. It was not clear whether the mine would reopen this year.
""")
NAMALIU = A("Rabbie Namaliu", "PNG", "GOV")
PNGG = A("Papua New Guinea", "PNG", "GOV")
BOUG = A("Bougainville", "PNG", None)
MILITANTS = A("Bougainville militants", "PNG", ["REB", "UAF"])
BCL = A("Bougainville Copper", "PNG", "BUS")
E("af12", "Papua New Guinea declares emergency on Bougainville", PNGG, BOUG, ["17"], "1724", "1989-06-26", None, False,
  "headline")
E("af12", "Namaliu declared a state of emergency on", NAMALIU, BOUG, ["17"], "1724", "1989-06-26", None, True,
  "state of emergency 1724; target the island as territory (sector null); Bougainville is the area, not the place; "
  "Monday in a Tuesday paper")
E("af12", "placing the island under a night curfew", NAMALIU, BOUG, ["17"], "1723", "1989-06-26", None, True,
  "curfew 1723, its own code in a participle clause: required")
E("af12", "after months of attacks by landowner militants", MILITANTS, BCL, ATTACK, "180", "1989", None, False,
  "nominal attacks over months, no date: optional")
E("af12", "Extra troops and riot police were flown", A("Papua New Guinea Defence Force", "PNG", "MIL"), BOUG, SHOW, "150",
  "1989-06-26", None, False, "agentless passive deployment: optional")
E("af12", "when the militants blew up power pylons", MILITANTS, BCL, ["18", "17", "19"], "183", "1989-05-15", None, True,
  "sabotage by bombing 183 (18/17/19) in a dated 'when' clause with its own agent")
E("af12", "fired on vehicles carrying workers", MILITANTS, A("mine workers", "PNG", ["LAB", "CVL"]), ATTACK, "180",
  "1989-05-15", None, False, "second verb of the clause: optional")
E("af12", "are demanding 10 billion kina in compensation", MILITANTS, BCL, DEMAND, "1031", "1989-06", None, True,
  "demand for compensation 1031 (10/02); first member of the compound object (the money is owed by the mine's "
  "owners); present tense: month")
E("af12", "are demanding 10 billion kina in compensation", MILITANTS, PNGG, DEMAND, "1044", "1989-06", None, False,
  "the secession demand aimed at the state: optional")
E("af12", "Namaliu told Parliament that the government had", NAMALIU, MILITANTS, ["04"], "040", "1989", None, False,
  "undated past negotiation: optional")
E("af12", "He accused the militants of murdering villagers", NAMALIU, MILITANTS, ["11"], "112", "1989-06", None, True,
  "'He' = Namaliu; accusation; month")
E("af12", "has vowed to fight on", A("Francis Ona", "PNG", ["REB", "UAF"]), PNGG, ["13"], "138", "1989-06", None, False,
  "a vow put as an intention: optional")
E("af12", "said it supported Port Moresby's efforts to", A("Australia", "AUS", "GOV"), PNGG, ["05"], "051", "1989-06",
  None, False, "'Port Moresby' = PNG's government, not a place; single outside reaction: optional")
F("af12", "Bougainville accounts for about a third of", "count")
F("af12", "It was not clear whether the mine", "speculation")

if __name__ == "__main__":
    write(HERE)
