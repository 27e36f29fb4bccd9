#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned29 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned29/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
DEPLOY = ["07", "15"]
SUSPEND = ["16", "17"]
REJECT = ["12", "11"]
VERDICT = ["11", "17"]
ARSON = ["14", "18", "17"]
MEET = ["03", "04"]
ALERT = ["15", "13"]
RESIGN = ["11", "14", "08"]
JEER = ["14", "11"]

# ---------------------------------------------------------------- ac01 Bangui, Africa (Central African Republic)
S("ac01", "2013-03-26", "Africa", """
Central African rebels seize Bangui as Bozize flees; African Union suspends country

BANGUI, Central African Republic —

The African Union suspended the Central African Republic on Monday and imposed travel bans and asset freezes on leaders of the Seleka rebel alliance, a day after their fighters overran the capital and drove President Francois Bozize into exile.

Rebel chief Michel Djotodia declared himself president in a radio address. He suspended the constitution, dissolved the National Assembly and said he would rule by decree until elections in three years.

Bozize, who had ruled for a decade, crossed the river into the Democratic Republic of Congo as Seleka columns reached the presidential palace, an aide said.

South African President Jacob Zuma said 13 of his soldiers had been killed when the rebels attacked their base on the outskirts of the city over the weekend. The troops had been sent to train the Central African army.

France flew in 300 more troops on Sunday to secure the airport.

Looters stripped ministries, shops and the homes of officials across Bangui on Monday, residents said.

The rebels had signed a ceasefire and power-sharing deal with Bozize in Libreville in January. They accused him of breaking it by failing to free political prisoners and send home foreign troops.

The U.N. Security Council condemned the seizure of power and called for a return to constitutional order.

The country has known little but coups and mutinies since independence from France in 1960. It was not clear whether Seleka's several thousand fighters would obey Djotodia.
""")
AU = A("African Union", "AFR", "IGO")
CAF = A("Central African Republic", "CAF", "GOV")
CAFC = A("Central African Republic", "CAF", None)
SELEKA = A("Seleka rebels", "CAF", "REB")
SELEKAL = A("Seleka leaders", "CAF", "REB")
DJOT = A("Michel Djotodia", "CAF", ["REB", "GOV"])
BOZIZE = A("Francois Bozize", "CAF", "GOV")
ZAFM = A("South African troops", "ZAF", "MIL")
FRA = A("France", "FRA", ["GOV", "MIL"])
E("ac01", "Central African rebels seize Bangui as Bozize", SELEKA, CAF, COUP, "192", "2013-03-24", P("Bangui", "CAF"), False,
  "headline: the seizure of the capital (19/17)")
E("ac01", "African Union suspends country", AU, CAF, SUSPEND, "161", "2013-03-25", None, False, "headline, second event")
E("ac01", "The African Union suspended the Central African Republic", AU, CAF, SUSPEND, "161", "2013-03-25", None, True,
  "suspension from a regional body: reduced relations 161 (16/17); 'on Monday' in a Tuesday paper")
E("ac01", "imposed travel bans and asset freezes on leaders", AU, SELEKAL, SANCT, "163", "2013-03-25", None, True,
  "second verb with its own target: sanctions on persons 163 (16/17), required")
E("ac01", "a day after their fighters overran the capital", SELEKA, CAF, COUP, "192", "2013-03-24", P("Bangui", "CAF"), True,
  "'a day after' clause with its own agent ('their fighters' = Seleka); taking a capital from the government 19/17; "
  "'the capital' with the Bangui dateline = Bangui")
E("ac01", "drove President Francois Bozize into exile", SELEKA, BOZIZE, ["17", "19"], "174", "2013-03-24", None, False,
  "second verb of the same clause: forcing a president out 174 (17/19), optional")
E("ac01", "Rebel chief Michel Djotodia declared himself president", DJOT, CAFC, COUP, "1724", "2013-03", None, False,
  "self-declared presidency, no target: optional")
E("ac01", "He suspended the constitution, dissolved the National", DJOT, CAFC, COUP, "1724", "2013-03", None, True,
  "'He' = Djotodia; suspending the constitution is a declared takeover 1724 (17/19), news-dev; no day of its own: month")
E("ac01", "He suspended the constitution, dissolved the National", DJOT, A("National Assembly", "CAF", "LEG"), COUP, "1724",
  "2013-03", None, False, "second verb (dissolving parliament): optional")
E("ac01", "when the rebels attacked their base on the", SELEKA, ZAFM, ["19", "18"], "190", "2013-03", P("Bangui", "CAF"), True,
  "attack inside a 'when' clause with its own agent; 'over the weekend' is a span: month; 'the outskirts of the city' "
  "with the Bangui dateline = Bangui; Zuma's statement is attribution, nobody disputes the attack")
E("ac01", "The troops had been sent to train", A("South Africa", "ZAF", "GOV"), A("Central African army", "CAF", "MIL"),
  ["06", "07"], "062", None, None, False, "agentless passive, undated background military cooperation: optional")
E("ac01", "France flew in 300 more troops on Sunday", FRA, CAF, DEPLOY, "074", "2013-03-24", None, True,
  "troops sent into another country 07/15 (news-dev's peacekeeping deployment); 'the airport' is not named: no place")
E("ac01", "Looters stripped ministries, shops and the homes", A("looters", "CAF", "CVL"), CAF, ARSON, "1711", "2013-03-25",
  P("Bangui", "CAF"), False, "looting reported by residents, unnamed looters: optional")
E("ac01", "had signed a ceasefire and power-sharing deal with", SELEKA, BOZIZE, AGREE, "057", "2013-01",
  P("Libreville", "GAB"), True, "dated background agreement ('in January'), first-mentioned direction required; the "
  "clause names Libreville")
E("ac01", "had signed a ceasefire and power-sharing deal with", BOZIZE, SELEKA, AGREE, "057", "2013-01",
  P("Libreville", "GAB"), False, "reverse direction of the joint event: optional")
E("ac01", "They accused him of breaking it by", SELEKA, BOZIZE, ["11"], "112", "2013-03", None, True,
  "'They' = the rebels, 'him' = Bozize; accusation 112; no day: month")
E("ac01", "The U.N. Security Council condemned the seizure", A("U.N. Security Council", "UNO", "IGO"), SELEKA, ["11"],
  "111", "2013-03", None, False, "single outside reaction: optional")
E("ac01", "called for a return to constitutional order", A("U.N. Security Council", "UNO", "IGO"), SELEKA, DEMAND,
  "1044", "2013-03", None, False, "single outside reaction, second verb: optional")
F("ac01", "The country has known little but coups", "standing situation")
F("ac01", "It was not clear whether Seleka's several", "speculation")

