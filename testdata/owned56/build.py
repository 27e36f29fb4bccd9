#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned56 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned56/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]

# ---------------------------------------------------------------- be01 Niamey, Africa (Niger)
S("be01", "2010-02-19", "Africa", """
Niger soldiers seize Tandja in palace raid and suspend constitution

NIAMEY, Niger —

Soldiers stormed the presidential palace in Niamey during a cabinet meeting on Thursday and seized President Mamadou Tandja, whose drive to stay in office beyond his second term had plunged the uranium-rich country into crisis.

The attackers, backed by armoured cars, fought the presidential guard for several hours, and at least three soldiers were killed, military sources said.

Late on Thursday, an officer reading a statement on state television said a Supreme Council for the Restoration of Democracy had suspended the constitution and dissolved all state institutions. The council, led by Squadron Leader Salou Djibo, closed the country's borders and imposed a night-time curfew.

Tandja was taken to a barracks on the edge of the city, a member of the council said. It was unclear when the officers planned to hand power back to civilians.

The African Union's commission chairman, Jean Ping, condemned the takeover and said Niger would be kept out of the union's meetings until constitutional order returned.

Tandja, 71, dissolved the Constitutional Court last June after its judges ruled against a referendum that extended his rule by three years. The West African bloc ECOWAS suspended Niger in October over the vote, which the opposition had boycotted.

Niger is one of the poorest countries in the world, though it ranks among the largest producers of uranium.
""")
NERMIL = A("Nigerien soldiers", "NER", "MIL")
TANDJA = A("Mamadou Tandja", "NER", "GOV")
CSRD = A("Supreme Council for the Restoration of Democracy", "NER", ["MIL", "GOV"])
NERGUARD = A("Niger's presidential guard", "NER", "MIL")
E("be01", "Niger soldiers seize Tandja in palace raid", NERMIL, TANDJA, COUP, "173", "2010-02-18", None, False,
  "headline")
E("be01", "palace raid and suspend constitution", CSRD, A("Niger", "NER", ["GOV", "CVL"]), ["17"], "1724", "2010-02-18", None,
  False, "headline, second event")
E("be01", "Soldiers stormed the presidential palace in Niamey", NERMIL, TANDJA, COUP, "173", "2010-02-18",
  P("Niamey", "NER"), True, "seizure of the president in a coup 173 (coups 17/19, news-dev); 'in Niamey' names the "
  "place; 'on Thursday' in a Friday paper; the 'whose drive to stay in office' relative is standing background")
E("be01", "fought the presidential guard for several hours", NERMIL, NERGUARD, CLASH, "190", "2010-02", None, True,
  "clash between the coup troops and the guard 190 (19/18/14); first-mentioned direction; 'The attackers' refers "
  "back to the soldiers; no day in the sentence: month")
E("be01", "fought the presidential guard for several hours", NERGUARD, NERMIL, CLASH, "190", "2010-02", None, False,
  "reverse direction of the clash: optional")
E("be01", "had suspended the constitution and dissolved all", CSRD, A("Niger", "NER", ["GOV", "CVL"]), ["17"], "1724",
  "2010-02-18", None, True, "a declared takeover 1724 (news-dev); the officer reading the statement is not the "
  "source, the council is (as news-dev d05's announcer); 'Late on Thursday'")
E("be01", "closed the country's borders", CSRD, A("Niger", "NER", ["GOV", "CVL"]), ["19", "17", "16"], "191",
  "2010-02", None, False, "border closure: coders split (191 restrict movement, 17, 16): optional; month")
E("be01", "imposed a night-time curfew", CSRD, A("Nigerien citizens", "NER", "CVL"), ["17"], "1723", "2010-02", None,
  True, "curfew 1723; 'The council' refers back; no day in the sentence: month")
E("be01", "Tandja was taken to a barracks", CSRD, TANDJA, ["17"], "173", "2010-02", None, False,
  "agentless passive restating the detention: optional")
E("be01", "condemned the takeover and said Niger would", A("Jean Ping", "AFR", "IGO"), CSRD, ["11"], "111", "2010-02",
  None, False, "single outside reaction: optional (AU as news-dev AFR/IGO)")
E("be01", "said Niger would be kept out of", A("African Union", "AFR", "IGO"), A("Niger", "NER", "GOV"), SANCT, "161",
  "2010-02", None, False, "suspension put as what 'would' happen: optional")
E("be01", "dissolved the Constitutional Court last June after", TANDJA, A("Niger's Constitutional Court", "NER", "JUD"),
  ["17"], "172", "2009-06", None, True, "dissolving a court 172 (administrative sanction on an institution); "
  "dated background: 'last June' before a February 2010 paper = 2009-06")
E("be01", "after its judges ruled against a referendum", A("Niger's Constitutional Court", "NER", "JUD"), TANDJA,
  ["11", "17"], "112", "2009-06", None, True, "court ruling against the president's plan (court verdicts 17/11, "
  "news-dev); 'after' clause with its own agent, inheriting 'last June'")
E("be01", "The West African bloc ECOWAS suspended Niger", A("ECOWAS", None, "IGO"), A("Niger", "NER", "GOV"), SANCT,
  "161", "2009-10", None, True, "suspension from a regional bloc 161 (16/17); ECOWAS null/IGO (news-dev); 'in "
  "October' before a February paper = 2009-10")
F("be01", "It was unclear when the officers planned", "speculation")
F("be01", "Niger is one of the poorest countries", "standing situation")

# ---------------------------------------------------------------- be02 Kinshasa, Africa (DR Congo)
S("be02", "2006-08-22", "Africa", """
Kabila's guard attacks rival Bemba's home as foreign envoys shelter inside

KINSHASA, Democratic Republic of Congo —

Troops of President Joseph Kabila's Republican Guard attacked the Kinshasa residence of Vice President Jean-Pierre Bemba with heavy weapons on Monday while Bemba was meeting more than a dozen foreign ambassadors there, diplomats said.

U.N. peacekeepers in armoured vehicles, backed by European Union troops, reached the compound after several hours and evacuated the envoys, among them the head of the U.N. mission, William Swing. A helicopter belonging to Bemba was destroyed on the lawn.

Kabila's guards and Bemba's militiamen first traded fire with machine guns and rocket-propelled grenades on Sunday evening in the capital's Gombe district, minutes after the electoral commission announced the results of the July 30 presidential vote. Kabila took 44.8 percent and Bemba 20 percent, which means the two men will meet in a runoff on Oct. 29.

Bemba's spokesman accused the president's camp of trying to kill him. A government spokesman said Bemba's men had fired first.

U.N. Secretary-General Kofi Annan urged Kabila and Bemba to pull their forces back and settle their rivalry at the ballot box.

The two camps agreed late on Monday to withdraw their fighters to barracks, a U.N. spokesman said, and the streets of the capital were calm on Tuesday.

The United Nations has about 17,000 troops in Congo, its largest peacekeeping force anywhere. It was unclear whether the runoff could be held on schedule.
""")
RGUARD = A("Congo's Republican Guard", "COD", ["MIL", "GOV"])
BEMBA = A("Jean-Pierre Bemba", "COD", ["GOV", "OPP", "PTY"])
BEMBAM = A("Bemba's militiamen", "COD", ["MIL", "OPP"])
KABILA = A("Joseph Kabila", "COD", "GOV")
MONUC = A("U.N. peacekeepers in Congo", "UNO", ["MIL", "IGO"])
E("be02", "Kabila's guard attacks rival Bemba's home as", RGUARD, BEMBA, ATTACK, "190", "2006-08-21", None, False,
  "headline")