# ---------------------------------------------------------------- ac02 Kampala, Africa (Uganda)
S("ac02", "2020-11-21", "Africa", """
Uganda frees Bobi Wine on bail after deadly protests over his arrest

KAMPALA, Uganda —

A Ugandan court released opposition presidential candidate Bobi Wine on bail on Friday, two days after his arrest at a campaign stop set off the worst street violence the country has seen in years.

Security forces fired tear gas and live bullets at crowds in the capital and several eastern towns on Wednesday and Thursday. Protesters burned tyres, blocked roads and stoned cars. Police put the death toll at 37.

The singer-turned-politician, whose real name is Robert Kyagulanyi, was seized by police on Wednesday in Luuka district and later charged in the town of Iganga with breaking limits on public gatherings meant to curb the coronavirus. He denied the charge.

Patrick Oboi Amuriat, the candidate of the Forum for Democratic Change, was also detained that day and held for several hours.

Security Minister Elly Tumwine told reporters that police had the right to shoot protesters who reached "a certain level of violence".

President Yoweri Museveni, who is seeking a sixth term in January, accused unnamed foreign groups of funding the unrest and warned that those behind it would pay.

The U.S. embassy urged the authorities to respect the right to peaceful assembly.

Uganda has not seen a peaceful transfer of power since independence from Britain in 1962. Whether Kyagulanyi could keep campaigning under the health rules was not clear.
""")
UGAJ = A("Ugandan court", "UGA", "JUD")
BOBI = A("Bobi Wine", "UGA", ["OPP", "PTY"])
UGAP = A("Ugandan police", "UGA", "COP")
UGAF = A("Ugandan security forces", "UGA", ["MIL", "COP"])
UGAPR = A("Ugandan protesters", "UGA", ["CVL", "OPP"])
UGAG = A("Ugandan government", "UGA", "GOV")
E("ac02", "Uganda frees Bobi Wine on bail after", UGAJ, BOBI, ["08"], "0841", "2020-11-20", None, False, "headline")
E("ac02", "deadly protests over his arrest", UGAPR, UGAG, VPROT, "141", "2020-11", None, False, "headline, second event")
E("ac02", "A Ugandan court released opposition presidential candidate", UGAJ, BOBI, ["08"], "0841", "2020-11-20", None, True,
  "release on bail 0841 (08); 'on Friday' in a Saturday paper")
E("ac02", "two days after his arrest at a campaign", UGAP, BOBI, REPR, "173", "2020-11-18", None, False,
  "nominal arrest without its agent, told in detail later: optional (restatement)")
E("ac02", "Security forces fired tear gas and live", UGAF, UGAPR, REPR, "175", "2020-11", P("Kampala", "UGA"), True,
  "live fire and tear gas on crowds 175 (17/18); two days: month; 'the capital' with the Kampala dateline = Kampala "
  "(first of the places named)")
E("ac02", "Protesters burned tyres, blocked roads and stoned", UGAPR, UGAG, VPROT, "145", "2020-11", None, True,
  "riot 145 (14/18/17); told by the story itself, not a witness; no day: month")
E("ac02", "was seized by police on Wednesday in Luuka", UGAP, BOBI, REPR, "173", "2020-11-18", P("Luuka", "UGA"), True,
  "passive with its agent; 'The singer-turned-politician' = Bobi Wine; the clause names Luuka district")
E("ac02", "later charged in the town of Iganga", UGAP, BOBI, REPR, "173", "2020-11", P("Iganga", "UGA"), False,
  "second verb, a charge: optional")
E("ac02", "He denied the charge.", BOBI, UGAP, DENY, "016", "2020-11", None, True,
  "a stated denial is an event (01/12); 'He' = Bobi Wine; the accuser is the police")
E("ac02", "was also detained that day and held", UGAP, A("Patrick Oboi Amuriat", "UGA", ["OPP", "PTY"]), REPR, "173",
  "2020-11-18", None, True, "agentless passive whose agent is the police of the sentence before ('also'); 'that day' = "
  "Wednesday")
E("ac02", "police had the right to shoot protesters", A("Elly Tumwine", "UGA", "GOV"), UGAPR, ["13"], "137", "2020-11",
  None, True, "threat of repression 137; no day: month")
E("ac02", "accused unnamed foreign groups of funding the", A("Yoweri Museveni", "UGA", "GOV"),
  A("foreign groups", None, None), ["11"], "112", "2020-11", None, True, "accusation 112; unnamed foreign groups: "
  "country and sector null")
E("ac02", "warned that those behind it would pay", A("Yoweri Museveni", "UGA", "GOV"), UGAPR, ["13"], "130", "2020-11",
  None, False, "vague threat in the same sentence: optional")
E("ac02", "The U.S. embassy urged the authorities to", A("U.S. embassy", "USA", "GOV"), UGAG, DEMAND, "0243", "2020-11",
  None, False, "single outside reaction: optional")
F("ac02", "Uganda has not seen a peaceful transfer", "standing situation, negated")
F("ac02", "Whether Kyagulanyi could keep campaigning under the", "speculation")

# ---------------------------------------------------------------- ac03 Riyadh, Middle East (Saudi Arabia / Iran / U.S.)
S("ac03", "2019-09-17", "Middle East", """
Saudi-led coalition says Iranian weapons hit oil plants; Tehran denies any role

RIYADH, Saudi Arabia —

The Saudi-led coalition fighting in Yemen said on Monday that the weapons used against two of the kingdom's biggest oil facilities were Iranian, as Washington weighed how to answer what it called an unprecedented assault on world energy supplies.

Drones and missiles struck the Abqaiq processing plant and the Khurais oil field before dawn on Saturday, setting off fires that halved Saudi crude output. Yemen's Houthi rebels claimed the strikes and warned that Saudi facilities could be hit again at any time.

Secretary of State Mike Pompeo said there was no evidence the attack had come from Yemen and blamed Iran directly. President Donald Trump, who spoke by telephone with Crown Prince Mohammed bin Salman on Saturday, wrote a day later that the United States was "locked and loaded" but was waiting to hear from the Saudis who was responsible.

Iran's foreign ministry dismissed the accusations as meaningless and said they were meant to justify future actions against the Islamic Republic.

Iraq also denied reports that the drones had been launched from its territory.

Coalition spokesman Turki al-Maliki told reporters that investigators were tracing where the weapons had been fired from. The kingdom, he said, was able to defend its land and its facilities.

Abqaiq, the world's largest crude processing plant, had been considered one of the best-defended sites in the kingdom. Whether Washington would order strikes on Iran was not clear.
""")
COAL = A("Saudi-led coalition", "SAU", ["MIL", "GOV"])
IRN = A("Iran", "IRN", "GOV")
USA = A("United States", "USA", "GOV")
SAU = A("Saudi Arabia", "SAU", None)
HOUTHI = A("Houthi rebels", "YEM", "REB")
E("ac03", "Saudi-led coalition says Iranian weapons hit oil", COAL, IRN, ["11"], "112", "2019-09-16", None, False, "headline")
E("ac03", "Tehran denies any role", IRN, USA, DENY, "016", "2019-09", None, False, "headline, second event")
E("ac03", "The Saudi-led coalition fighting in Yemen said", COAL, IRN, ["11"], "112", "2019-09-16", None, True,
  "saying the weapons were Iranian blames Iran: 112; 'on Monday' in a Tuesday paper")
E("ac03", "Drones and missiles struck the Abqaiq processing", A("unnamed attackers", None, None), SAU, FORCE, "195",
  "2019-09-14", P("Abqaiq", "SAU"), False, "the strike has no agent in its clause (weapons as subject) and its author is "
  "the dispute of the story: optional; premises are the country with sector null")
E("ac03", "Yemen's Houthi rebels claimed the strikes and", HOUTHI, SAU, FORCE, "195", "2019-09-14", P("Abqaiq", "SAU"),
  False, "a claim of the attack by one side, disputed by the U.S.: optional")
E("ac03", "warned that Saudi facilities could be hit", HOUTHI, SAU, ["13"], "138", "2019-09", None, True,
  "threat of further attacks 138; second verb with its own content; no day: month")
E("ac03", "no evidence the attack had come from", A("Mike Pompeo", "USA", "GOV"), IRN, ["11"], "112", "2019-09", None, True,
  "'blamed Iran directly' (end of the same sentence): accusation 112; no day: month")