E("be02", "attacked the Kinshasa residence of Vice President", RGUARD, BEMBA, ATTACK, "190", "2006-08-21",
  P("Kinshasa", "COD"), True, "attack with heavy weapons on the rival's home while he is inside (18/19/20); target "
  "Bemba, who is in the house; 'the Kinshasa residence' names the place; 'on Monday' in a Tuesday paper")
E("be02", "reached the compound after several hours and", MONUC, A("foreign ambassadors in Kinshasa", None, "GOV"),
  ["07"], "074", "2006-08", None, True, "rescue of the envoys: military protection 074; 'backed by European Union "
  "troops' is a participle, not a second subject; the ambassadors are of many countries: null/GOV; no day: month")
E("be02", "reached the compound after several hours and", A("EUFOR troops", "EUR", ["MIL", "IGO"]),
  A("foreign ambassadors in Kinshasa", None, "GOV"), ["07"], "074", "2006-08", None, False,
  "the EU troops inside the participle: optional")
E("be02", "A helicopter belonging to Bemba was destroyed", RGUARD, BEMBA, ["17", "18"], "1712", "2006-08", None, False,
  "agentless passive: optional")
E("be02", "first traded fire with machine guns and", RGUARD, BEMBAM, CLASH, "190", "2006-08-20", P("Kinshasa", "COD"),
  True, "clash 190 (19/18/14), first-mentioned direction; 'on Sunday evening' before a Tuesday paper; 'the capital's "
  "Gombe district' = Kinshasa with the dateline; the commission's announcement in the 'after' clause is no CAMEO event")
E("be02", "first traded fire with machine guns and", BEMBAM, RGUARD, CLASH, "190", "2006-08-20", P("Kinshasa", "COD"),
  False, "reverse direction: optional")
E("be02", "Bemba's spokesman accused the president's camp of", A("Bemba's spokesman", "COD", ["OPP", "PTY"]), KABILA,
  ["11"], "112", "2006-08", None, True, "accusation 112; 'the president's camp' = Kabila's; month")
E("be02", "A government spokesman said Bemba's men had", A("Congo's government spokesman", "COD", "GOV"), BEMBAM,
  ["11"], "112", "2006-08", None, True, "counter-accusation in its own sentence 112; month")
E("be02", "urged Kabila and Bemba to pull their", A("Kofi Annan", "UNO", "IGO"), KABILA, DEMAND, "0256", "2006-08",
  None, False, "appeal for de-escalation 0256 (10/02); single outside reaction: optional")
E("be02", "urged Kabila and Bemba to pull their", A("Kofi Annan", "UNO", "IGO"), BEMBA, DEMAND, "0256", "2006-08",
  None, False, "second member of the compound object: optional")
E("be02", "The two camps agreed late on Monday", KABILA, BEMBA, AGREE, "0871", "2006-08-21", None, True,
  "agreement to pull fighters back (05/03/08; 0871 ceasefire, 057 or 030 also right); the camps in the order of the "
  "story, Kabila's first; 'late on Monday' in a Tuesday paper; the U.N. spokesman's word is attribution")
E("be02", "The two camps agreed late on Monday", BEMBA, KABILA, AGREE, "0871", "2006-08-21", None, False,
  "reverse direction: optional")
F("be02", "The United Nations has about 17,000 troops", "count and standing situation")
F("be02", "It was unclear whether the runoff could", "speculation")

# ---------------------------------------------------------------- be03 Ankara, Middle East (Turkey / Syria)
S("be03", "2012-10-04", "Middle East", """
Turkish guns hit Syria after shell kills five in border town

ANKARA, Turkey —

Turkish artillery pounded targets inside Syria late on Wednesday, hours after a mortar bomb fired by Syrian forces struck a house in the border town of Akcakale, killing a woman, three of her daughters and a neighbour.

The barrage went on into the early hours of Thursday and killed several Syrian soldiers, a British-based monitoring group said.

Parliament in Ankara on Thursday authorised the government to send troops on operations across the border for a year, voting 320 to 129 for a motion the main opposition party opposed.

Deputy Prime Minister Besir Atalay said Damascus had admitted responsibility for the shelling and apologised through the United Nations.

In Damascus, Information Minister Omran al-Zoubi offered condolences to the families of the dead and said the government was investigating where the shell had come from.

NATO ambassadors met in Brussels late on Wednesday at Ankara's request and demanded an immediate end to what they called Syria's aggressive acts against an ally.

Relations between the neighbours collapsed last year, when Prime Minister Tayyip Erdogan turned against Syrian President Bashar al-Assad over his crackdown on protesters. In June, Syrian air defences shot down a Turkish reconnaissance jet over the Mediterranean.

Turkey shelters more than 90,000 Syrian refugees in camps along the border. Whether the vote would lead to a ground operation was far from clear.
""")
TURMIL = A("Turkish army", "TUR", "MIL")
SYRMIL = A("Syrian forces", "SYR", "MIL")
SYRG = A("Syria's government", "SYR", "GOV")
TURG = A("Turkey's government", "TUR", "GOV")
E("be03", "Turkish guns hit Syria after shell kills", TURMIL, A("Syria", "SYR", None), ["19", "18"], "194",
  "2012-10-03", None, False, "headline")
E("be03", "Turkish artillery pounded targets inside Syria late", TURMIL, A("Syria", "SYR", None), ["19", "18"], "194",
  "2012-10-03", None, True, "artillery fire 194; 'targets inside Syria' are premises: the country with sector null; "
  "Syria is where the shells land, named as a destination, not a place; 'late on Wednesday' in a Thursday paper")
E("be03", "hours after a mortar bomb fired by", SYRMIL, A("Turkish civilians in Akcakale", "TUR", "CVL"), ["19", "18"],
  "194", "2012-10-03", P("Akcakale", "TUR"), True, "mortar fire killing civilians 194 (19/18) in an 'hours after' "
  "clause with its own agent ('fired by Syrian forces'); 'the border town of Akcakale' names the place")
E("be03", "The barrage went on into the early", TURMIL, SYRMIL, ["19", "18"], "194", "2012-10-04", None, False,
  "continuation of the barrage, inside a monitoring group's account: optional")
E("be03", "Parliament in Ankara on Thursday authorised the", A("Turkey's parliament", "TUR", ["LEG", "GOV"]), SYRG,
  ["15", "13"], "150", "2012-10-04", P("Ankara", "TUR"), True, "authorising cross-border operations: a show of "
  "force 150 (15; a threat of force 138 also right); the border is Syria's by context; 'Parliament in Ankara' names "
  "where the vote was held (the city is not standing for the government here); 'on Thursday' in a Thursday paper")
E("be03", "said Damascus had admitted responsibility for the", SYRG, TURG, ["01"], "015", "2012-10", None, False,
  "acknowledging responsibility 015 (no PLOVER type): optional; 'Damascus' = Syria's government")
E("be03", "apologised through the United Nations", SYRG, TURG, ["05"], "055", "2012-10", None, True,
  "apology 055, reported by Atalay; no day of its own: month")
E("be03", "Omran al-Zoubi offered condolences to the families", A("Omran al-Zoubi", "SYR", "GOV"),
  A("Turkish civilians in Akcakale", "TUR", "CVL"), ["01", "05"], "018", "2012-10", None, False,
  "empathetic comment 018: optional")
E("be03", "demanded an immediate end to what they", A("NATO", None, "IGO"), SYRG, DEMAND, "100", "2012-10-03",
  P("Brussels", "BEL"), True, "demand 100 (10/02); NATO null/IGO (the validator takes three-letter countries only; "
  "as news-dev's ECOWAS); 'met in Brussels late on Wednesday' gives day and place; NATO acts at Turkey's request, "
  "not as a bystander, so required")
E("be03", "when Prime Minister Tayyip Erdogan turned against", A("Tayyip Erdogan", "TUR", "GOV"),
  A("Bashar al-Assad", "SYR", "GOV"), ["11", "16"], "111", "2011", None, False,
  "'turned against' is vague (criticism 111 or reduced relations 16): optional; 'last year' = 2011")
E("be03", "over his crackdown on protesters", A("Bashar al-Assad", "SYR", "GOV"), A("Syrian protesters", "SYR", "CVL"),
  REPR, "175", "2011", None, False, "nominal crackdown inside the 'over' phrase: optional")
E("be03", "Syrian air defences shot down a Turkish", SYRMIL, TURMIL, ["19"], "190", "2012-06", None, True,
  "shooting down a military jet 190; dated background 'In June'; 'over the Mediterranean' is a sea, not a place in "
  "a country: null")
F("be03", "Turkey shelters more than 90,000 Syrian refugees", "count and standing situation")
F("be03", "Whether the vote would lead to a", "speculation")

# ---------------------------------------------------------------- be04 Neve Dekalim, Middle East (Israel / Palestinians)
S("be04", "2005-08-18", "Middle East", """
Israeli troops drag settlers from Gaza homes; settler kills four Palestinians in West Bank

NEVE DEKALIM, Gaza Strip —

Israeli soldiers and police dragged hundreds of Jewish settlers from their homes and synagogues in the Gaza Strip on Wednesday as the forced evacuation of the territory's 21 settlements began, a day after a deadline to leave voluntarily ran out.

Unarmed troops, some of them in tears, carried screaming men and women to waiting buses. In Neve Dekalim, the largest settlement, youths who had barricaded themselves on rooftops pelted soldiers with eggs, paint and sand.

Hours later, a settler in the occupied West Bank grabbed a guard's rifle and shot dead four Palestinian labourers at an industrial zone near Shilo, police said. The gunman, Asher Weisgan, was arrested at the scene.

Prime Minister Ariel Sharon condemned the killings as an act of Jewish terrorism aimed at wrecking the pullout. The militant group Hamas vowed revenge, and Palestinian President Mahmoud Abbas called on Israel to disarm extremist settlers.

On Aug. 4, an army deserter opposed to the withdrawal opened fire on a bus in the Arab town of Shfaram in northern Israel, killing four Arab Israelis before a crowd beat him to death.

Some 8,500 settlers lived in Gaza among about 1.3 million Palestinians. Whether the withdrawal would revive peace talks was far from certain.
""")
ISRMIL = A("Israeli soldiers", "ISR", "MIL")
SETTLERS = A("Jewish settlers in Gaza", "ISR", ["CVL", "RAD"])
WEISGAN = A("Asher Weisgan", "ISR", ["CVL", "RAD"])
PALW = A("Palestinian labourers", "PSE", "CVL")
DESERTER = A("Israeli army deserter", "ISR", ["MIL", "CVL", "RAD"])
E("be04", "Israeli troops drag settlers from Gaza homes", ISRMIL, SETTLERS, ["17"], "170", "2005-08-17", None, False,
  "headline")
E("be04", "settler kills four Palestinians in West Bank", WEISGAN, PALW, ATTACK, "180", "2005-08-17", None, False,
  "headline, second event")
E("be04", "Israeli soldiers and police dragged hundreds of", ISRMIL, SETTLERS, ["17"], "170", "2005-08-17",
  P("Gaza Strip", "PSE"), True, "forced removal 170 (as owned35's forced removal from a camp); compound subject, "
  "first member required; 'in the Gaza Strip' names the place; 'on Wednesday' in a Thursday paper; the deadline "
  "running out is no event")
E("be04", "Israeli soldiers and police dragged hundreds of", A("Israeli police", "ISR", "COP"), SETTLERS, ["17"],
  "170", "2005-08-17", P("Gaza Strip", "PSE"), False, "second member: optional")
E("be04", "carried screaming men and women to waiting", ISRMIL, SETTLERS, ["17"], "170", "2005-08", None, False,
  "restatement of the removal: optional")
E("be04", "pelted soldiers with eggs, paint and sand", A("settler youths", "ISR", ["CVL", "RAD"]), ISRMIL, VPROT, "145",
  "2005-08", P("Neve Dekalim", "PSE"), True, "violent protest 145 (14/18/17); 'In Neve Dekalim' names the place; "
  "the barricading in the relative is no separate event; no day in the sentence: month")
E("be04", "grabbed a guard's rifle and shot dead", WEISGAN, PALW, ATTACK, "180", "2005-08-17", P("Shilo", "PSE"), True,
  "shooting of civilians by a settler 180 (18/19/20); 'Hours later' after Wednesday; 'near Shilo' names the place; "
  "'police said' is attribution nobody disputes")
E("be04", "was arrested at the scene", A("Israeli police", "ISR", "COP"), WEISGAN, ["17"], "173", "2005-08", None,
  False, "agentless passive arrest: optional")
E("be04", "Sharon condemned the killings as an act", A("Ariel Sharon", "ISR", "GOV"), WEISGAN, ["11"], "111",
  "2005-08", None, True, "condemnation 111 of the killing (target the killer); month")
E("be04", "The militant group Hamas vowed revenge", A("Hamas", "PSE", ["REB", "GOV"]), A("Israel", "ISR", "GOV"),
  ["13"], "138", "2005-08", None, True, "threat of violence 138; Hamas as news-dev; first clause of the compound "
  "sentence; month")
E("be04", "called on Israel to disarm extremist settlers", A("Mahmoud Abbas", "PSE", "GOV"), A("Israel", "ISR", "GOV"),
  DEMAND, "020", "2005-08", None, False, "appeal, second clause of the sentence: optional")
E("be04", "opened fire on a bus in the", DESERTER, A("Arab Israeli bus passengers", "ISR", "CVL"), ATTACK, "180",
  "2005-08-04", P("Shfaram", "ISR"), True, "dated background 'On Aug. 4' 180; 'the Arab town of Shfaram' names the "
  "place; the deserter is a soldier who left his unit: sector list")
E("be04", "before a crowd beat him to death", A("crowd in Shfaram", "ISR", "CVL"), DESERTER, ["18"], "1823",
  "2005-08-04", P("Shfaram", "ISR"), True, "killing by physical assault 1823 in a 'before' clause with its own agent, "
  "inside the dated sentence")
F("be04", "Some 8,500 settlers lived in Gaza among", "count")
F("be04", "Whether the withdrawal would revive peace talks", "speculation")