E("ac03", "who spoke by telephone with Crown Prince", A("Donald Trump", "USA", "GOV"),
  A("Mohammed bin Salman", "SAU", "GOV"), ["04"], "040", "2019-09-14", None, True,
  "phone call in a relative clause with its own day; first-mentioned direction required")
E("ac03", "who spoke by telephone with Crown Prince", A("Mohammed bin Salman", "SAU", "GOV"),
  A("Donald Trump", "USA", "GOV"), ["04"], "040", "2019-09-14", None, False, "reverse direction: optional")
E("ac03", "wrote a day later that the United States", A("Donald Trump", "USA", "GOV"), IRN, ["13"], "138", "2019-09-15",
  None, False, "'locked and loaded' names no target and is hedged: optional")
E("ac03", "Iran's foreign ministry dismissed the accusations as", IRN, USA, DENY, "016", "2019-09", None, True,
  "rejecting the accusation is a denial (01/12); the accuser is Washington (Pompeo); no day: month")
E("ac03", "said they were meant to justify future", IRN, USA, ["11"], "112", "2019-09", None, False,
  "counter-accusation in the second verb: optional")
E("ac03", "Iraq also denied reports that the drones", A("Iraq", "IRQ", "GOV"), None, DENY, "016", "2019-09", None, False,
  "denial of press reports, no accuser named: optional")
F("ac03", "had been considered one of the best-defended", "standing situation")
F("ac03", "Whether Washington would order strikes on Iran", "speculation")

# ---------------------------------------------------------------- ac04 Cairo, Middle East (Egypt / U.S.)
S("ac04", "2013-08-16", "Middle East", """
Obama cancels military exercise with Egypt as death toll from camp raids climbs

CAIRO, Egypt —

President Barack Obama cancelled a joint military exercise with Egypt on Thursday, a day after security forces stormed two protest camps of supporters of ousted president Mohamed Mursi and killed hundreds of people.

Speaking from his holiday home, Obama said the United States strongly condemned the steps taken by the interim government and that cooperation could not continue as usual while civilians were being killed in the streets.

The health ministry put the death toll from Wednesday's raids on the Rabaa al-Adawiya and Nahda squares at more than 600, including dozens of police officers. The Muslim Brotherhood said the real figure was several times higher.

Interim President Adly Mansour declared a month-long state of emergency on Wednesday evening and ordered a night curfew in Cairo and more than a dozen provinces. Vice President Mohamed ElBaradei resigned hours later, saying he could not bear responsibility for decisions he disagreed with.

Mursi's supporters set fire to churches and police stations in several southern cities, and a provincial government building in Giza was torched on Thursday.

The Brotherhood called on its followers to march from mosques across the country after Friday prayers.

Turkey's Prime Minister Tayyip Erdogan called the raids a massacre and urged the U.N. Security Council to meet at once.

Egypt receives about $1.3 billion a year in U.S. military aid. Obama did not say whether that aid would be suspended.
""")
OBAMA = A("Barack Obama", "USA", "GOV")
EGYG = A("Egypt's interim government", "EGY", ["GOV", "MIL"])
EGYF = A("Egyptian security forces", "EGY", ["COP", "MIL"])
MURSIS = A("Mursi supporters", "EGY", ["CVL", "OPP", "PTY"])
E("ac04", "Obama cancels military exercise with Egypt as", OBAMA, EGYG, ["16", "12"], "160", "2013-08-15", None, False,
  "headline")
E("ac04", "death toll from camp raids climbs", EGYF, MURSIS, ["17", "18", "19"], "175", "2013-08-14", None, False,
  "headline, second event")
E("ac04", "President Barack Obama cancelled a joint military", OBAMA, EGYG, ["16", "12"], "160", "2013-08-15", None, True,
  "cancelling a joint exercise cuts military cooperation: 16 (12 tolerated); 'on Thursday' in a Friday paper")
E("ac04", "a day after security forces stormed two", EGYF, MURSIS, ["17", "18", "19"], "175", "2013-08-14", None, True,
  "'a day after' clause with its own agent; storming camps and killing protesters 175 (17/18/19); the squares are named "
  "only in another sentence: no place")
E("ac04", "Obama said the United States strongly condemned", OBAMA, EGYG, ["11"], "111", "2013-08", None, True,
  "condemnation 111; the statement has no day of its own: month")
E("ac04", "the death toll from Wednesday's raids on", EGYF, MURSIS, ["17", "18", "19"], "175", "2013-08-14", None, False,
  "restatement of the raids inside a count: optional")
E("ac04", "declared a month-long state of emergency on", A("Adly Mansour", "EGY", "GOV"), A("Egypt", "EGY", None),
  ["17"], "1724", "2013-08-14", None, True, "state of emergency 1724 (news-dev); 'Wednesday evening'")
E("ac04", "ordered a night curfew in Cairo and", A("Adly Mansour", "EGY", "GOV"), A("Egypt", "EGY", None), ["17"], "1723",
  "2013-08-14", P("Cairo", "EGY"), False, "second verb, curfew 1723: optional")
E("ac04", "Vice President Mohamed ElBaradei resigned hours later", A("Mohamed ElBaradei", "EGY", "GOV"), EGYG, RESIGN,
  "110", "2013-08-14", None, False, "resignation in protest at one's own government: no clean CAMEO code, optional")
E("ac04", "Mursi's supporters set fire to churches and", MURSIS, A("Coptic churches", "EGY", "REL"), ARSON, "145",
  "2013-08", None, True, "arson attacks by a named side, undisputed: 14/18/17; compound object, first member required; "
  "'several southern cities' names no place; no day: month")
E("ac04", "Mursi's supporters set fire to churches and", MURSIS, A("Egyptian police", "EGY", "COP"), ARSON, "145",
  "2013-08", None, False, "second member of the compound object: optional")
E("ac04", "a provincial government building in Giza was", A("unnamed arsonists", None, None), EGYG, ARSON, "145",
  "2013-08-15", P("Giza", "EGY"), False, "agentless passive: optional")
E("ac04", "The Brotherhood called on its followers to", A("Muslim Brotherhood", "EGY", ["PTY", "OPP"]), EGYG, ["14"],
  "141", "2013-08", None, False, "a protest called for a later day, not yet held: optional")
E("ac04", "called the raids a massacre and urged", A("Tayyip Erdogan", "TUR", "GOV"), EGYG, ["11"], "111", "2013-08",
  None, False, "single outside reaction: optional")
F("ac04", "Egypt receives about $1.3 billion a year", "standing situation")
F("ac04", "Obama did not say whether that aid", "negated / speculation")

# ---------------------------------------------------------------- ac05 Seoul, Asia (North / South Korea)
S("ac05", "2015-08-22", "Asia", """
Koreas agree to urgent talks as North's deadline over loudspeakers nears

SEOUL, South Korea —

North and South Korea agreed on Saturday to hold high-level talks at the border village of Panmunjom, hours before a North Korean deadline for Seoul to switch off propaganda loudspeakers or face military action.

The North had given Seoul until 5 p.m. on Saturday to dismantle the speakers, which have blared anti-Pyongyang broadcasts across the frontier since Aug. 10. Leader Kim Jong Un put his frontline units on a war footing on Thursday night.

The standoff began when land mines exploded on Aug. 4 near a South Korean guard post in the Demilitarized Zone, maiming two soldiers. Seoul blamed the North for planting the devices, a charge Pyongyang denied, and restarted the broadcasts for the first time in 11 years.

On Thursday the North fired a rocket and several artillery shells toward a loudspeaker site in the border county of Yeoncheon, the South's defence ministry said. South Korean gunners answered with dozens of 155mm rounds.

No one was reported hurt on either side.

President Park Geun-hye, dressed in military fatigues, told commanders that any further provocation must be met with a stern response.

National security adviser Kim Kwan-jin and Unification Minister Hong Yong-pyo will meet Hwang Pyong-so, the top political officer of the North's army, and Kim Yang-gon, a senior party official, the presidential office said.

Washington, which keeps 28,500 troops in the South, urged Pyongyang to stop its provocative statements.

Whether the talks would defuse the crisis was not clear.
""")
PRK = A("North Korea", "PRK", ["GOV", "MIL"])
KOR = A("South Korea", "KOR", "GOV")
KORM = A("South Korean army", "KOR", "MIL")
E("ac05", "Koreas agree to urgent talks as North's", PRK, KOR, MEET, "036", "2015-08-22", None, False, "headline")
E("ac05", "deadline over loudspeakers nears", PRK, KOR, ["13"], "139", "2015-08", None, False, "headline, second event")
E("ac05", "North and South Korea agreed on Saturday", PRK, KOR, MEET, "036", "2015-08-22", None, True,
  "agreeing to talks 036 (03/04); joint event, first-mentioned direction required; the talks' venue is not the place of "
  "the agreement")
E("ac05", "North and South Korea agreed on Saturday", KOR, PRK, MEET, "036", "2015-08-22", None, False,
  "reverse direction: optional")
E("ac05", "hours before a North Korean deadline for", PRK, KOR, ["13"], "139", "2015-08", None, False,
  "nominal ultimatum, told in the next sentence: optional")
E("ac05", "The North had given Seoul until 5", PRK, KOR, ["13"], "139", "2015-08", None, True,
  "ultimatum 139; 'Seoul' = South Korea; pluperfect without its own day: month")
E("ac05", "Leader Kim Jong Un put his frontline", A("Kim Jong Un", "PRK", ["GOV", "MIL"]), KOR, ALERT, "152",
  "2015-08-20", None, True, "raising military alert 152 (15/13); target the South by context; 'Thursday night' in a "
  "Saturday paper")
E("ac05", "land mines exploded on Aug. 4 near", A("North Korean army", "PRK", "MIL"), KORM, ["18", "19"], "183",
  "2015-08-04", None, False, "the mines have no agent in the clause and the North denies planting them: optional")
E("ac05", "Seoul blamed the North for planting the", KOR, PRK, ["11"], "112", "2015-08", None, True,
  "accusation 112; no day: month")
E("ac05", "a charge Pyongyang denied", PRK, KOR, DENY, "016", "2015-08", None, True,
  "denial in a reduced relative clause with its own agent: required (01/12)")
E("ac05", "restarted the broadcasts for the first time", KOR, PRK, ["11", "13", "17"], "111", "2015-08", None, False,
  "propaganda broadcasts: no clean CAMEO code, optional")
E("ac05", "On Thursday the North fired a rocket", PRK, KORM, ["19"], "194", "2015-08-20", P("Yeoncheon", "KOR"), True,
  "artillery fire 194; reported by the defence ministry, undisputed; the clause names Yeoncheon")
E("ac05", "South Korean gunners answered with dozens of", KORM, A("North Korean army", "PRK", "MIL"), ["19"], "194",
  "2015-08", None, True, "return fire 194; the sentence has no day of its own: month")
E("ac05", "any further provocation must be met with", A("Park Geun-hye", "KOR", "GOV"), PRK, ["13"], "138", "2015-08",
  None, False, "conditional warning to the North: optional")
E("ac05", "urged Pyongyang to stop its provocative statements", USA, PRK, DEMAND, "0256", "2015-08", None, False,
  "single outside reaction: optional")
F("ac05", "No one was reported hurt on either", "negated, a count")
F("ac05", "Whether the talks would defuse the crisis", "speculation")

# ---------------------------------------------------------------- ac06 Bangkok, Asia (Thailand)
S("ac06", "2020-10-17", "Asia", """
Thai police turn water cannon on protesters defying emergency ban

BANGKOK, Thailand —

Riot police fired water cannon laced with blue dye on Friday evening to clear thousands of protesters from a central Bangkok shopping district, the harshest force used since student-led demonstrations against Prime Minister Prayuth Chan-ocha began in July.

The crowds had gathered in defiance of an emergency decree that Prayuth's government issued before dawn on Thursday, banning gatherings of five or more people and news deemed a threat to security.

Police have arrested dozens of people under the decree, among them human rights lawyer Anon Nampa and student leaders Parit Chiwarak and Panusaya Sithijirawattanakul, who have openly called for curbs on the powers of King Maha Vajiralongkorn.

The government said the measures were needed after demonstrators jeered a royal motorcade carrying Queen Suthida on Wednesday. Two activists were charged on Friday with attempting violence against the queen, an offence that carries a possible life sentence.

Prayuth told reporters he would not resign and warned protest leaders that the law would be enforced. "I'm not quitting," he said.

The U.N. human rights office said it was troubled by the arrests and urged the government to free those held for peaceful protest.

Any criticism of the monarchy can bring up to 15 years in prison under Thailand's royal insult law. It was not clear whether the government would extend the decree beyond its 30 days.
""")
THAP = A("Thai police", "THA", "COP")
THAPR = A("Thai protesters", "THA", ["CVL", "OPP", "EDU"])
THAG = A("Thai government", "THA", "GOV")
PRAYUTH = A("Prayuth Chan-ocha", "THA", ["GOV", "MIL"])
E("ac06", "Thai police turn water cannon on protesters", THAP, THAPR, REPR, "175", "2020-10-16", None, False, "headline")
E("ac06", "protesters defying emergency ban", THAPR, THAG, ["14"], "141", "2020-10", None, False, "headline, second event")
E("ac06", "Riot police fired water cannon laced with", THAP, THAPR, REPR, "175", "2020-10-16", P("Bangkok", "THA"), True,
  "water cannon to clear protesters 175 (17/18); 'Friday evening' in a Saturday paper; 'a central Bangkok shopping "
  "district' names Bangkok")
E("ac06", "since student-led demonstrations against Prime Minister Prayuth", THAPR, PRAYUTH, ["14"], "141", "2020-07", None,
  False, "nominal background protests whose agent is a modifier: optional")
E("ac06", "The crowds had gathered in defiance of", THAPR, THAG, ["14"], "141", "2020-10", None, True,
  "demonstration 141 against the government's ban; pluperfect without its own day: month")
E("ac06", "that Prayuth's government issued before dawn on", THAG, A("Thailand", "THA", None), ["17"], "1724",
  "2020-10-15", None, True, "emergency decree 1724 in a relative clause with its own agent and day")
E("ac06", "Police have arrested dozens of people under", THAP, A("Anon Nampa", "THA", ["OPP", "CVL"]), REPR, "173",
  "2020-10", None, True, "arrests 173; compound object, first named member required; present perfect: month")
E("ac06", "Police have arrested dozens of people under", THAP, A("Parit Chiwarak", "THA", ["OPP", "EDU", "CVL"]), REPR,
  "173", "2020-10", None, False, "second member: optional")
E("ac06", "Police have arrested dozens of people under", THAP,
  A("Panusaya Sithijirawattanakul", "THA", ["OPP", "EDU", "CVL"]), REPR, "173", "2020-10", None, False,
  "third member: optional")
E("ac06", "who have openly called for curbs on", A("Anon Nampa", "THA", ["OPP", "CVL"]),
  A("King Maha Vajiralongkorn", "THA", "GOV"), DEMAND, "1044", "2020", None, False,
  "undated demand in a relative clause: optional")