# ---------------------------------------------------------------- be05 Manila, Asia (Philippines / Hong Kong)
S("be05", "2010-08-24", "Asia", """
Eight Hong Kong tourists die as Manila police storm hijacked bus

MANILA, Philippines —

Eight tourists from Hong Kong were killed on Monday when Philippine police stormed a bus that a sacked police officer had hijacked in the heart of Manila, ending a standoff of more than 10 hours that was broadcast live around the world.

The gunman, former senior inspector Rolando Mendoza, seized the bus with 25 people aboard near Rizal Park in central Manila in the morning and demanded to be given back his job. He had been dismissed from the force last year over extortion charges that he denied.

He freed nine hostages, among them three children and an elderly man, during the afternoon.

The standoff turned deadly in the evening after police detained Mendoza's brother, also a police officer, who had been helping the negotiators. Watching the arrest on the bus television, Mendoza began shooting at the passengers, officials said.

Commandos smashed the windows with sledgehammers and fired tear gas into the bus for more than an hour before a police sniper shot Mendoza dead.

Hong Kong's chief executive, Donald Tsang, criticised the handling of the crisis and urged residents to avoid travel to the Philippines, and Beijing demanded a thorough investigation.

President Benigno Aquino said an inquiry would establish what had gone wrong.

Hong Kong residents make hundreds of thousands of trips to the Philippines every year. It was not clear how many of the victims had been hit by police fire.
""")
PHLCOP = A("Philippine police", "PHL", "COP")
MENDOZA = A("Rolando Mendoza", "PHL", ["CRM", "CVL"])
HKTOUR = A("Hong Kong tourists", "HKG", "CVL")
PHLG = A("Philippine government", "PHL", "GOV")
E("be05", "Eight Hong Kong tourists die as Manila", PHLCOP, MENDOZA, ["17", "18", "19"], "170", "2010-08-23", None,
  False, "headline")
E("be05", "Philippine police stormed a bus that a", PHLCOP, MENDOZA, ["17", "18", "19"], "170", "2010-08-23",
  P("Manila", "PHL"), True, "police assault on a hostage-taker (17/18/19); 'in the heart of Manila' names the place; "
  "'on Monday' in a Tuesday paper; the tourists' deaths are an agentless passive, not a separate event")
E("be05", "Philippine police stormed a bus that a", MENDOZA, HKTOUR, ["18"], "181", "2010-08-23", P("Manila", "PHL"),
  False, "the hijacking inside the relative, a lead summary of the seizure detailed next: optional")
E("be05", "seized the bus with 25 people aboard", MENDOZA, HKTOUR, ["18"], "181", "2010-08", P("Manila", "PHL"), True,
  "hostage-taking 181; Hong Kong HKG; 'near Rizal Park in central Manila' names the place; 'in the morning' with no "
  "day in the sentence: month")
E("be05", "demanded to be given back his job", MENDOZA, PHLCOP, DEMAND, "100", "2010-08", None, True,
  "demand 100 (10/02), second verb with its own object, the story's point; target the force; month")
E("be05", "He had been dismissed from the force", PHLCOP, MENDOZA, ["17"], "172", "2009", None, False,
  "agentless dismissal, no clear CAMEO class: optional; 'last year' = 2009")
E("be05", "He freed nine hostages, among them three", MENDOZA, HKTOUR, ["08"], "0841", "2010-08", None, True,
  "release of persons 0841; 'He' = Mendoza; month")
E("be05", "after police detained Mendoza's brother, also a", PHLCOP,
  A("Mendoza's brother", "PHL", "COP"), ["17"], "173", "2010-08", None, True,
  "arrest 173 in an 'after' clause with its own agent; 'in the evening' with no day: month")
E("be05", "Mendoza began shooting at the passengers, officials", MENDOZA, HKTOUR, ATTACK, "180", "2010-08", None, True,
  "shooting at hostages 180 (18/19/20); 'officials said' is attribution nobody disputes; month")
E("be05", "Commandos smashed the windows with sledgehammers and", PHLCOP, MENDOZA, ["17", "18", "19"], "170", "2010-08",
  None, False, "restatement of the storming: optional; commandos of the police, the story's country")
E("be05", "before a police sniper shot Mendoza dead", PHLCOP, MENDOZA, ["19", "18", "17"], "193", "2010-08", None, True,
  "lethal fire on the gunman (19/18/17) in a 'before' clause with its own agent; month")
E("be05", "criticised the handling of the crisis and", A("Donald Tsang", "HKG", "GOV"), PHLG, ["11"], "111", "2010-08",
  None, True, "criticism 111; Hong Kong's own leader over the deaths of its residents is a party, not a bystander; "
  "first clause of the sentence")
E("be05", "urged residents to avoid travel to the", A("Donald Tsang", "HKG", "GOV"), PHLG, ["16", "02"], "160",
  "2010-08", None, False, "a travel warning: coders split between reduced relations and no event: optional")
E("be05", "Beijing demanded a thorough investigation", A("China's government", "CHN", "GOV"), PHLG, DEMAND, "1011",
  "2010-08", None, False, "demand for an inquiry (10/02), last clause; 'Beijing' = China: optional")
E("be05", "President Benigno Aquino said an inquiry would", A("Benigno Aquino", "PHL", "GOV"), None, ["03"], "030",
  "2010-08", None, False, "promise of an inquiry, no target: optional")
F("be05", "Hong Kong residents make hundreds of thousands", "count")
F("be05", "It was not clear how many of", "speculation")

# ---------------------------------------------------------------- be06 Kuala Lumpur, Asia (Malaysia)
S("be06", "2018-07-04", "Asia", """
Malaysia's ex-premier Najib charged over 1MDB money a day after his arrest

KUALA LUMPUR, Malaysia —

Prosecutors charged former Prime Minister Najib Razak on Wednesday with abuse of power and criminal breach of trust over the transfer of 42 million ringgit ($10.4 million) from a former unit of the state fund 1MDB into his personal bank account. He pleaded not guilty to all four counts.

Officers of the Malaysian Anti-Corruption Commission arrested Najib at his home in the capital on Tuesday afternoon and held him overnight at the agency's headquarters in Putrajaya.

A judge released him on bail of 1 million ringgit and ordered him to hand over his passports.

Outside the court, Najib told hundreds of supporters that he had not been given a chance to defend himself and accused the government of waging a political vendetta against him.

Prime Minister Mahathir Mohamad, whose alliance defeated Najib's coalition in the May 9 election, has pledged to recover billions of dollars that investigators in several countries say were looted from the fund.

In May, police raided properties linked to Najib and carted away cash, jewellery and designer handbags that they later valued at about $273 million. Najib said the goods were gifts and campaign money.

Najib's coalition had governed Malaysia without a break since independence from Britain in 1957. 1MDB, which he set up in 2009, ran up debts of more than $11 billion.
""")
NAJIB = A("Najib Razak", "MYS", ["ELI", "OPP", "PTY"])
MACC = A("Malaysian Anti-Corruption Commission", "MYS", ["GOV", "COP"])
MYSJ = A("Malaysian prosecutors", "MYS", ["JUD", "GOV"])
E("be06", "Malaysia's ex-premier Najib charged over 1MDB money", MYSJ, NAJIB, ["17", "11"], "173", "2018-07-04", None,
  False, "headline")
E("be06", "Prosecutors charged former Prime Minister Najib Razak", MYSJ, NAJIB, ["17", "11"], "173", "2018-07-04", None,
  True, "charge with legal action 173 (court actions 17/11); 'on Wednesday' in a Wednesday paper; Najib out of "
  "office, his party now in opposition: sector list")
E("be06", "He pleaded not guilty to all four", NAJIB, MYSJ, DENY, "016", "2018-07", None, False,
  "plea of not guilty, a denial in court form: optional")
E("be06", "arrested Najib at his home in the", MACC, NAJIB, ["17"], "173", "2018-07-03", P("Kuala Lumpur", "MYS"), True,
  "arrest 173; 'his home in the capital' = Kuala Lumpur with the dateline; 'on Tuesday afternoon' before a Wednesday "
  "paper; held overnight in Putrajaya is the same detention (optional line not added)")
E("be06", "A judge released him on bail of", A("Malaysian court", "MYS", "JUD"), NAJIB, ["08"], "0841", "2018-07", None,
  True, "release on bail 0841; no day in the sentence: month")