E("ac06", "after demonstrators jeered a royal motorcade carrying", THAPR, A("Queen Suthida", "THA", ["GOV", "ELI"]), JEER,
  "140", "2020-10-14", None, True, "dated act in an 'after' clause with its own agent; jeering 14/11")
E("ac06", "Two activists were charged on Friday with", THAP, A("Thai activists", "THA", ["OPP", "CVL"]), REPR, "173",
  "2020-10-16", None, False, "agentless passive: optional")
E("ac06", "Prayuth told reporters he would not resign", PRAYUTH, THAPR, ["12"], "1231", "2020-10", None, False,
  "refusal put as an intention: optional")
E("ac06", "warned protest leaders that the law would", PRAYUTH, THAPR, ["13"], "137", "2020-10", None, True,
  "threat of repression 137; no day: month")
E("ac06", "urged the government to free those held", A("U.N. human rights office", "UNO", "IGO"), THAG, DEMAND, "0253",
  "2020-10", None, False, "single outside reaction: optional")
F("ac06", "Any criticism of the monarchy can bring", "standing situation")
F("ac06", "It was not clear whether the government", "speculation")

# ---------------------------------------------------------------- ac07 Donetsk, Europe/Eurasia (Ukraine / Russia)
S("ac07", "2014-07-19", "Europe/Eurasia", """
Obama says missile from rebel-held area downed Malaysian airliner; Moscow blames Kiev

DONETSK, Ukraine —

President Barack Obama said on Friday that a surface-to-air missile fired from territory held by pro-Russian separatists had brought down a Malaysia Airlines jet over eastern Ukraine, killing all 298 people on board.

The Boeing 777, flying from Amsterdam to Kuala Lumpur, crashed into fields near the village of Hrabove on Thursday afternoon. Nearly two-thirds of the passengers were Dutch.

Ukrainian President Petro Poroshenko called the downing an act of terrorism and accused the rebels of carrying it out. His security service released recordings it said were intercepted calls in which separatist commanders discussed shooting down a plane.

Alexander Borodai, the self-declared prime minister of the rebels' Donetsk People's Republic, denied that his fighters had hit the airliner and said they had no weapons able to reach that height.

Russian President Vladimir Putin said Ukraine bore responsibility because the crash happened over its territory, after Kiev had resumed its offensive against the separatists at the start of the month.

Armed rebels let monitors from the Organization for Security and Co-operation in Europe see only part of the wreckage on Friday, and one gunman fired into the air as they approached, the monitors said.

Malaysian Prime Minister Najib Razak said that if the plane turned out to have been shot down, the perpetrators would have to be brought swiftly to justice.

It was not clear whether investigators would be able to reach the site before bodies and debris were moved.
""")
SEP = A("pro-Russian separatists", "UKR", ["REB", "UAF"])
UKR = A("Ukraine", "UKR", "GOV")
RUS = A("Russia", "RUS", "GOV")
MYS = A("Malaysia Airlines", "MYS", ["BUS", "CVL"])
OSCE = A("OSCE monitors", "IGO", "IGO")
E("ac07", "Obama says missile from rebel-held area downed", OBAMA, SEP, ["11"], "112", "2014-07-18", None, False, "headline")
E("ac07", "Malaysian airliner; Moscow blames Kiev", RUS, UKR, ["11"], "112", "2014-07", None, False, "headline, second event")
E("ac07", "a surface-to-air missile fired from territory held", SEP, MYS, ATTACK, "190", "2014-07", None, False,
  "the downing inside Obama's account, disputed by the rebels: optional; pluperfect without its own day: month")
E("ac07", "President Barack Obama said on Friday that", OBAMA, SEP, ["11"], "112", "2014-07-18", None, False,
  "placing the launch in rebel territory is an implicit accusation: optional")
E("ac07", "accused the rebels of carrying it out", A("Petro Poroshenko", "UKR", "GOV"), SEP, ["11"], "112", "2014-07", None,
  True, "accusation 112 ('called the downing an act of terrorism' in the same sentence); no day: month")
E("ac07", "His security service released recordings it said", A("Ukrainian security service", "UKR", ["SPY", "GOV"]), SEP,
  ["11"], "112", "2014-07", None, False, "publishing evidence against the rebels: optional")
E("ac07", "denied that his fighters had hit the", A("Alexander Borodai", "UKR", ["REB", "UAF"]), UKR, DENY, "016",
  "2014-07", None, True, "denial 016 (01/12); the accuser is Kiev; separatists coded to the country they are in")
E("ac07", "Putin said Ukraine bore responsibility because the", A("Vladimir Putin", "RUS", "GOV"), UKR, ["11"], "112",
  "2014-07", None, True, "counter-accusation 112; no day: month")
E("ac07", "after Kiev had resumed its offensive against", A("Ukraine", "UKR", ["GOV", "MIL"]), SEP, ["19"], "190",
  "2014-07", None, True, "dated background in an 'after' clause with its own agent; 'Kiev' = Ukraine; 'at the start of "
  "the month': month")
E("ac07", "Armed rebels let monitors from the Organization", SEP, OSCE, ["12", "17"], "1245", "2014-07-18", None, True,
  "restricting access of international monitors: refusal to allow international involvement 1245 (12/17); reported by "
  "the monitors, not a side; the wreckage's village is named only in another sentence: no place")
E("ac07", "one gunman fired into the air as", SEP, OSCE, ["13", "15", "18"], "150", "2014-07-18", None, False,
  "warning shots, no clean code: optional")
F("ac07", "if the plane turned out to have", "hypothetical demand")
F("ac07", "It was not clear whether investigators would", "speculation")

# ---------------------------------------------------------------- ac08 Berlin, Europe/Eurasia (Germany / Russia)
S("ac08", "2020-09-03", "Europe/Eurasia", """
Germany says Navalny was poisoned with Novichok, demands answers from Moscow

BERLIN, Germany —

Chancellor Angela Merkel said on Wednesday that tests at a German military laboratory had produced unequivocal proof that Russian opposition leader Alexei Navalny was poisoned with a Novichok nerve agent, and demanded that the Russian government explain what had happened.

"He was meant to be silenced," Merkel told reporters after briefing her cabinet. She called the poisoning an attempted murder and said Berlin would consult its European Union and NATO partners on a joint response.

The Foreign Ministry summoned Russia's ambassador, Sergei Nechayev, to protest.

The Kremlin rejected the accusation. Its spokesman, Dmitry Peskov, said there were no grounds to blame the Russian state, while the Foreign Ministry in Moscow accused Berlin of refusing to share its evidence.

Navalny, 44, collapsed on a flight from the Siberian city of Tomsk to Moscow on Aug. 20. His allies accused President Vladimir Putin of ordering the attack within hours, but Russian authorities declined last month to open a criminal case, saying doctors in Omsk, where the plane landed, had found no trace of poison.

He was flown to Berlin two days later after the doctors at first refused to let him be moved.

NATO Secretary-General Jens Stoltenberg said Moscow must cooperate with an impartial international investigation.

Navalny remained in an induced coma at the Charite hospital, which described his condition as serious but not life-threatening. Whether Berlin would reconsider the Nord Stream 2 gas pipeline with Russia was not clear.
""")
DEU = A("Germany", "DEU", "GOV")
MERKEL = A("Angela Merkel", "DEU", "GOV")
NAVALLIES = A("Navalny's allies", "RUS", ["OPP", "PTY"])
E("ac08", "Germany says Navalny was poisoned with Novichok", DEU, RUS, ["11"], "112", "2020-09-02", None, False, "headline")
E("ac08", "demands answers from Moscow", DEU, RUS, DEMAND, "101", "2020-09-02", None, False, "headline, second event")
E("ac08", "demanded that the Russian government explain what", MERKEL, RUS, DEMAND, "101", "2020-09-02", None, True,
  "demand for information 101 (10/02); 'on Wednesday' in a Thursday paper; the poisoning itself is an agentless passive, "
  "not coded")