E("be06", "ordered him to hand over his passports", A("Malaysian court", "MYS", "JUD"), NAJIB, ["17", "10"], "172",
  "2018-07", None, False, "a travel restriction, second verb: optional")
E("be06", "accused the government of waging a political", NAJIB, A("Malaysia's government", "MYS", "GOV"), ["11"],
  "112", "2018-07", None, True, "accusation 112; the complaint in the first clause is not coded; month")
E("be06", "police raided properties linked to Najib and", A("Malaysian police", "MYS", "COP"), NAJIB, ["17"], "1711",
  "2018-05", None, True, "raid and seizure of property 1711 (confiscation); dated background 'In May'")
E("be06", "Najib said the goods were gifts and", NAJIB, A("Malaysian police", "MYS", "COP"), DENY, "016", "2018-05",
  None, False, "implicit denial of wrongdoing: optional")
F("be06", "Najib's coalition had governed Malaysia without a", "standing situation")
F("be06", "1MDB, which he set up in 2009", "count and definition")

# ---------------------------------------------------------------- be07 Madrid, Europe/Eurasia (Spain / Morocco)
S("be07", "2002-07-18", "Europe/Eurasia", """
Spanish commandos evict Moroccan soldiers from disputed islet

MADRID, Spain —

Spanish special forces landed by helicopter on the tiny islet of Perejil off Morocco's coast at dawn on Wednesday and removed six Moroccan soldiers who had occupied it for almost a week, the Defence Ministry said.

The Moroccans, who offered no resistance, were flown to the Spanish enclave of Ceuta and handed over to Moroccan police at the border a few hours later.

Morocco's foreign ministry called the operation a declaration of war and demanded that Spain pull its troops off the rock at once. Thousands of people marched through the northern Moroccan city of Tetouan, chanting slogans against Madrid.

The crisis began on July 11, when about a dozen Moroccan gendarmes landed on the islet, which Morocco calls Leila, raised two flags and pitched tents.

The European Union backed Spain, while the Arab League sided with Rabat. U.S. Secretary of State Colin Powell telephoned the Spanish foreign minister, Ana Palacio, and her Moroccan counterpart, Mohamed Benaissa, and urged both to settle the dispute through talks.

Relations were already strained: Morocco withdrew its ambassador from Madrid last October over a string of disagreements on fishing, migration and Western Sahara.

The uninhabited islet, roughly the size of a football pitch, lies 200 metres from the Moroccan shore. It was unclear how long the Spanish troops would stay there.
""")
ESPMIL = A("Spanish special forces", "ESP", "MIL")
MARMIL = A("Moroccan soldiers", "MAR", ["MIL", "COP"])
MARG = A("Morocco's government", "MAR", "GOV")
ESPG = A("Spain's government", "ESP", "GOV")
PEREJIL = P("Perejil", "ESP")
E("be07", "Spanish commandos evict Moroccan soldiers from disputed", ESPMIL, MARMIL, ["19", "17"], "192", "2002-07-17",
  None, False, "headline")
E("be07", "Spanish special forces landed by helicopter on", ESPMIL, MARMIL, ["19", "17"], "192", "2002-07-17", PEREJIL,
  True, "retaking an occupied islet by force without shots: 192 occupy territory (19; expulsion 174 also right); "
  "'the tiny islet of Perejil' names the place, held by Spain (ESP); 'at dawn on Wednesday' in a Thursday paper; "
  "the Defence Ministry's word is attribution")
E("be07", "who had occupied it for almost a", MARMIL, ESPG, ["19", "17"], "192", "2002-07", PEREJIL, False,
  "relative restating the occupation detailed later: optional")
E("be07", "handed over to Moroccan police at the", ESPG, MARG, ["08"], "0841", "2002-07-17", None, False,
  "agentless passive return of the soldiers 0841: optional")
E("be07", "called the operation a declaration of war", MARG, ESPG, ["11"], "111", "2002-07", None, True,
  "denunciation 111; no day: month")
E("be07", "demanded that Spain pull its troops off", MARG, ESPG, DEMAND, "100", "2002-07", None, True,
  "demand for withdrawal 100 (10/02); second verb with its own object, required as the story's other Moroccan act "
  "(as owned35's insult and threat in one sentence)")
E("be07", "Thousands of people marched through the northern", A("Moroccan protesters", "MAR", "CVL"), ESPG, ["14"],
  "141", "2002-07", P("Tetouan", "MAR"), True, "demonstration 141 against Spain ('Madrid'); 'the northern Moroccan "
  "city of Tetouan' names the place; month")
E("be07", "when about a dozen Moroccan gendarmes landed", MARMIL, ESPG, ["19", "17"], "192", "2002-07-11", PEREJIL, True,
  "occupation of the islet 192 in a dated 'when' clause with its own agent ('on July 11'); 'the islet' refers back "
  "to Perejil")
E("be07", "The European Union backed Spain, while the", A("European Union", "EUR", "IGO"), ESPG, ["05"], "051",
  "2002-07", None, False, "support 051: single outside reaction, optional")
E("be07", "while the Arab League sided with Rabat", A("Arab League", None, "IGO"), MARG, ["05"], "051", "2002-07", None,
  False, "support 051, second clause; Arab League null/IGO (news-dev); 'Rabat' = Morocco: optional")
E("be07", "Colin Powell telephoned the Spanish foreign minister", A("Colin Powell", "USA", "GOV"),
  A("Ana Palacio", "ESP", "GOV"), ["04"], "041", "2002-07", None, True,
  "telephone discussion 041; compound object, first member required; month")
E("be07", "Colin Powell telephoned the Spanish foreign minister", A("Colin Powell", "USA", "GOV"),
  A("Mohamed Benaissa", "MAR", "GOV"), ["04"], "041", "2002-07", None, False, "second member: optional")
E("be07", "urged both to settle the dispute through", A("Colin Powell", "USA", "GOV"), ESPG, DEMAND, "025", "2002-07",
  None, False, "appeal, second verb: optional")
E("be07", "Morocco withdrew its ambassador from Madrid last", MARG, ESPG, SANCT, "161", "2001-10", None, True,
  "recalling one's own envoy 161 (news-dev); dated background 'last October' = 2001-10; 'from Madrid' is where the "
  "envoy left, the city stands for Spain")
F("be07", "The uninhabited islet, roughly the size of", "standing situation")
F("be07", "It was unclear how long the Spanish", "speculation")

# ---------------------------------------------------------------- be08 Batumi, Europe/Eurasia (Georgia / Adjara / Russia)
S("be08", "2004-05-06", "Europe/Eurasia", """
Adjara's Abashidze quits and flies to Moscow as Georgia regains rebel region

BATUMI, Georgia —

Aslan Abashidze, who ran the Black Sea region of Adjara as a personal fiefdom for more than a decade, resigned late on Wednesday and flew to Moscow with Igor Ivanov, the secretary of Russia's Security Council, who had come to Batumi to negotiate his exit.

Tens of thousands of people poured into the streets of Batumi after the news, cheering and tearing down portraits of the regional leader. President Mikheil Saakashvili arrived in the city early on Thursday and promised Adjarans new elections and an amnesty for fighters who hand in their weapons.

Abashidze's police had broken up crowds demanding his resignation in Batumi with water cannon and clubs on Tuesday. On Wednesday, many officers joined the protesters, and special forces units refused to obey his orders.

The standoff came to a head on Sunday, when Abashidze's militiamen blew up the bridges linking Adjara with the rest of Georgia, saying they feared an invasion. The next day, Saakashvili gave the regional leader 10 days to disarm his forces or face removal.

Abashidze had defied the central government since the protests that toppled President Eduard Shevardnadze in November.

Russia still keeps a military base in Batumi, and Adjara's port handles much of Georgia's trade. It was not clear whether Abashidze intended to stay in Russia.
""")
ABASH = A("Aslan Abashidze", "GEO", "GOV")
ADJP = A("Adjaran protesters", "GEO", ["CVL", "OPP"])
ADJCOP = A("Adjaran police", "GEO", "COP")
SAAK = A("Mikheil Saakashvili", "GEO", "GOV")
E("be08", "Adjara's Abashidze quits and flies to Moscow", ABASH, ADJP, ["08"], "0831", "2004-05-05", None, False,
  "headline")