E("ac08", "She called the poisoning an attempted murder", MERKEL, RUS, ["11"], "111", "2020-09", None, False,
  "condemnation with no named perpetrator: optional")
E("ac08", "The Foreign Ministry summoned Russia's ambassador, Sergei", DEU, A("Sergei Nechayev", "RUS", "GOV"), ["11"],
  "114", "2020-09", None, True, "summoning an envoy to protest 114 (news-dev); the German ministry by context; no day: "
  "month")
E("ac08", "The Kremlin rejected the accusation.", RUS, DEU, DENY, "016", "2020-09", None, True,
  "rejecting the accusation is a denial (01/12); 'the Kremlin' = Russia")
E("ac08", "said there were no grounds to blame", A("Dmitry Peskov", "RUS", "GOV"), DEU, DENY, "016", "2020-09", None, False,
  "restatement of the Kremlin's denial by its spokesman: optional")
E("ac08", "the Foreign Ministry in Moscow accused Berlin", RUS, DEU, ["11"], "112", "2020-09", None, True,
  "counter-accusation 112; 'Berlin' = Germany")
E("ac08", "His allies accused President Vladimir Putin of", NAVALLIES, A("Vladimir Putin", "RUS", "GOV"), ["11"], "112",
  "2020-08", None, True, "dated background accusation ('within hours' of Aug. 20; month, as the hours are not anchored "
  "in the sentence)")
E("ac08", "Russian authorities declined last month to open", A("Russian authorities", "RUS", ["GOV", "JUD", "COP"]),
  A("Alexei Navalny", "RUS", ["OPP", "PTY"]), ["12"], "120", "2020-08", None, False,
  "refusal to investigate: no clean code, optional; 'last month' in a September paper")
E("ac08", "after the doctors at first refused to", A("Omsk doctors", "RUS", "HLH"), A("Alexei Navalny", "RUS",
  ["OPP", "PTY"]), ["12"], "120", "2020-08", None, False, "refusal by hospital doctors: optional")
E("ac08", "said Moscow must cooperate with an impartial", A("Jens Stoltenberg", "IGO", "IGO"), RUS, DEMAND, "100",
  "2020-09", None, False, "single outside reaction: optional; NATO has no three-letter code here, so country null")
F("ac08", "Navalny remained in an induced coma at", "no political event (a condition)")
F("ac08", "Whether Berlin would reconsider the Nord Stream", "speculation")

# ---------------------------------------------------------------- ac09 Caracas, Americas (Venezuela / U.S.)
S("ac09", "2017-08-01", "Americas", """
Venezuelan agents haul opposition leaders Lopez and Ledezma back to jail

CARACAS, Venezuela —

Intelligence agents took opposition leaders Leopoldo Lopez and Antonio Ledezma from their homes in Caracas before dawn on Tuesday, two days after a vote for a new assembly that critics say will give President Nicolas Maduro unchecked power.

Both men had been under house arrest. The Supreme Court said they had broken its terms, citing political statements and intelligence that they planned to flee, and ordered them returned to prison.

Lopez's wife, Lilian Tintori, posted a video showing him being led away by men in uniform and said she held Maduro responsible for his life.

The raids came a day after the U.S. Treasury froze any assets Maduro holds under American jurisdiction and barred Americans from doing business with him, calling him a dictator.

Maduro brushed off the measures in a televised speech on Monday night, saying he did not take orders from Washington.

Opposition parties, which boycotted Sunday's vote, said at least ten people were killed in clashes with security forces as it took place. Colombia, Mexico, Peru and Argentina refused to recognise the result.

The 545-member assembly is due to take over the legislative palace later this week. It was not clear whether other opposition figures would be detained.
""")
SEBIN = A("Venezuelan intelligence agents", "VEN", ["SPY", "COP", "GOV"])
LOPEZ = A("Leopoldo Lopez", "VEN", ["OPP", "PTY"])
MADURO = A("Nicolas Maduro", "VEN", "GOV")
VENG = A("Venezuelan government", "VEN", "GOV")
VENO = A("Venezuelan opposition", "VEN", ["OPP", "PTY"])
E("ac09", "Venezuelan agents haul opposition leaders Lopez and", SEBIN, LOPEZ, REPR, "173", "2017-08-01", None, False,
  "headline")
E("ac09", "Intelligence agents took opposition leaders Leopoldo Lopez", SEBIN, LOPEZ, REPR, "173", "2017-08-01",
  P("Caracas", "VEN"), True, "seizure of a detainee 173; 'before dawn on Tuesday' in a Tuesday paper; the clause names "
  "Caracas; compound object, first member required")
E("ac09", "Intelligence agents took opposition leaders Leopoldo Lopez", SEBIN, A("Antonio Ledezma", "VEN", ["OPP", "PTY"]),
  REPR, "173", "2017-08-01", P("Caracas", "VEN"), False, "second member: optional")
E("ac09", "ordered them returned to prison", A("Venezuelan Supreme Court", "VEN", "JUD"), LOPEZ, ["17", "11"], "173",
  "2017-08", None, True, "a court ordering detention 173 (17/11); no day: month")
E("ac09", "said she held Maduro responsible for his", A("Lilian Tintori", "VEN", ["OPP", "CVL"]), MADURO, ["11"], "112",
  "2017-08", None, True, "accusation 112; no day: month")
E("ac09", "a day after the U.S. Treasury froze", USA, MADURO, SANCT, "163", "2017-07-31", None, True,
  "sanctions on a person 163 (16/17) in a 'a day after' clause with its own agent; the raids were on Tuesday")
E("ac09", "calling him a dictator", USA, MADURO, ["11"], "111", "2017-07-31", None, False,
  "insult in a participle clause: optional")
E("ac09", "Maduro brushed off the measures in a", MADURO, USA, REJECT, "120", "2017-07-31", None, True,
  "rejecting sanctions 120 (12/11); 'Monday night'; 'Washington' = the United States")
E("ac09", "which boycotted Sunday's vote", VENO, VENG, ["14"], "143", "2017-07-30", None, True,
  "dated boycott in a relative clause with its own agent: 143")
E("ac09", "killed in clashes with security forces as", A("Venezuelan security forces", "VEN", ["COP", "MIL"]),
  A("Venezuelan protesters", "VEN", ["CVL", "OPP"]), ["17", "18", "19"], "175", "2017-07-30", None, False,
  "killings inside the opposition's account: optional")
E("ac09", "Colombia, Mexico, Peru and Argentina refused to", A("Colombia", "COL", "GOV"), VENG, ["12"], "120", "2017-07",
  None, True, "stated refusal to recognise an election 12; compound subject, first member required; no day: month")
E("ac09", "Colombia, Mexico, Peru and Argentina refused to", A("Mexico", "MEX", "GOV"), VENG, ["12"], "120", "2017-07",
  None, False, "second member: optional")
E("ac09", "Colombia, Mexico, Peru and Argentina refused to", A("Peru", "PER", "GOV"), VENG, ["12"], "120", "2017-07",
  None, False, "third member: optional")
E("ac09", "Colombia, Mexico, Peru and Argentina refused to", A("Argentina", "ARG", "GOV"), VENG, ["12"], "120", "2017-07",
  None, False, "fourth member: optional")