E("be08", "resigned late on Wednesday and flew to", ABASH, ADJP, ["08"], "0831", "2004-05-05", None, True,
  "resignation under protest pressure 0831, the protesters as implied target (news-dev d09); 'late on Wednesday' "
  "before a Thursday paper; flying to Moscow is travel, not coded")
E("be08", "who had come to Batumi to negotiate", A("Igor Ivanov", "RUS", "GOV"), ABASH, ["04"], "042", "2004-05",
  P("Batumi", "GEO"), False, "visit 042 inside a relative: optional")
E("be08", "promised Adjarans new elections and an amnesty", SAAK, A("Adjarans", "GEO", "CVL"), ["03"], "034", "2004-05-06",
  None, False, "promise of elections and amnesty 034, second verb: optional")
E("be08", "President Mikheil Saakashvili arrived in the city", SAAK, A("Adjarans", "GEO", "CVL"), ["04"], "042",
  "2004-05-06", P("Batumi", "GEO"), False, "visit to a city of his own country: optional")
E("be08", "had broken up crowds demanding his resignation", ADJCOP, ADJP, REPR, "175", "2004-05-04", P("Batumi", "GEO"),
  True, "dispersal with water cannon and clubs 175 (17/18); 'on Tuesday' before a Thursday paper; 'in Batumi' names "
  "the place; the demand for resignation inside the object is optional (next line)")
E("be08", "had broken up crowds demanding his resignation", ADJP, ABASH, DEMAND, "1041", "2004-05-04",
  P("Batumi", "GEO"), False, "the crowds' demand inside the object: optional")
E("be08", "special forces units refused to obey his", A("Adjaran special forces", "GEO", ["COP", "MIL"]), ABASH,
  ["12"], "120", "2004-05-05", None, True, "refusal of orders 120 (as owned35's police refusal of a curfew); 'On "
  "Wednesday'; the officers joining the protesters in the first clause are not coded")
E("be08", "when Abashidze's militiamen blew up the bridges", A("Abashidze's militiamen", "GEO", ["MIL", "REB"]),
  A("Georgia's government", "GEO", "GOV"), ["17", "18"], "1712", "2004-05-02", None, True,
  "destroying property 1712 in a dated 'when' clause with its own agent ('on Sunday' before a Thursday paper); "
  "target the central government whose roads they cut")
E("be08", "Saakashvili gave the regional leader 10 days", SAAK, ABASH, ["13"], "139", "2004-05-03", None, True,
  "ultimatum 139; 'The next day' after Sunday = Monday; 'the regional leader' = Abashidze")
E("be08", "since the protests that toppled President Eduard", A("Georgian protesters", "GEO", ["CVL", "OPP"]),
  A("Eduard Shevardnadze", "GEO", "GOV"), ["14", "17"], "140", "2003-11", None, False,
  "background inside a nominal 'since the protests that' relative: optional; November = 2003-11")
F("be08", "Russia still keeps a military base in", "standing situation")
F("be08", "It was not clear whether Abashidze intended", "speculation")

# ---------------------------------------------------------------- be09 Caracas, Americas (Venezuela)
S("be09", "2007-05-29", "Americas", """
Venezuelan police tear-gas students as Chavez takes opposition TV channel off air

CARACAS, Venezuela —

Police fired tear gas, rubber bullets and water cannon on Monday at thousands of students protesting in Caracas against President Hugo Chavez's decision to take the country's oldest private television network off the air.

RCTV, a fierce critic of the president, stopped broadcasting at midnight on Sunday when its licence expired, and a new state-funded channel began transmitting on its frequency minutes later.

The government had refused to renew the licence, accusing the station of backing the short-lived coup that briefly removed Chavez from power in 2002. On Friday, the Supreme Court ordered that RCTV's transmitters and antennas be handed to the new channel, a ruling the network's owners called confiscation.

Marcel Granier, RCTV's president, said the closure was meant to silence the last critical voices on open television.

Chavez accused the private news channel Globovision and the U.S. network CNN of stirring up unrest and said his government would take legal action against them.

Officers detained dozens of protesters, the interior ministry said. Student leaders said they would march again on Tuesday.

The U.S. Senate and the European Union voiced concern about press freedom in Venezuela.

RCTV, which first went on the air in 1953, had one of the largest audiences in the country. It was unclear whether the network could survive as a cable channel.
""")
VENCOP = A("Venezuelan police", "VEN", "COP")
STUD = A("Venezuelan students", "VEN", ["CVL", "EDU", "OPP"])
CHAVEZ = A("Hugo Chavez", "VEN", "GOV")
VENG = A("Venezuela's government", "VEN", "GOV")
RCTV = A("RCTV", "VEN", ["MED", "BUS"])
E("be09", "Venezuelan police tear-gas students as Chavez takes", VENCOP, STUD, REPR, "175", "2007-05-28", None, False,
  "headline")
E("be09", "takes opposition TV channel off air", CHAVEZ, RCTV, ["17", "12"], "1721", "2007-05", None, False,
  "headline, second event")
E("be09", "Police fired tear gas, rubber bullets and", VENCOP, STUD, REPR, "175", "2007-05-28", P("Caracas", "VEN"), True,
  "force against protesters 175 (17/18); 'in Caracas' names the place (in the object's participle, the same "
  "scene); 'on Monday' in a Tuesday paper; unnamed police are Venezuela's")
E("be09", "students protesting in Caracas against President Hugo", STUD, CHAVEZ, ["14"], "141", "2007-05-28",
  P("Caracas", "VEN"), False, "the protest inside the object of the shooting: optional (as owned35)")
E("be09", "The government had refused to renew the", VENG, RCTV, ["17", "12"], "1721", "2007", None, True,
  "refusing a broadcaster's licence: a restriction on freedoms 1721 (17; a refusal 12 also right); undated "
  "pluperfect: the year")
E("be09", "accusing the station of backing the short-lived", VENG, RCTV, ["11"], "112", "2007", None, False,
  "accusation in a participle: optional; the 2002 coup inside it is an undetailed relative, not coded")
E("be09", "the Supreme Court ordered that RCTV's transmitters", A("Venezuela's Supreme Court", "VEN", "JUD"), RCTV,
  ["17", "11"], "1711", "2007-05-25", None, True, "an order handing over a company's equipment: confiscation 1711 "
  "(court actions 17/11); 'On Friday' before a Tuesday paper")
E("be09", "a ruling the network's owners called confiscation", RCTV, A("Venezuela's Supreme Court", "VEN", "JUD"),
  ["11"], "111", "2007-05", None, False, "criticism in a reduced relative: optional")
E("be09", "said the closure was meant to silence", A("Marcel Granier", "VEN", ["MED", "BUS"]), CHAVEZ, ["11"], "112",
  "2007-05", None, True, "accusation 112 (the closure is the government's); month")