F("ac09", "The 545-member assembly is due to take", "planned, not done")
F("ac09", "It was not clear whether other opposition", "speculation")

# ---------------------------------------------------------------- ac10 Sao Bernardo do Campo, Americas (Brazil)
S("ac10", "2018-04-08", "Americas", """
Lula hands himself in to police after standoff with supporters at union hall

SAO BERNARDO DO CAMPO, Brazil —

Former Brazilian President Luiz Inacio Lula da Silva handed himself over to federal police on Saturday evening, ending a two-day standoff at a metalworkers' union hall here where thousands of supporters had gathered to prevent his arrest.

Lula, 72, was flown to the southern city of Curitiba to begin a 12-year sentence for corruption and money laundering.

Judge Sergio Moro had ordered him on Thursday to report to police in Curitiba by 5 p.m. on Friday, hours after the Supreme Court rejected by six votes to five his plea to stay free while he pursued further appeals.

The former president let the deadline pass. On Saturday, after a Mass for his late wife, he told the crowd he would obey the warrant but insisted he was innocent and the victim of political persecution.

When he first tried to leave, supporters blocked the gates of the building and refused to let his car through. He walked out about an hour later.

Outside federal police headquarters in Curitiba, officers fired rubber bullets and stun grenades at supporters who tried to approach as his helicopter landed, injuring several people.

Lula was convicted by Moro last July of accepting a beachfront apartment as a bribe from a construction firm, and an appeals court upheld the verdict in January.

Polls had shown him leading the race for October's presidential election. Whether the electoral courts would let him run from a prison cell was unclear.
""")
LULA = A("Luiz Inacio Lula da Silva", "BRA", ["ELI", "OPP", "PTY"])
BRAP = A("Brazilian federal police", "BRA", "COP")
MORO = A("Sergio Moro", "BRA", "JUD")
LULAS = A("Lula supporters", "BRA", ["CVL", "PTY", "OPP"])
E("ac10", "Lula hands himself in to police after", LULA, BRAP, ["08"], "080", "2018-04-07", None, False, "headline")
E("ac10", "handed himself over to federal police on", LULA, BRAP, ["08"], "080", "2018-04-07",
  P("Sao Bernardo do Campo", "BRA"), True, "surrender to the police: yielding 08; 'Saturday evening' in a Sunday paper; "
  "'here' = the dateline")
E("ac10", "handed himself over to federal police on", BRAP, LULA, REPR, "173", "2018-04-07",
  P("Sao Bernardo do Campo", "BRA"), False, "the same act seen as an arrest by the police: optional")
E("ac10", "where thousands of supporters had gathered to", LULAS, A("Brazilian judiciary", "BRA", ["JUD", "COP"]), ["14"],
  "141", "2018-04", None, False, "undated rally in a relative clause: optional")
E("ac10", "Judge Sergio Moro had ordered him on", MORO, LULA, ["17"], "173", "2018-04-05", None, True,
  "order to report to jail 173; 'on Thursday'; the order names Curitiba as where to report, not where it was given")
E("ac10", "hours after the Supreme Court rejected by", A("Brazilian Supreme Court", "BRA", "JUD"), LULA,
  ["12", "17", "11"], "1243", "2018-04-05", None, True, "refusing to let a person stay free 1243 (12/17/11) in an 'hours "
  "after' clause with its own agent")
E("ac10", "insisted he was innocent and the victim", LULA, A("Brazilian judiciary", "BRA", "JUD"), ["11"], "112",
  "2018-04-07", None, False, "claim of persecution with no named persecutor: optional")
E("ac10", "supporters blocked the gates of the building", LULAS, LULA, ["14", "12"], "144", "2018-04", None, True,
  "obstruction 144 (14/12); the sentence has no day of its own: month")
E("ac10", "officers fired rubber bullets and stun grenades", BRAP, LULAS, REPR, "175", "2018-04", P("Curitiba", "BRA"),
  True, "force on supporters 175 (17/18); unnamed officers are the story's country's; the clause names Curitiba; no day: "
  "month")
E("ac10", "Lula was convicted by Moro last July", MORO, LULA, VERDICT, "116", "2017-07", None, True,
  "dated background verdict, passive with its agent: court verdicts 11/17; 'last July' in an April 2018 paper")
E("ac10", "an appeals court upheld the verdict in", A("Brazilian appeals court", "BRA", "JUD"), LULA, VERDICT, "116",
  "2018-01", None, True, "dated background appeal ruling: 11/17; 'in January'")
F("ac10", "Polls had shown him leading the race", "standing situation")
F("ac10", "Whether the electoral courts would let him", "speculation")

# ---------------------------------------------------------------- ac11 Islamabad, South Asia (Pakistan)
S("ac11", "2007-12-29", "South Asia", """
Pakistan blames Taliban commander for Bhutto killing; her party cries cover-up

ISLAMABAD, Pakistan —

Pakistan's government said on Friday that Baitullah Mehsud, a Taliban commander with links to al Qaeda, was behind the assassination of opposition leader Benazir Bhutto, and released what it said was an intercepted call in which he congratulated his men.

Bhutto was killed on Thursday as she left a rally in the garrison city of Rawalpindi, when a gunman fired at her vehicle and a suicide bomber blew himself up beside it. More than 20 other people died.

A spokesman for Mehsud denied on Saturday that the militant had any part in the attack, saying tribal fighters did not strike at women.

The interior ministry also said Bhutto had died when her head struck a lever on the sunroof of her vehicle, not from bullet wounds. Her Pakistan People's Party rejected that account and accused the authorities of covering up failures in her security.

Rioters burned banks, railway stations and hundreds of vehicles across Sindh, Bhutto's home province, in two days of unrest that left at least 38 people dead. Paramilitary Rangers there were given orders to shoot rioters on sight.

Former Prime Minister Nawaz Sharif said his party would boycott the Jan. 8 parliamentary election.

President Pervez Musharraf, who declared three days of mourning, appealed for calm.

Pakistan's army has ruled the country for more than half of its 60 years of independence. Whether the election would go ahead on schedule was not clear.
""")
PAKG = A("Pakistan", "PAK", "GOV")
MEHSUD = A("Baitullah Mehsud", "PAK", ["RAD", "REB"])
BHUTTO = A("Benazir Bhutto", "PAK", ["OPP", "PTY"])
PPP = A("Pakistan People's Party", "PAK", ["PTY", "OPP"])
E("ac11", "Pakistan blames Taliban commander for Bhutto killing", PAKG, MEHSUD, ["11"], "112", "2007-12-28", None, False,
  "headline")
E("ac11", "her party cries cover-up", PPP, PAKG, ["11"], "112", "2007-12", None, False, "headline, second event")
E("ac11", "Pakistan's government said on Friday that Baitullah", PAKG, MEHSUD, ["11"], "112", "2007-12-28", None, True,
  "naming him as behind the killing is an accusation 112; 'on Friday' in a Saturday paper")
E("ac11", "when a gunman fired at her vehicle", A("unnamed gunman", None, None), BHUTTO, ["18", "19"], "180",
  "2007-12-27", P("Rawalpindi", "PAK"), True, "attack in a 'when' clause with its own agent; unnamed gunman null/null "
  "(news-dev); the sentence names Rawalpindi; 'on Thursday'")
E("ac11", "a suicide bomber blew himself up beside", A("unnamed suicide bomber", None, None), BHUTTO, ["18"], "1831",
  "2007-12-27", P("Rawalpindi", "PAK"), True, "second clause with its own agent: suicide bombing 1831")