E("be09", "Chavez accused the private news channel Globovision", CHAVEZ, A("Globovision", "VEN", ["MED", "BUS"]),
  ["11"], "112", "2007-05", None, True, "accusation 112; compound object, first member required; month")
E("be09", "Chavez accused the private news channel Globovision", CHAVEZ, A("CNN", "USA", ["MED", "BUS"]), ["11"], "112",
  "2007-05", None, False, "second member: optional")
E("be09", "said his government would take legal action", CHAVEZ, A("Globovision", "VEN", ["MED", "BUS"]), ["13", "11"],
  "130", "2007-05", None, False, "threat put as an intention: optional")
E("be09", "Officers detained dozens of protesters, the interior", VENCOP, STUD, ["17"], "173", "2007-05", None, True,
  "arrests reported by the arresting side's ministry 173, required (as owned35 ai05); month")
E("be09", "Student leaders said they would march again", STUD, VENG, ["14"], "141", "2007-05", None, False,
  "protest put as an intention: optional")
E("be09", "The U.S. Senate and the European Union", A("U.S. Senate", "USA", ["LEG", "GOV"]), VENG, ["11"], "111",
  "2007-05", None, False, "outside reaction, first member: optional")
E("be09", "The U.S. Senate and the European Union", A("European Union", "EUR", "IGO"), VENG, ["11"], "111", "2007-05",
  None, False, "outside reaction, second member: optional")
F("be09", "RCTV, which first went on the air", "standing situation")
F("be09", "It was unclear whether the network could", "speculation")

# ---------------------------------------------------------------- be10 Port-au-Prince, Americas (Haiti)
S("be10", "2008-04-13", "Americas", """
Haiti's Senate ousts prime minister after week of food riots

PORT-AU-PRINCE, Haiti —

Haiti's Senate voted on Saturday to dismiss Prime Minister Jacques-Edouard Alexis, whose government senators blamed for failing to curb the soaring food prices that set off a week of deadly riots across the country.

Hours earlier, President Rene Preval announced that the price of a 50-kilogram sack of rice would fall from $51 to $43, bowing to protesters' demands for cheaper food. He said the government would pay for the cut with aid money and ask importers to take smaller profits.

A Nigerian police officer serving with the U.N. mission was shot dead by unidentified gunmen in the capital late on Saturday, a U.N. spokesman said.

On Tuesday, thousands of protesters tried to force the gates of the National Palace in the capital, and U.N. peacekeepers drove them back with tear gas and rubber bullets. Preval went on radio on Wednesday and urged Haitians to stop the looting and go home.

The unrest began on April 3 in the southern city of Les Cayes, where crowds attacked a U.N. compound and set cars ablaze.

Most Haitians live on less than $2 a day, and the price of rice has nearly doubled in a year. It was unclear who would replace Alexis or how soon parliament would approve a successor.
""")
HTILEG = A("Haiti's Senate", "HTI", ["LEG", "GOV"])
ALEXIS = A("Jacques-Edouard Alexis", "HTI", "GOV")
PREVAL = A("Rene Preval", "HTI", "GOV")
HTIP = A("Haitian protesters", "HTI", ["CVL", "OPP"])
MINUSTAH = A("U.N. mission in Haiti", "UNO", ["MIL", "COP", "IGO"])
E("be10", "Haiti's Senate ousts prime minister after week", HTILEG, ALEXIS, ["17", "12", "11"], "172", "2008-04-12",
  None, False, "headline")
E("be10", "Haiti's Senate voted on Saturday to dismiss", HTILEG, ALEXIS, ["17", "12", "11"], "172", "2008-04-12", None,
  True, "removal by parliament 172 (17/12/11, as owned35 ai10); 'on Saturday' before a Sunday paper")
E("be10", "whose government senators blamed for failing to", HTILEG, ALEXIS, ["11"], "112", "2008-04", None, False,
  "blame inside a relative: optional")
E("be10", "President Rene Preval announced that the price", PREVAL, HTIP, ["08"], "0832", "2008-04-12", None, True,
  "acceding to demands for a change of policy 0832, the protesters as target (the sentence names their demands); "
  "'Hours earlier' than Saturday's vote")
E("be10", "was shot dead by unidentified gunmen in", A("unidentified gunmen", None, None),
  A("Nigerian U.N. police officer", "NGA", ["COP", "IGO"]), ATTACK, "180", "2008-04-12",
  P("Port-au-Prince", "HTI"), True, "killing by unnamed gunmen (null/null, news-dev) 180, a passive with its agent; "
  "the officer is Nigerian; 'in the capital' = Port-au-Prince with the dateline; 'late on Saturday'")
E("be10", "thousands of protesters tried to force the", HTIP, PREVAL, VPROT, "145", "2008-04-08",
  P("Port-au-Prince", "HTI"), True, "violent protest 145 (14/18/17) at the palace, the president as target; 'On "
  "Tuesday' before a Sunday paper; 'in the capital' = Port-au-Prince")
E("be10", "U.N. peacekeepers drove them back with tear", MINUSTAH, HTIP, REPR, "175", "2008-04-08",
  P("Port-au-Prince", "HTI"), True, "force against the crowd 175, second clause with its own subject, inside the "
  "dated sentence; UNO (news-dev)")
E("be10", "urged Haitians to stop the looting and", PREVAL, HTIP, DEMAND, "020", "2008-04-09", None, True,
  "appeal 020 (10/02); 'on Wednesday' before a Sunday paper; the radio speech itself is not coded")
E("be10", "where crowds attacked a U.N. compound and", A("Haitian rioters", "HTI", ["CVL", "OPP"]), MINUSTAH, VPROT,
  "145", "2008-04-03", P("Les Cayes", "HTI"), True, "riot against the U.N. 145 (14/18/17) in a 'where' relative with "
  "its own agent, dated 'on April 3'; 'the southern city of Les Cayes' names the place")
F("be10", "Most Haitians live on less than $2", "count and standing situation")
F("be10", "It was unclear who would replace Alexis", "speculation")

# ---------------------------------------------------------------- be11 Dhaka, South Asia (Bangladesh)
S("be11", "2009-02-27", "South Asia", """
Bangladesh border guards surrender, ending mutiny in which dozens of officers are feared dead

DHAKA, Bangladesh —

Mutinous border guards laid down their weapons and freed their hostages at their headquarters in Dhaka on Thursday, ending a 33-hour revolt in which dozens of army officers, including their commander, are feared to have been killed.

Members of the Bangladesh Rifles rose up on Wednesday morning during an annual gathering at the Pilkhana compound, shooting the force's director general, Maj. Gen. Shakil Ahmed, and other officers seconded from the army. The rebels complained of low pay and of being barred from senior posts, which are reserved for army officers.

Prime Minister Sheikh Hasina received a delegation of 14 mutineers at her official residence on Wednesday afternoon and offered them a general amnesty if they gave up.

When the revolt spread to border posts in at least a dozen other towns, the prime minister went on television on Thursday and warned that she would use force if the guards did not surrender. Army tanks and armoured personnel carriers then took up positions around the compound.

Home Minister Sahara Khatun entered the headquarters late on Thursday and accepted the surrender. The army chief, General Moeen U Ahmed, said the killers would be punished.

The Bangladesh Rifles, a force of about 70,000 men, guards the borders with India and Myanmar. It was unclear how many officers had died.
""")
BDR = A("Bangladesh Rifles mutineers", "BGD", ["MIL", "REB"])
HASINA = A("Sheikh Hasina", "BGD", "GOV")
BGDMIL = A("Bangladesh army", "BGD", "MIL")
E("be11", "Bangladesh border guards surrender, ending mutiny in", BDR, A("Bangladesh's government", "BGD", "GOV"),
  ["08"], "0874", "2009-02-26", None, False, "headline")
E("be11", "laid down their weapons and freed their", BDR, A("Bangladesh's government", "BGD", "GOV"), ["08"], "0874",
  "2009-02-26", P("Dhaka", "BGD"), True, "surrender 0874 (retreat or surrender militarily); 'at their headquarters in "
  "Dhaka' names the place; 'on Thursday' before a Friday paper; the officers' deaths in the relative are a passive "
  "with no agent and no certainty ('feared'), not coded")
E("be11", "freed their hostages at their headquarters in", BDR, A("hostages at the Bangladesh Rifles headquarters",
  "BGD", ["MIL", "CVL"]), ["08"], "0841", "2009-02-26", P("Dhaka", "BGD"), False,
  "release of hostages 0841, second verb: optional")
E("be11", "shooting the force's director general, Maj. Gen.", BDR, A("Shakil Ahmed", "BGD", "MIL"), ATTACK, "180",
  "2009-02-25", None, True, "killing of the commander 180 (18/19/20) in a participle of the dated sentence ('on "
  "Wednesday morning'); compound object, first member; 'the Pilkhana compound' names no city")
E("be11", "shooting the force's director general, Maj. Gen.", BDR, BGDMIL, ATTACK, "180", "2009-02-25", None, False,
  "second member ('other officers seconded from the army'): optional")
E("be11", "The rebels complained of low pay and", BDR, BGDMIL, ["11", "14"], "111", "2009-02", None, False,
  "complaint: optional")
E("be11", "received a delegation of 14 mutineers at", HASINA, BDR, ["04"], "043", "2009-02-25", None, True,
  "hosting a meeting 043 (04); 'on Wednesday afternoon' before a Friday paper; 'her official residence' names no city")
E("be11", "received a delegation of 14 mutineers at", BDR, HASINA, ["04"], "042", "2009-02-25", None, False,
  "reverse direction (the delegation's visit): optional")
E("be11", "offered them a general amnesty if they", HASINA, BDR, ["03", "08"], "035", "2009-02-25", None, False,
  "conditional offer of amnesty (intent to yield 035; coders split): optional, second verb")
E("be11", "warned that she would use force if", HASINA, BDR, ["13"], "138", "2009-02-26", None, True,
  "threat of force 138; 'the prime minister' = Hasina; 'on Thursday'; the revolt's spread in the 'When' clause is "
  "no CAMEO event")
E("be11", "Army tanks and armoured personnel carriers then", BGDMIL, BDR, ["15"], "150", "2009-02", None, True,
  "show of force 150 (15); 'then' gives no day of its own: month")
E("be11", "entered the headquarters late on Thursday and", A("Sahara Khatun", "BGD", "GOV"), BDR, ["04", "08", "03"],
  "040", "2009-02-26", None, False, "accepting a surrender has no clear class: optional")
E("be11", "said the killers would be punished", A("Moeen U Ahmed", "BGD", "MIL"), BDR, ["13"], "130", "2009-02", None,
  False, "threat put as a future: optional")
F("be11", "The Bangladesh Rifles, a force of about", "count and standing situation")
F("be11", "It was unclear how many officers had", "speculation")

# ---------------------------------------------------------------- be12 Wellington, Pacific (New Zealand / Cook Islands / China)
S("be12", "2025-06-20", "Pacific", """
New Zealand pauses Cook Islands funding over deals with China

WELLINGTON, New Zealand —

New Zealand has paused NZ$18.2 million ($11 million) of funding to the Cook Islands because the self-governing Pacific nation signed a series of agreements with China without consulting it, the office of Foreign Minister Winston Peters said on Thursday.

The money, meant for the islands' health, education and tourism programmes in the coming financial year, would not flow until Avarua took concrete steps to repair the relationship, a spokeswoman for Peters said.

Cook Islands Prime Minister Mark Brown called the decision disappointing and denied that the China deals harmed New Zealand's interests. He said his government would seek talks with Wellington to resolve the dispute.

Brown signed the agreements, which cover seabed minerals, ports, shipbuilding and roads, during a visit to Beijing in February. Peters accused him at the time of keeping the texts from New Zealand until after they were signed.

The deals set off rare protests in Avarua, where hundreds of people marched on parliament in February to demand Brown's resignation.

In Beijing, a foreign ministry spokesman said the agreements were not aimed at any third party and urged Wellington to respect the choices of the Cook Islands.

The Cook Islands, home to about 15,000 people, is in free association with New Zealand, and its citizens hold New Zealand passports. It was unclear whether other donors would follow Wellington's lead.
""")
NZLG = A("New Zealand's government", "NZL", "GOV")
COKG = A("Cook Islands government", "COK", "GOV")
BROWN = A("Mark Brown", "COK", "GOV")
PETERS = A("Winston Peters", "NZL", "GOV")
E("be12", "New Zealand pauses Cook Islands funding over", NZLG, COKG, ["16"], "1621", "2025-06", None, False, "headline")
E("be12", "New Zealand has paused NZ$18.2 million ($11", NZLG, COKG, ["16"], "1621", "2025-06", None, True,
  "stopping economic aid 1621; present perfect with no day of its own: month (the office spoke on Thursday); "
  "the agreements in the 'because' clause are detailed, with their date, below")
E("be12", "would not flow until Avarua took concrete", NZLG, COKG, DEMAND, "100", "2025-06", None, False,
  "condition put as a demand: optional; 'Avarua' = the Cook Islands government")
E("be12", "denied that the China deals harmed New", BROWN, NZLG, DENY, "016", "2025-06", None, True,
  "denial 016 (01/12); the 'disappointing' comment is not coded; month")
E("be12", "He said his government would seek talks", BROWN, NZLG, ["03"], "036", "2025-06", None, False,
  "intent to negotiate 036, put as a future: optional")
E("be12", "Brown signed the agreements, which cover seabed", BROWN, A("China's government", "CHN", "GOV"), AGREE, "057",
  "2025-02", P("Beijing", "CHN"), True, "signing agreements 057 (05/03/08); 'during a visit to Beijing in February' "
  "gives month and place")
E("be12", "during a visit to Beijing in February", BROWN, A("China's government", "CHN", "GOV"), ["04"], "042",
  "2025-02", P("Beijing", "CHN"), False, "the nominal visit: optional")
E("be12", "Peters accused him at the time of", PETERS, BROWN, ["11"], "112", "2025-02", None, True,
  "accusation 112; 'at the time' = February")
E("be12", "where hundreds of people marched on parliament", A("Cook Islands protesters", "COK", ["CVL", "OPP"]), BROWN,
  ["14"], "141", "2025-02", P("Avarua", "COK"), True, "demonstration 141 in a 'where' relative with its own agent, "
  "dated 'in February'; 'in Avarua' names the place")
E("be12", "to demand Brown's resignation", A("Cook Islands protesters", "COK", ["CVL", "OPP"]), BROWN, DEMAND, "1041",
  "2025-02", P("Avarua", "COK"), False, "the purpose of the march: optional")
E("be12", "urged Wellington to respect the choices of", A("China's foreign ministry", "CHN", "GOV"), NZLG, DEMAND, "020",
  "2025-06", P("Beijing", "CHN"), False, "appeal, second verb after a statement; 'In Beijing' names where the "
  "spokesman spoke: optional")
F("be12", "The Cook Islands, home to about 15,000", "count and standing situation")
F("be12", "It was unclear whether other donors would", "speculation")

if __name__ == "__main__":
    write(HERE)