E("ac11", "A spokesman for Mehsud denied on Saturday", MEHSUD, PAKG, DENY, "016", "2007-12-29", None, True,
  "denial 016 (01/12); the spokesman stands for Mehsud; 'on Saturday' in a Saturday paper")
E("ac11", "Her Pakistan People's Party rejected that account", PPP, PAKG, ["12", "11", "01"], "120", "2007-12", None,
  False, "rejecting the official account: no clean code, optional")
E("ac11", "accused the authorities of covering up failures", PPP, PAKG, ["11"], "112", "2007-12", None, True,
  "accusation 112; no day: month")
E("ac11", "Rioters burned banks, railway stations and hundreds", A("Pakistani rioters", "PAK", ["CVL", "OPP"]),
  A("Pakistan", "PAK", None), VPROT, "145", "2007-12", None, True, "riot 145 (14/18/17); 'across Sindh' is an area, "
  "not a place; 'two days': month")
E("ac11", "Paramilitary Rangers there were given orders to", PAKG, A("Pakistani rioters", "PAK", ["CVL", "OPP"]), ["13"],
  "137", "2007-12", None, False, "agentless passive, a shoot-on-sight order: optional")
E("ac11", "said his party would boycott the Jan.", A("Nawaz Sharif", "PAK", ["PTY", "OPP"]), PAKG, ["14"], "143",
  "2007-12", None, False, "announced boycott of a future vote: optional")
E("ac11", "who declared three days of mourning, appealed", A("Pervez Musharraf", "PAK", ["GOV", "MIL"]),
  A("Pakistan", "PAK", None), ["02"], "020", "2007-12", None, False, "appeal for calm to the public: optional")
F("ac11", "Pakistan's army has ruled the country for", "standing situation")
F("ac11", "Whether the election would go ahead on", "speculation")

# ---------------------------------------------------------------- ac12 Honiara, Pacific (Solomon Islands / Australia)
S("ac12", "2021-11-26", "Pacific", """
Australia sends police and troops to Solomons as rioters torch Honiara's Chinatown

HONIARA, Solomon Islands —

Australia began flying police officers and soldiers to the Solomon Islands on Thursday after Prime Minister Manasseh Sogavare asked for help to quell riots that have left much of the capital's Chinatown in ashes.

Australian Prime Minister Scott Morrison said the force was going under a 2017 security treaty between the two countries and that its presence did not signal a position on the islands' internal politics. Morrison said the Australians would not be used to guard parliament.

Crowds, many from the neighbouring island of Malaita, tried to storm the parliament building on Wednesday to demand Sogavare's resignation. Police fired tear gas to drive them back, and the protesters set fire to a police station and a thatched building beside parliament.

Looters ransacked and burned shops in Chinatown for a second day on Thursday despite a 36-hour lockdown the government ordered on Wednesday night.

In a national address, Sogavare said he would not step down and blamed the unrest on people he said had been misled by foreign powers opposed to his government's 2019 decision to switch diplomatic recognition from Taiwan to China.

Daniel Suidani, the premier of Malaita and an outspoken critic of Beijing, denied any role in the violence and said Sogavare had put the interests of foreigners ahead of his own people.

China's embassy urged the government to protect Chinese citizens and businesses.

Whether the Australian force would stay once calm returned was not clear.
""")
AUS = A("Australia", "AUS", ["GOV", "MIL", "COP"])
SLBG = A("Solomon Islands government", "SLB", "GOV")
SOGA = A("Manasseh Sogavare", "SLB", "GOV")
SLBPR = A("Solomon Islands protesters", "SLB", ["CVL", "OPP"])
SLBP = A("Solomon Islands police", "SLB", "COP")
E("ac12", "Australia sends police and troops to Solomons", AUS, SLBG, DEPLOY, "074", "2021-11-25", None, False, "headline")
E("ac12", "rioters torch Honiara's Chinatown", SLBPR, SLBG, ARSON, "145", "2021-11", P("Honiara", "SLB"), False,
  "headline, second event")
E("ac12", "Australia began flying police officers and soldiers", AUS, SLBG, DEPLOY, "074", "2021-11-25", None, True,
  "security forces sent at the host's request 07/15 (news-dev's peacekeeping deployment); 'to the Solomon Islands' is a "
  "destination, not a place; 'on Thursday' in a Friday paper")
E("ac12", "after Prime Minister Manasseh Sogavare asked for", SOGA, A("Australia", "AUS", "GOV"), ["02", "10"], "0232",
  "2021-11", None, True, "request for security help 0232 (as owned21's request for troops) in an 'after' clause with its "
  "own agent; target Australia by context; no day: month")
E("ac12", "under a 2017 security treaty between the", A("Australia", "AUS", "GOV"), SLBG, AGREE, "057", "2017", None,
  False, "nominal background treaty: optional")
E("ac12", "tried to storm the parliament building on", SLBPR, SLBG, VPROT, "145", "2021-11-24", None, True,
  "attempt to storm parliament 145 (14/18/17); 'Crowds' from Malaita are Solomon Islanders; 'the parliament building' "
  "is not named: no place")
E("ac12", "to demand Sogavare's resignation", SLBPR, SOGA, DEMAND, "1041", "2021-11-24", None, False,
  "purpose clause: optional")
E("ac12", "Police fired tear gas to drive them", SLBP, SLBPR, REPR, "175", "2021-11", None, True,
  "tear gas on protesters 175 (17/18); unnamed police are the story's country's; no day of its own: month")
E("ac12", "the protesters set fire to a police", SLBPR, SLBP, ARSON, "145", "2021-11", None, True,
  "arson on a police station 14/18/17; compound object, first member required; no day of its own: month")
E("ac12", "Looters ransacked and burned shops in Chinatown", A("looters", "SLB", "CVL"), A("Chinatown businesses", "SLB",
  "BUS"), ARSON, "145", "2021-11-25", None, False, "looting, no named side: optional")
E("ac12", "a 36-hour lockdown the government ordered on", SLBG, A("Solomon Islands", "SLB", None), ["17"], "1723",
  "2021-11-24", None, True, "lockdown as curfew 1723 in a relative clause with its own agent and day ('Wednesday night')")
E("ac12", "Sogavare said he would not step down", SOGA, SLBPR, ["12"], "1231", "2021-11", None, False,
  "refusal put as an intention: optional")
E("ac12", "blamed the unrest on people he said", SOGA, A("foreign powers", None, "GOV"), ["11"], "112", "2021-11", None,
  True, "accusation 112 against unnamed foreign powers (null/GOV, as news-dev's 'some UN member states'); no day: month")
E("ac12", "his government's 2019 decision to switch diplomatic", SLBG, A("Taiwan", "TWN", "GOV"), ["16"], "161", "2019",
  None, False, "nominal background break with Taiwan, agent as a possessive: optional")
E("ac12", "denied any role in the violence and", A("Daniel Suidani", "SLB", ["GOV", "OPP"]), SOGA, DENY, "016",
  "2021-11", None, True, "denial 016 (01/12); the accuser is Sogavare's government")
E("ac12", "said Sogavare had put the interests of", A("Daniel Suidani", "SLB", ["GOV", "OPP"]), SOGA, ["11"], "111",
  "2021-11", None, False, "criticism in the second verb: optional")
E("ac12", "China's embassy urged the government to protect", A("China", "CHN", "GOV"), SLBG, ["02", "10"], "0234",
  "2021-11", None, False, "single outside reaction: optional")
F("ac12", "Morrison said the Australians would not be", "negated intention")
F("ac12", "Whether the Australian force would stay once", "speculation")

if __name__ == "__main__":
    write(HERE)
