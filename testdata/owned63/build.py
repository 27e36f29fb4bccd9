#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned63 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or test read; dateline and go not run).
Coding notes are kept per line. Run: python3 testdata/owned63/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18", "17"]

# ---------------------------------------------------------------- bl01 Tunis, Africa (Tunisia)
S("bl01", "1987-11-07", "Africa", """
Tunisia's prime minister removes Bourguiba as unfit to rule and takes over as president

TUNIS, Tunisia —

Prime Minister Zine el-Abidine Ben Ali removed President Habib Bourguiba from office early on Saturday, declaring that the 84-year-old leader was too old and ill to carry out his duties.

In a statement read on state radio at dawn, Ben Ali said a panel of seven doctors had found Bourguiba incapable of governing, and that under the constitution he would himself serve as president and head of the armed forces.

Troops and police took up positions around the presidential palace at Carthage and outside ministries in the capital, and officials said Bourguiba was being kept at a residence under guard.

Ben Ali, a former general and interior minister whom Bourguiba named prime minister only five weeks ago, promised political reform and said the age of presidency for life was over.

In September, the State Security Court sentenced Rached Ghannouchi, leader of the Islamic Tendency Movement, to life at hard labour. Police had arrested him in March, accusing the movement of plotting against the state.

The Islamic Tendency Movement welcomed the change in a statement issued in Paris. Ahmed Mestiri, leader of the opposition Movement of Socialist Democrats, called on the new president to free all political prisoners.

Bourguiba, who led the country to independence from France, was proclaimed president for life in 1975.

It was not clear when elections would be held or what part the ruling party would play in them.
""")
BENALI = A("Zine el-Abidine Ben Ali", "TUN", "GOV")
BOURG = A("Habib Bourguiba", "TUN", "GOV")
ITM = A("Islamic Tendency Movement", "TUN", ["OPP", "RAD"])
TUNCOP = A("Tunisian police", "TUN", "COP")
E("bl01", "Tunisia's prime minister removes Bourguiba as unfit", BENALI, BOURG, ["17", "19"], "172", "1987-11-07", None,
  False, "headline")
E("bl01", "removed President Habib Bourguiba from office early", BENALI, BOURG, ["17", "19"], "172", "1987-11-07", None,
  True, "removal of a president on a medical finding 172 (17, with news-dev's coup roots 17/19 also right); 'early on "
  "Saturday' in a Saturday paper; the lead names no place")
E("bl01", "Troops and police took up positions around", A("Tunisian troops", "TUN", "MIL"), BOURG, ["15", "17"], "150",
  "1987-11", P("Carthage", "TUN"), False, "deployment around the palace 150 (15/17), compound subject, first member; "
  "the target is implied: optional; 'at Carthage' names the place; no day in the sentence: month")
E("bl01", "officials said Bourguiba was being kept at", A("Tunisia's government", "TUN", "GOV"), BOURG, ["17"], "173",
  "1987-11", None, False, "agentless house arrest inside officials' word: optional")
E("bl01", "promised political reform and said the age", BENALI, A("Tunisians", "TUN", "CVL"), ["03"], "034", "1987-11",
  None, True, "intent to institute political reform 034; the relative about his appointment five weeks ago is no "
  "CAMEO event; no day of its own: month")
E("bl01", "State Security Court sentenced Rached Ghannouchi, leader", A("Tunisia's State Security Court", "TUN", "JUD"),
  A("Rached Ghannouchi", "TUN", ["OPP", "RAD"]), ["17", "11"], "173", "1987-09", None, True,
  "prison sentence 173 (17/11, news-dev's court verdicts); dated background 'In September'")
E("bl01", "Police had arrested him in March, accusing", TUNCOP, A("Rached Ghannouchi", "TUN", ["OPP", "RAD"]), ["17"],
  "173", "1987-03", None, True, "dated background arrest 173 ('in March'); 'him' = Ghannouchi; unnamed police are "
  "Tunisia's")
E("bl01", "accusing the movement of plotting against the", TUNCOP, ITM, ["11"], "112", "1987-03", None, False,
  "accusation as a participle of the arrest: optional")
E("bl01", "The Islamic Tendency Movement welcomed the change", ITM, BENALI, ["05"], "051", "1987-11", None, True,
  "welcoming the takeover 051; 'issued in Paris' is where the statement came out, not the place of an act in "
  "Tunisia: null; month")
E("bl01", "called on the new president to free", A("Ahmed Mestiri", "TUN", ["OPP", "PTY"]), BENALI, DEMAND, "1053",
  "1987-11", None, True, "demand for the release of prisoners 1053 (10/02); 'the new president' = Ben Ali; month")
F("bl01", "was proclaimed president for life in 1975", "historical aside, an agentless proclamation with no actor")
F("bl01", "It was not clear when elections would", "speculation")

# ---------------------------------------------------------------- bl02 Johannesburg, Africa (South Africa)
S("bl02", "1977-09-15", "Africa", """
Editor accuses South African police over Biko's death in detention; Kruger says it leaves him cold

JOHANNESBURG, South Africa —

Steve Biko, the founder of South Africa's Black Consciousness movement, died in a Pretoria prison cell on Monday after nearly four weeks in detention, and Justice Minister James Kruger told a party congress on Wednesday that the death left him cold.

Security police detained Biko at a roadblock near Grahamstown on Aug. 18 under the Terrorism Act, which allows indefinite detention without trial.

Donald Woods, the editor of the Daily Dispatch in East London and a friend of Biko's, accused the police of responsibility for the death and demanded a full judicial inquiry.

Kruger, who announced the death on Tuesday, said Biko, 30, had refused food since Sept. 5. He denied that the security police had assaulted the prisoner and said an inquest would be held.

Helen Suzman, of the opposition Progressive Federal Party, demanded that the minister resign.

The government had banned Biko in 1973, confining him to his home town of King William's Town and forbidding him to speak in public or to be quoted.

Black students at Fort Hare and at the University of the North boycotted classes on Wednesday in mourning, and in Washington the State Department said it was shocked and called on Pretoria to explain the circumstances of the death.

At least 20 political detainees have died in police custody in South Africa since March 1976.

It was not clear when the inquest would open.
""")
BIKO = A("Steve Biko", "ZAF", ["OPP", "RAD"])
ZAFSP = A("South African security police", "ZAF", ["COP", "SPY"])
KRUGER = A("James Kruger", "ZAF", "GOV")
WOODS = A("Donald Woods", "ZAF", "MED")
E("bl02", "Editor accuses South African police over Biko's", WOODS, ZAFSP, ["11"], "112", "1977-09", None, False,
  "headline")
E("bl02", "Security police detained Biko at a roadblock", ZAFSP, BIKO, ["17"], "173", "1977-08-18",
  P("Grahamstown", "ZAF"), True, "dated background detention 173 ('on Aug. 18'); 'near Grahamstown' names the place; "
  "the relative on the Terrorism Act is standing law, not coded")
E("bl02", "accused the police of responsibility for the", WOODS, ZAFSP, ["11"], "112", "1977-09", None, True,
  "accusation 112; 'the police' = the security police; no day of its own: month")
E("bl02", "and demanded a full judicial inquiry", WOODS, A("South Africa's government", "ZAF", "GOV"), DEMAND, "101",
  "1977-09", None, False, "demand for an investigation 101 (10/02), second verb: optional")
E("bl02", "He denied that the security police had", KRUGER, WOODS, DENY, "016", "1977-09", None, True,
  "denial 016 (01/12); 'He' = Kruger; answers the editor's charge; no day of its own: month (the Tuesday of the "
  "announcement is in the previous sentence)")
E("bl02", "Helen Suzman, of the opposition Progressive Federal", A("Helen Suzman", "ZAF", ["OPP", "LEG"]), KRUGER, DEMAND,
  "1041", "1977-09", None, True, "demand for a resignation 1041 (10/02); 'the minister' = Kruger; month")
E("bl02", "The government had banned Biko in 1973,", A("South Africa's government", "ZAF", "GOV"), BIKO, ["17"], "1721",
  "1973", None, True, "banning order 1721 (restriction of political freedoms); dated background 'in 1973'")
E("bl02", "Black students at Fort Hare and at", A("South African black students", "ZAF", ["CVL", "EDU"]),
  A("South Africa's government", "ZAF", "GOV"), ["14"], "143", "1977-09-14", None, True,
  "boycott of classes 143; 'on Wednesday' in a Thursday paper; Fort Hare and the University of the North are "
  "campuses, not cities: no place")
E("bl02", "called on Pretoria to explain the circumstances", A("U.S. State Department", "USA", "GOV"),
  A("South Africa's government", "ZAF", "GOV"), DEMAND, "101", "1977-09", P("Washington", "USA"), False,
  "single outside reaction: optional; 'Pretoria' is the government, not a place; 'in Washington' is where the "
  "department spoke")
F("bl02", "At least 20 political detainees have died", "count, no actor")
F("bl02", "It was not clear when the inquest", "speculation")

# ---------------------------------------------------------------- bl03 Tehran, Middle East (Iran)
S("bl03", "1978-09-09", "Middle East", """
Iranian troops fire on Tehran crowd as shah's government imposes martial law

TEHRAN, Iran —

Troops opened fire on thousands of anti-government demonstrators in Tehran's Jaleh Square on Friday, hours after the government placed the capital and 11 other cities under martial law, witnesses and officials said.

The government put the death toll at 58, while opposition leaders said several hundred people had died.

Gen. Gholam Ali Oveissi, named military governor of Tehran, banned all gatherings of more than three people and imposed a night curfew from 9 p.m.

On Thursday, hundreds of thousands of people had marched through north Tehran, demanding the return of Ayatollah Ruhollah Khomeini from exile in Iraq and an end to the shah's rule.

Prime Minister Jafar Sharif-Emami, who took office less than two weeks ago promising a government of national reconciliation, accused foreign-backed agitators of trying to plunge the country into chaos and said firm measures were needed to restore order.

The unrest deepened after a fire at a cinema in Abadan killed more than 370 people on Aug. 19. Opposition leaders blamed the secret police, SAVAK, for the blaze; the authorities blamed Islamic militants.

The shah, who has promised free parliamentary elections next year, did not speak in public.

In Washington, a State Department spokesman said the United States regretted the loss of life and hoped the shah's programme of liberalisation would go on.

It was unclear whether the religious leaders who organised the marches would call new protests.
""")
IRNMIL = A("Iranian troops", "IRN", "MIL")
IRNP = A("Iranian protesters", "IRN", ["CVL", "OPP"])
IRNG = A("Iran's government", "IRN", "GOV")
SHAH = A("Mohammad Reza Pahlavi", "IRN", "GOV")
E("bl03", "Iranian troops fire on Tehran crowd as", IRNMIL, IRNP, REPR, "175", "1978-09-08", P("Tehran", "IRN"), False,
  "headline")
E("bl03", "shah's government imposes martial law", IRNG, IRNP, ["17"], "1724", "1978-09-08", P("Tehran", "IRN"), False,
  "headline, second event")
E("bl03", "Troops opened fire on thousands of anti-government", IRNMIL, IRNP, REPR, "175", "1978-09-08",
  P("Tehran", "IRN"), True, "live fire on protesters 175 (17/18); 'in Tehran's Jaleh Square' names the place; 'on "
  "Friday' before a Saturday paper; unnamed troops are Iran's")
E("bl03", "hours after the government placed the capital", IRNG, IRNP, ["17"], "1724", "1978-09-08", P("Tehran", "IRN"),
  True, "martial law 1724 in an 'hours after' clause with its own agent; 'the capital' = Tehran (the first of the "
  "places the clause names); target the protesters it was aimed at")
E("bl03", "banned all gatherings of more than three", A("Gholam Ali Oveissi", "IRN", "MIL"), IRNP, ["17"], "1721",
  "1978-09", P("Tehran", "IRN"), True, "ban on gatherings 1721; 'military governor of Tehran' makes the ban's reach "
  "Tehran; no day in the sentence: month")
E("bl03", "imposed a night curfew from 9 p.m.", A("Gholam Ali Oveissi", "IRN", "MIL"), A("Tehran residents", "IRN", "CVL"),
  ["17"], "1723", "1978-09", P("Tehran", "IRN"), True, "curfew 1723, second act of the same general, its own event: "
  "required; month")
E("bl03", "had marched through north Tehran, demanding the", IRNP, SHAH, ["14"], "141", "1978-09-07",
  P("Tehran", "IRN"), True, "dated background march 141 ('On Thursday' before a Saturday paper); 'through north "
  "Tehran' names the place; target the shah's rule")
E("bl03", "demanding the return of Ayatollah Ruhollah Khomeini", IRNP, SHAH, DEMAND, "1041", "1978-09-07", None, False,
  "demand inside a participle: optional")
E("bl03", "accused foreign-backed agitators of trying to plunge", A("Jafar Sharif-Emami", "IRN", "GOV"), IRNP, ["11"],
  "112", "1978-09", None, True, "accusation 112; target the agitators = the protest movement (the text names no "
  "foreign country); no day of its own: month")
E("bl03", "Opposition leaders blamed the secret police, SAVAK,", A("Iranian opposition leaders", "IRN", ["OPP", "REL"]),
  A("SAVAK", "IRN", ["SPY", "GOV"]), ["11"], "112", "1978-08", None, False, "blame 112 after the Aug. 19 fire, each "
  "side blaming the other: optional (one side's account); month of the fire")
E("bl03", "the United States regretted the loss of", A("U.S. State Department", "USA", "GOV"), IRNG, ["01"], "018",
  "1978-09", P("Washington", "USA"), False, "single outside reaction, empathetic comment 018: optional")
F("bl03", "The government put the death toll at", "count")
F("bl03", "It was unclear whether the religious leaders", "speculation")

# ---------------------------------------------------------------- bl04 Tunis, Middle East (PLO / Israel / Tunisia)
S("bl04", "1988-04-17", "Middle East", """
PLO's Abu Jihad shot dead at Tunis home; Palestinians riot in occupied lands

TUNIS, Tunisia —

Gunmen killed Khalil al-Wazir, the PLO's military commander better known as Abu Jihad, at his villa in a suburb of Tunis early on Saturday, and the Palestine Liberation Organisation blamed Israel for the attack.

Tunisian officials said the attackers, who came ashore in rubber boats, shot dead two guards and a gardener before firing dozens of bullets into al-Wazir in front of his wife.

Israeli officials declined to comment. Prime Minister Yitzhak Shamir told reporters he had heard about the killing on the radio.

Tunisia accused Israel of violating its sovereignty and said it would take the matter to the U.N. Security Council.

Al-Wazir, Yasser Arafat's deputy, was widely seen as the organiser of the Palestinian uprising that broke out in the occupied territories in December.

News of his death set off protests across the West Bank and the Gaza Strip. Thousands of Palestinians stoned army patrols and burned tyres, and troops shot dead at least 12 of them on Saturday, the heaviest toll of any day since the revolt began.

In October 1985, Israeli jets bombed the PLO's headquarters at Hammam Chott, south of Tunis, killing about 60 people.

The PLO has had its headquarters in Tunisia since its fighters were forced out of Beirut in 1982.

It was not clear who would take over al-Wazir's duties.
""")
GUNMEN = A("unidentified gunmen", None, None)
WAZIR = A("Khalil al-Wazir", "PSE", ["REB", "GOV"])
PLO = A("Palestine Liberation Organisation", "PSE", ["REB", "GOV"])
ISR = A("Israel", "ISR", "GOV")
ISRMIL = A("Israeli troops", "ISR", "MIL")
PSEP = A("Palestinian protesters", "PSE", ["CVL", "OPP"])
E("bl04", "PLO's Abu Jihad shot dead at Tunis", GUNMEN, WAZIR, ATTACK, "186", "1988-04-16", P("Tunis", "TUN"), False,
  "headline")
E("bl04", "Palestinians riot in occupied lands", PSEP, ISRMIL, VPROT, "145", "1988-04-16", None, False,
  "headline, second event")
E("bl04", "Gunmen killed Khalil al-Wazir, the PLO's military", GUNMEN, WAZIR, ATTACK, "186", "1988-04-16",
  P("Tunis", "TUN"), True, "assassination by unnamed gunmen 186 (18/19/20), null/null as news-dev (the text says only "
  "that the PLO blamed Israel); 'in a suburb of Tunis' names Tunis; 'early on Saturday' before a Sunday paper")
E("bl04", "the Palestine Liberation Organisation blamed Israel for", PLO, ISR, ["11"], "112", "1988-04-16", None, True,
  "blame 112, second clause of the lead joined by 'and' after the Saturday killing: the same day (month also right)")
E("bl04", "shot dead two guards and a gardener", GUNMEN, A("al-Wazir's guards", "PSE", ["REB", "GOV"]), ATTACK, "180",
  "1988-04-16", None, False, "further killings inside Tunisian officials' account of the same raid: optional")
E("bl04", "Israeli officials declined to comment", ISR, PLO, ["01"], "011", "1988-04", None, False,
  "declining comment 011 (PLOVER none): optional")
E("bl04", "Tunisia accused Israel of violating its sovereignty", A("Tunisia", "TUN", "GOV"), ISR, ["11"], "112",
  "1988-04", None, True, "accusation 112; 'said it would take the matter' is an intention, not coded; no day: month")
E("bl04", "Thousands of Palestinians stoned army patrols and", PSEP, ISRMIL, VPROT, "145", "1988-04-16", None, True,
  "violent protest 145 (14/18/17); the clause shares 'on Saturday' with the shooting; the West Bank and Gaza are "
  "named in the previous sentence, not in this one: no place")
E("bl04", "troops shot dead at least 12 of", ISRMIL, PSEP, REPR, "175", "1988-04-16", None, True,
  "live fire on protesters 175 (17/18); the troops are Israel's ('army patrols' in occupied land); 'on Saturday'")
E("bl04", "News of his death set off protests", PSEP, ISRMIL, ["14"], "141", "1988-04", None, False,
  "lead summary of the protests detailed next: optional")
E("bl04", "Israeli jets bombed the PLO's headquarters at", A("Israeli air force", "ISR", "MIL"), PLO, ["19"], "195",
  "1985-10", P("Hammam Chott", "TUN"), True, "dated background air strike 195 ('In October 1985'); 'at Hammam Chott' "
  "names the place")
F("bl04", "The PLO has had its headquarters in", "standing situation; the 1982 expulsion is an agentless aside")
F("bl04", "It was not clear who would take", "speculation")

# ---------------------------------------------------------------- bl05 Bangkok, Asia (Cambodia)
S("bl05", "1975-04-18", "Asia", """
Khmer Rouge take Phnom Penh as Lon Nol's army lays down arms

BANGKOK, Thailand —

Khmer Rouge insurgents marched into Phnom Penh on Thursday after the government of the Khmer Republic surrendered, ending five years of civil war, according to Cambodian broadcasts monitored here.

A senior army commander, Mey Sichan, went on the radio to order government troops to stop fighting and hand over their weapons, minutes before the station was taken over.

In its first broadcast from the capital, the insurgent command ordered all ministers and generals of the former government to report to the Information Ministry.

Insurgent rockets and artillery had pounded Pochentong airport and the city's outskirts for weeks. The United States flew its last diplomats out of Phnom Penh by helicopter on Saturday.

President Lon Nol, who ousted Prince Norodom Sihanouk in a coup in March 1970, left the country on April 1.

Sihanouk, the nominal head of the insurgents' front, hailed the victory in a message from Beijing and said he would return home soon.

Thailand's government said on Friday that it recognised the new authorities in Phnom Penh and hoped to establish good relations with them.

Several hundred foreigners, among them journalists and diplomats, were sheltering in the French embassy.

The war has cost hundreds of thousands of Cambodian lives since 1970. It was not known what had become of Prime Minister Long Boret and other leaders of the fallen government.
""")
KR = A("Khmer Rouge", "KHM", ["REB", "RAD"])
KHMG = A("Khmer Republic government", "KHM", "GOV")
KHMMIL = A("Khmer Republic army", "KHM", "MIL")
E("bl05", "Khmer Rouge take Phnom Penh as Lon", KR, KHMG, FORCE, "190", "1975-04-17", P("Phnom Penh", "KHM"), False,
  "headline")
E("bl05", "Lon Nol's army lays down arms", KHMMIL, KR, ["08"], "0874", "1975-04-17", None, False,
  "headline, second event")
E("bl05", "Khmer Rouge insurgents marched into Phnom Penh on", KR, KHMG, FORCE, "190", "1975-04-17",
  P("Phnom Penh", "KHM"), True, "insurgents taking a city 190 (19/18/17, as owned54 bc03); Thursday before a Friday "
  "paper; 'monitored here' is Bangkok, not the place")
E("bl05", "after the government of the Khmer Republic", KHMG, KR, ["08"], "0874", "1975-04-17", None, True,
  "military surrender 0874 (RETREAT) in an 'after' clause with its own agent; same day")
E("bl05", "went on the radio to order government", A("Mey Sichan", "KHM", "MIL"), KHMMIL, ["08"], "0874", "1975-04-17",
  None, False, "order to stop fighting, the surrender detailed: optional (coders split between 0874 and a plain "
  "statement); the day of the surrender")
E("bl05", "the insurgent command ordered all ministers and", KR, KHMG, DEMAND, "100", "1975-04", P("Phnom Penh", "KHM"),
  True, "demand 100 (10/02) that the old leaders report; 'from the capital' = Phnom Penh; no day of its own: month")
E("bl05", "Insurgent rockets and artillery had pounded Pochentong", KR, KHMG, ["19"], "194", "1975-04",
  P("Phnom Penh", "KHM"), False, "shelling 194 'for weeks': a span, background without a date: optional; the "
  "airport is Phnom Penh's ('the city's outskirts')")
E("bl05", "The United States flew its last diplomats", A("United States", "USA", "GOV"), KHMG, ["16"], "166",
  "1975-04-12", P("Phnom Penh", "KHM"), False, "withdrawal of the embassy staff 166 (16); 'on Saturday' before a "
  "Friday paper = April 12; coders often leave an evacuation uncoded: optional")
E("bl05", "who ousted Prince Norodom Sihanouk in a", A("Lon Nol", "KHM", ["MIL", "GOV"]),
  A("Norodom Sihanouk", "KHM", ["GOV", "ELI"]), COUP, "172", "1970-03", None, True,
  "dated background coup in a relative clause with its own agent (news-dev's coup roots 17/19); 'in March 1970'")
E("bl05", "hailed the victory in a message from", A("Norodom Sihanouk", "KHM", ["ELI", "OPP"]), KR, ["05"], "051",
  "1975-04", P("Beijing", "CHN"), False, "praise 051 from exile; 'from Beijing' is where he spoke: optional (one side's "
  "own figurehead)")
E("bl05", "Thailand's government said on Friday that it", A("Thailand", "THA", "GOV"), KR, ["05"], "054", "1975-04-18",
  None, True, "diplomatic recognition 054; 'on Friday' in a Friday paper; 'the new authorities in Phnom Penh' are the "
  "insurgents' government, not a place")
F("bl05", "The war has cost hundreds of thousands", "count, no actor")
F("bl05", "It was not known what had become", "speculation")

# ---------------------------------------------------------------- bl06 Bangkok, Asia (Thailand)
S("bl06", "1991-02-24", "Asia", """
Thai military ousts Chatichai in bloodless coup, seizes premier on airport tarmac

BANGKOK, Thailand —

Thailand's armed forces seized power on Saturday in a bloodless coup, arresting Prime Minister Chatichai Choonhavan aboard an air force plane at a Bangkok airport as he was about to fly to the northern city of Chiang Mai.

Gen. Arthit Kamlang-ek, a former army chief whom Chatichai had just named deputy defence minister, a choice that angered the generals, was taken off the plane with him and detained.

A group calling itself the National Peace-Keeping Council, led by supreme commander Gen. Sunthorn Kongsompong and army chief Gen. Suchinda Kraprayoon, declared martial law, abolished the constitution and dissolved parliament.

In a televised statement, the council accused Chatichai's cabinet of corruption on a scale never seen before and of trying to weaken the military. It said it would appoint a civilian prime minister and hold elections within six months.

Tanks took up positions outside Government House, but the streets of the capital were calm and shops stayed open.

In Washington, the State Department condemned the coup and said American aid to Thailand might have to be cut off under U.S. law.

The military last seized power in October 1977, when Gen. Kriangsak Chomanan's officers ousted Prime Minister Thanin Kraivichien.

Thailand has had 17 coups and coup attempts since the end of absolute monarchy in 1932.

It was not clear whether King Bhumibol Adulyadej, whose approval the generals need, would endorse the council.
""")
THAMIL = A("Thailand's armed forces", "THA", "MIL")
CHAT = A("Chatichai Choonhavan", "THA", "GOV")
NPKC = A("National Peace-Keeping Council", "THA", ["MIL", "GOV"])
E("bl06", "Thai military ousts Chatichai in bloodless coup,", THAMIL, CHAT, COUP, "1724", "1991-02-23", None, False,
  "headline")
E("bl06", "seizes premier on airport tarmac", THAMIL, CHAT, ["17"], "173", "1991-02-23", None, False,
  "headline, second event")
E("bl06", "Thailand's armed forces seized power on Saturday", THAMIL, A("Thailand's government", "THA", "GOV"), COUP,
  "1724", "1991-02-23", None, True, "declared takeover 1724 (news-dev; coup roots 17/19); Saturday before a Sunday "
  "paper; 'at a Bangkok airport' belongs to the arrest in the participle")
E("bl06", "arresting Prime Minister Chatichai Choonhavan aboard an", THAMIL, CHAT, ["17"], "173", "1991-02-23",
  P("Bangkok", "THA"), True, "arrest 173 in a participle with the coup's agent; 'at a Bangkok airport' names the "
  "place")
E("bl06", "was taken off the plane with him", THAMIL, A("Arthit Kamlang-ek", "THA", ["MIL", "GOV"]), ["17"], "173",
  "1991-02", None, False, "agentless passive detention: optional")
E("bl06", "declared martial law, abolished the constitution and", NPKC, None, ["17"], "1724", "1991-02", None, True,
  "martial law 1724, target null (as owned54 bc11's emergency); first of three verbs; no day in the sentence: month")
E("bl06", "abolished the constitution and dissolved parliament", NPKC,
  A("Thailand's parliament", "THA", ["LEG", "GOV"]), ["17"], "172", "1991-02", None, True,
  "dissolving the legislature 172 (as owned54 bc11), its own event though the third verb of the sentence: required; "
  "'abolished the constitution' has no CAMEO class and is not coded")
E("bl06", "the council accused Chatichai's cabinet of corruption", NPKC, A("Chatichai's cabinet", "THA", "GOV"), ["11"],
  "112", "1991-02", None, True, "accusation 112; month")
E("bl06", "It said it would appoint a civilian", NPKC, A("Thais", "THA", "CVL"), ["03"], "034", "1991-02", None, False,
  "promise of elections 034, put as an intention: optional")
E("bl06", "the State Department condemned the coup and", A("U.S. State Department", "USA", "GOV"), NPKC, ["11"], "111",
  "1991-02", P("Washington", "USA"), False, "single outside reaction: optional; 'In Washington' is where it spoke")
E("bl06", "said American aid to Thailand might have", A("U.S. State Department", "USA", "GOV"), A("Thailand", "THA", "GOV"),
  ["13"], "1311", "1991-02", P("Washington", "USA"), False, "conditional threat to cut aid 1311 (as owned54 bc07): "
  "optional")
E("bl06", "when Gen. Kriangsak Chomanan's officers ousted Prime Minister", A("Kriangsak Chomanan", "THA", "MIL"),
  A("Thanin Kraivichien", "THA", "GOV"), COUP, "1724", "1977-10", None, True, "dated background coup in a 'when' "
  "clause with its own agent; 'in October 1977'")
F("bl06", "Thailand has had 17 coups and coup", "count")
F("bl06", "It was not clear whether King Bhumibol", "speculation")

# ---------------------------------------------------------------- bl07 Warsaw, Europe/Eurasia (Poland)
S("bl07", "1984-10-31", "Europe/Eurasia", """
Body of kidnapped pro-Solidarity priest found in reservoir; three police officers held

WARSAW, Poland —

Polish authorities said on Tuesday that divers had recovered the body of the Rev. Jerzy Popieluszko from a reservoir on the Vistula River, 11 days after three secret police officers kidnapped the outspoken supporter of the banned Solidarity union.

The officers stopped the priest's car on a road near Torun as he drove back to Warsaw, beat him and locked him in the boot of their own car. His driver, Waldemar Chrostowski, escaped by jumping from the moving vehicle and raised the alarm.

The government announced last week that it had arrested the three, an Interior Ministry captain and two lieutenants, and charged them with the abduction.

Cardinal Jozef Glemp, the Roman Catholic primate, condemned the killing as a crime against the nation and appealed to Poles to remain calm.

Solidarity leader Lech Walesa urged the thousands of mourners who gathered at the priest's church in the Zoliborz district to go home peacefully.

Government spokesman Jerzy Urban accused Western radio stations of using the death to stir up unrest.

In September, the Soviet government newspaper Izvestia had accused Popieluszko of turning his monthly masses for the homeland into anti-state rallies.

The Interior Ministry did not say how the priest had died. It was not clear when the three officers would go on trial.
""")
POPIE = A("Jerzy Popieluszko", "POL", ["REL", "OPP"])
POLSP = A("Polish secret police officers", "POL", ["COP", "SPY"])
POLG = A("Poland's government", "POL", "GOV")
E("bl07", "three police officers held", POLG, POLSP, ["17"], "173", "1984-10", None, False, "headline")
E("bl07", "11 days after three secret police officers", POLSP, POPIE, ["18"], "181", "1984-10-19", None, True,
  "abduction 181 in an '11 days after' clause with its own agent: 11 days before Tuesday Oct. 30 = Oct. 19; the "
  "clause names no place")
E("bl07", "The officers stopped the priest's car on", POLSP, POPIE, ["18"], "181", "1984-10", P("Torun", "POL"), False,
  "the abduction detailed after the lead gave it: optional (the lead's clause carries the date); 'near Torun'")
E("bl07", "beat him and locked him in the", POLSP, POPIE, ["18"], "182", "1984-10", P("Torun", "POL"), False,
  "beating 182 inside the same account: optional")
E("bl07", "it had arrested the three, an Interior", POLG, POLSP, ["17"], "173", "1984-10", None, True,
  "arrest 173 announced by the arresting government ('last week': month)")
E("bl07", "condemned the killing as a crime against", A("Jozef Glemp", "POL", "REL"), POLSP, ["11"], "111", "1984-10",
  None, True, "condemnation 111 of the killers (the officers are the only agents the text names); month")
E("bl07", "appealed to Poles to remain calm", A("Jozef Glemp", "POL", "REL"), A("Poles", "POL", "CVL"), DEMAND, "020",
  "1984-10", None, False, "appeal for calm, second verb: optional")
E("bl07", "Solidarity leader Lech Walesa urged the thousands", A("Lech Walesa", "POL", ["LAB", "OPP"]),
  A("Polish mourners", "POL", ["CVL", "OPP"]), DEMAND, "020", "1984-10", P("Warsaw", "POL"), True,
  "appeal 020 (02/10) to named addressees, the mourners; month; 'in the Zoliborz district' of the dateline city = Warsaw")
E("bl07", "Government spokesman Jerzy Urban accused Western radio", A("Jerzy Urban", "POL", "GOV"),
  A("Western radio stations", None, "MED"), ["11"], "112", "1984-10", None, True,
  "accusation 112; the text names no country for the stations; month")
E("bl07", "the Soviet government newspaper Izvestia had accused", A("Izvestia", "RUS", ["MED", "GOV"]), POPIE, ["11"],
  "112", "1984-09", None, True, "dated background accusation ('In September'); the Soviet Union coded RUS (Moscow's "
  "state)")
F("bl07", "The Interior Ministry did not say how", "negated statement: nothing said")
F("bl07", "It was not clear when the three", "speculation")

# ---------------------------------------------------------------- bl08 London, Europe/Eurasia (Britain / Gibraltar)
S("bl08", "1988-03-08", "Europe/Eurasia", """
Britain says IRA trio shot dead in Gibraltar were unarmed; Sinn Fein cries murder

LONDON, Britain —

Foreign Secretary Sir Geoffrey Howe told Parliament on Monday that the three members of the Irish Republican Army shot dead by British soldiers in Gibraltar were unarmed when they died.

Soldiers from a special forces unit shot Mairead Farrell, Daniel McCann and Sean Savage near a petrol station in Gibraltar on Sunday afternoon, minutes after Savage had parked a white car near the square where a military band was to parade.

Howe accused the three of plotting to set off a car bomb during the band's changing of the guard ceremony, which he said could have killed scores of people.

No explosives were found in the car. On Tuesday, Spanish police said they had found a car packed with Semtex explosive in a garage in Marbella, on the Costa del Sol.

The IRA said in a statement that the three had been on active service.

Gerry Adams, the president of Sinn Fein, the IRA's political wing, accused the British government of murder and said the three could have been arrested.

The Irish government said it was deeply concerned and asked London for a full account of the shootings.

The IRA has faced fierce criticism since its bomb killed 11 people at a Remembrance Day service in Enniskillen, Northern Ireland, in November.

It was unclear whether the soldiers had shouted any warning before opening fire.
""")
GBRMIL = A("British soldiers", "GBR", "MIL")
IRA = A("Irish Republican Army", "GBR", ["REB", "RAD"])
FARRELL = A("Mairead Farrell", "GBR", ["REB", "RAD"])
HOWE = A("Geoffrey Howe", "GBR", "GOV")
GBRG = A("Britain's government", "GBR", "GOV")
E("bl08", "Britain says IRA trio shot dead in", GBRMIL, IRA, FORCE, "190", "1988-03-06", P("Gibraltar", "GIB"), False,
  "headline")
E("bl08", "Sinn Fein cries murder", A("Sinn Fein", "GBR", ["PTY", "OPP"]), GBRG, ["11"], "112", "1988-03", None, False,
  "headline, second event")
E("bl08", "shot dead by British soldiers in Gibraltar", GBRMIL, IRA, FORCE, "190", "1988-03-06", P("Gibraltar", "GIB"),
  False, "lead summary (reduced relative with its agent) of the shooting detailed next: optional; the lead gives no "
  "day for it, the next sentence does")
E("bl08", "Soldiers from a special forces unit shot", GBRMIL, FARRELL, FORCE, "190", "1988-03-06",
  P("Gibraltar", "GIB"), True, "soldiers shooting suspects 190 (19/18/17, as owned35's guards); compound object, first "
  "member required; 'in Gibraltar' names the place (GIB, ISO3 of the territory); 'on Sunday afternoon' before a "
  "Tuesday paper; the London dateline is not the place")
E("bl08", "Soldiers from a special forces unit shot", GBRMIL, A("Daniel McCann", "GBR", ["REB", "RAD"]), FORCE, "190",
  "1988-03-06", P("Gibraltar", "GIB"), False, "second member: optional")
E("bl08", "Soldiers from a special forces unit shot", GBRMIL, A("Sean Savage", "GBR", ["REB", "RAD"]), FORCE, "190",
  "1988-03-06", P("Gibraltar", "GIB"), False, "third member: optional")
E("bl08", "Howe accused the three of plotting to", HOWE, IRA, ["11"], "112", "1988-03-07", None, True,
  "accusation 112; the lead dates Howe's statement to Parliament 'on Monday'; 'the three' = the IRA members")
E("bl08", "The IRA said in a statement that", IRA, GBRG, ["01"], "015", "1988-03", None, True,
  "claim that the three were on its service 015 (acknowledge responsibility; PLOVER none); month")
E("bl08", "accused the British government of murder and", A("Gerry Adams", "GBR", ["PTY", "OPP"]), GBRG, ["11"], "112",
  "1988-03", None, True, "accusation 112; month")
E("bl08", "asked London for a full account of", A("Ireland", "IRL", "GOV"), GBRG, DEMAND, "101", "1988-03", None, False,
  "single outside reaction, demand for information 101; 'London' is the government, not a place: optional")
E("bl08", "since its bomb killed 11 people at", IRA, A("Enniskillen civilians", "GBR", "CVL"), ["18"], "183", "1987-11",
  P("Enniskillen", "GBR"), True, "dated background bombing 183 ('in November' before a March paper: 1987); 'its' = "
  "the IRA; 'in Enniskillen, Northern Ireland' names the place")
F("bl08", "No explosives were found in the car.", "negated find, no actor")
F("bl08", "It was unclear whether the soldiers had", "speculation")

# ---------------------------------------------------------------- bl09 Medellin, Americas (Colombia)
S("bl09", "1993-12-03", "Americas", """
Colombian police kill Pablo Escobar in Medellin rooftop gunfight

MEDELLIN, Colombia —

Police commandos shot dead Pablo Escobar, the fugitive head of the Medellin cocaine cartel, and one of his bodyguards on the roof of a house in a middle-class district of this city on Thursday, ending a 16-month manhunt.

A special police unit had traced a telephone call the 44-year-old drug lord made to his son, and Escobar was killed as he tried to flee across the rooftops, police said.

President Cesar Gaviria praised the security forces and said the death showed that no criminal was stronger than the state.

Escobar's mother, Hermilda Gaviria, accused the police of murdering her son instead of arresting him.

Escobar escaped in July 1992 from a prison he had built for himself outside Medellin, when the government tried to move him to a military jail.

His cartel waged a bombing campaign against the state; prosecutors say its men blew up an Avianca airliner in November 1989, killing 107 people. This year a vigilante group calling itself Los Pepes killed dozens of his associates and lawyers.

On Sunday, German authorities refused to let his wife and two children stay in Germany and put them on a flight back to Bogota from Frankfurt.

Hundreds of people from the slums where Escobar once built houses for the poor gathered outside the city morgue.

Escobar was once listed by Forbes magazine among the richest men in the world. It was not clear who would take control of the cartel's cocaine trade.
""")
COLCOP = A("Colombian police", "COL", "COP")
ESCOBAR = A("Pablo Escobar", "COL", "CRM")
E("bl09", "Colombian police kill Pablo Escobar in Medellin", COLCOP, ESCOBAR, FORCE, "190", "1993-12-02",
  P("Medellin", "COL"), False, "headline")
E("bl09", "Police commandos shot dead Pablo Escobar, the", COLCOP, ESCOBAR, FORCE, "190", "1993-12-02",
  P("Medellin", "COL"), True, "security forces shooting a fugitive 190 (19/18/17, as owned54 bc02); compound object, "
  "first member; 'this city' with the dateline = Medellin; Thursday before a Friday paper")
E("bl09", "Police commandos shot dead Pablo Escobar, the", COLCOP, A("Escobar's bodyguard", "COL", "CRM"), FORCE, "190",
  "1993-12-02", P("Medellin", "COL"), False, "second member: optional")
E("bl09", "Escobar was killed as he tried to", COLCOP, ESCOBAR, FORCE, "190", "1993-12", None, False,
  "agentless restatement inside the police account: optional")
E("bl09", "President Cesar Gaviria praised the security forces", A("Cesar Gaviria", "COL", "GOV"), COLCOP, ["05"], "051",
  "1993-12", None, True, "praise 051; no day of its own: month")
E("bl09", "accused the police of murdering her son", A("Hermilda Gaviria", "COL", "CVL"), COLCOP, ["11"], "112",
  "1993-12", None, True, "accusation 112; month")
E("bl09", "His cartel waged a bombing campaign against", A("Medellin cartel", "COL", "CRM"),
  A("Colombia's government", "COL", "GOV"), ["18"], "183", None, None, False,
  "an undated campaign summed up in one clause: optional")
E("bl09", "its men blew up an Avianca airliner in", A("Medellin cartel", "COL", "CRM"),
  A("Avianca passengers", "COL", "CVL"), ["18"], "183", "1989-11", None, True,
  "dated background bombing 183 ('in November 1989'); 'its men' = the cartel's; the prosecutors' word is attribution "
  "nobody in the story disputes")
E("bl09", "a vigilante group calling itself Los Pepes", A("Los Pepes", "COL", ["CRM", "RAD"]),
  A("Escobar's associates", "COL", "CRM"), ATTACK, "180", "1993", None, True,
  "killings 180 (18/19/20) by a named vigilante group; 'This year': the year")
E("bl09", "German authorities refused to let his wife", A("Germany", "DEU", "GOV"),
  A("Escobar's family", "COL", "CVL"), ["17"], "174", "1993-11-28", P("Frankfurt", "DEU"), True,
  "deportation 174 of the family; 'On Sunday' before a Friday paper = Nov. 28; 'from Frankfurt' names the place of "
  "the expulsion; Bogota is a destination, not a place")
F("bl09", "Escobar was once listed by Forbes magazine", "standing situation")
F("bl09", "It was not clear who would take", "speculation")

# ---------------------------------------------------------------- bl10 Guatemala City, Americas (Guatemala)
S("bl10", "1998-04-28", "Americas", """
Guatemalan bishop who blamed army for war atrocities is beaten to death

GUATEMALA CITY, Guatemala —

Bishop Juan Gerardi, who led a Roman Catholic inquiry into the atrocities of Guatemala's civil war, was beaten to death in the garage of his parish house in the capital on Sunday night, two days after he presented its findings.

Police said an unidentified attacker had crushed the 75-year-old bishop's head with a concrete block.

The church's report, presented on Friday in the Metropolitan Cathedral, blamed the army and the civil patrols it armed for nearly 80 percent of the killings, massacres and disappearances it documented.

President Alvaro Arzu condemned the killing as a cowardly crime and ordered a special investigation.

The archdiocese's human rights office, which Gerardi founded, called the murder a political crime and demanded that the government find those who had ordered it.

The army denied any part in the killing.

Hundreds of mourners filed past the bishop's coffin in the cathedral on Monday, many of them carrying signs that demanded justice.

The government and the leftist guerrillas of the Guatemalan National Revolutionary Unity signed peace accords in December 1996, ending 36 years of war.

The war left an estimated 200,000 people dead or missing.

It was not clear whether the investigators would question army officers.
""")
GERARDI = A("Juan Gerardi", "GTM", "REL")
ODHA = A("Guatemala's archdiocesan human rights office", "GTM", ["REL", "NGO"])
GTMMIL = A("Guatemala's army", "GTM", "MIL")
GTMG = A("Guatemala's government", "GTM", "GOV")
URNG = A("Guatemalan National Revolutionary Unity", "GTM", ["REB", "OPP"])
E("bl10", "Guatemalan bishop who blamed army for war", ODHA, GTMMIL, ["11"], "112", "1998-04", None, False,
  "headline, the report's charge")
E("bl10", "atrocities is beaten to death", A("unidentified attacker", None, None), GERARDI, ATTACK, "186", "1998-04-26",
  None, False, "headline, second event")
E("bl10", "was beaten to death in the garage", A("unidentified attacker", None, None), GERARDI, ATTACK, "186",
  "1998-04-26", P("Guatemala City", "GTM"), False, "agentless passive in the lead, the agent given next: optional; "
  "'in the capital' = Guatemala City; 'on Sunday night' before a Tuesday paper")
E("bl10", "Police said an unidentified attacker had crushed", A("unidentified attacker", None, None), GERARDI, ATTACK,
  "186", "1998-04-26", None, True, "assassination 186 (18/19/20; 1823, killing by physical assault, also right), "
  "null/null as news-dev's unnamed attackers; the day from the lead; this sentence names no place")
E("bl10", "blamed the army and the civil patrols", ODHA, GTMMIL, ["11"], "112", "1998-04-24", None, True,
  "accusation 112 by the church's report ('presented on Friday' before a Tuesday paper); compound object, first "
  "member; the report is the archdiocese's office's")
E("bl10", "blamed the army and the civil patrols", ODHA, A("Guatemalan civil patrols", "GTM", ["MIL", "CVL"]), ["11"],
  "112", "1998-04-24", None, False, "second member: optional")
E("bl10", "President Alvaro Arzu condemned the killing as", A("Alvaro Arzu", "GTM", "GOV"),
  A("unidentified attacker", None, None), ["11"], "111", "1998-04", None, True,
  "condemnation 111 of the killers; month")
E("bl10", "demanded that the government find those who", ODHA, GTMG, DEMAND, "101", "1998-04", None, True,
  "demand for an investigation 101 (10/02); month")
E("bl10", "The army denied any part in the", GTMMIL, ODHA, DENY, "016", "1998-04", None, True,
  "denial 016 (01/12), answering the office that called the killing political; month")
E("bl10", "many of them carrying signs that demanded", A("Guatemalan mourners", "GTM", "CVL"), GTMG, ["14"], "141",
  "1998-04-27", None, False, "a mourning vigil with signs, coders split on protest 141: optional; 'on Monday'")
E("bl10", "signed peace accords in December 1996, ending", GTMG, URNG, AGREE, "057", "1996-12", None, True,
  "dated background signed agreement 057 (05/03/08); first-mentioned direction required")
E("bl10", "signed peace accords in December 1996, ending", URNG, GTMG, AGREE, "057", "1996-12", None, False,
  "reverse direction: optional")
F("bl10", "The war left an estimated 200,000 people", "count")
F("bl10", "It was not clear whether the investigators", "speculation")

# ---------------------------------------------------------------- bl11 Dhaka, South Asia (Bangladesh)
S("bl11", "1981-05-31", "South Asia", """
Bangladesh's President Zia killed by rebel officers in Chittagong; emergency declared

DHAKA, Bangladesh —

President Ziaur Rahman was killed early on Saturday when army officers stormed the government guest house where he was staying in the port city of Chittagong, the government said.

Several of his bodyguards and aides were also killed in the attack, which began with rocket and machine-gun fire before dawn.

Vice President Abdus Sattar, 75, was sworn in as acting president in Dhaka and declared a state of emergency across the country.

The rebels, followers of Maj. Gen. Abul Manzur, the commander of the army's division in Chittagong, seized the city's radio station and announced that a revolutionary council had taken power.

In a broadcast on Saturday night, Sattar ordered the rebel officers to surrender and promised to spare soldiers who laid down their arms.

The army chief of staff, Lt. Gen. Hussain Mohammad Ershad, pledged the support of the armed forces for the acting president, and troops loyal to the government were reported moving toward Chittagong.

Zia, a former army chief who took power in 1975, won a presidential election in 1978 and lifted martial law in April 1979.

Zia had survived about 20 attempted coups during his years in power, according to diplomats.

It was unclear how many troops in Chittagong had joined the revolt.
""")
BGDREB = A("Bangladeshi rebel officers", "BGD", ["MIL", "REB"])
ZIA = A("Ziaur Rahman", "BGD", "GOV")
SATTAR = A("Abdus Sattar", "BGD", "GOV")
E("bl11", "Bangladesh's President Zia killed by rebel officers", BGDREB, ZIA, ATTACK, "186", "1981-05-30",
  P("Chittagong", "BGD"), False, "headline")
E("bl11", "in Chittagong; emergency declared", SATTAR, None, ["17"], "1724", "1981-05-30", None, False, "headline, second event")
E("bl11", "when army officers stormed the government guest", BGDREB, ZIA, ATTACK, "186", "1981-05-30",
  P("Chittagong", "BGD"), True, "assassination 186 (18/19/20) in a 'when' clause with its own agent after an agentless "
  "main clause; 'in the port city of Chittagong' names the place; 'early on Saturday' before a Sunday paper")
E("bl11", "Several of his bodyguards and aides were", BGDREB, A("Zia's bodyguards", "BGD", "MIL"), ATTACK, "180",
  "1981-05-30", None, False, "agentless passive ('in the attack' points to the rebels): optional")
E("bl11", "declared a state of emergency across the", SATTAR, None, ["17"], "1724", "1981-05-30", P("Dhaka", "BGD"),
  True, "state of emergency 1724, target null (as owned54 bc11); 'in Dhaka' names the place of the act; the day of "
  "the killing (the lead's Saturday; month also right)")
E("bl11", "seized the city's radio station and announced", BGDREB, A("Bangladesh's government", "BGD", "GOV"), COUP,
  "1724", "1981-05", P("Chittagong", "BGD"), True, "seizing the radio and declaring a council: a takeover 1724 (coup "
  "roots 17/19); 'the city's' = Chittagong; no day in the sentence: month")
E("bl11", "Sattar ordered the rebel officers to surrender", SATTAR, BGDREB, DEMAND, "100", "1981-05-30", None, True,
  "demand 100 (10/02) to surrender; 'on Saturday night'")
E("bl11", "promised to spare soldiers who laid down", SATTAR, BGDREB, ["03"], "030", "1981-05-30", None, False,
  "conditional promise, second verb: optional")
E("bl11", "pledged the support of the armed forces", A("Hussain Mohammad Ershad", "BGD", "MIL"), SATTAR, ["05"], "051",
  "1981-05", None, True, "endorsement 051; month")
E("bl11", "troops loyal to the government were reported", A("Bangladesh's army", "BGD", "MIL"), BGDREB, ["15"], "150",
  "1981-05", None, False, "agentless reported movement: optional")
E("bl11", "lifted martial law in April 1979", ZIA, A("Bangladeshis", "BGD", "CVL"), ["08"], "0814", "1979-04", None,
  True, "dated background easing of martial law 0814 (CONCEDE by the README's list, RETREAT in the mapping file); "
  "'took power in 1975' and the 1978 election are not coded")
F("bl11", "Zia had survived about 20 attempted coups", "count")
F("bl11", "It was unclear how many troops in", "speculation")

# ---------------------------------------------------------------- bl12 Managua, Americas (Nicaragua)
S("bl12", "1978-01-12", "Americas", """
Managua crowds burn Somoza-linked buildings after opposition editor Chamorro is shot dead

MANAGUA, Nicaragua —

Thousands of rioters set fire to a blood-plasma company and several other buildings linked to President Anastasio Somoza's family in Managua on Wednesday, a day after gunmen shot dead Pedro Joaquin Chamorro, the country's best-known opposition editor.

Chamorro, 53, editor of the daily La Prensa, was ambushed as he drove to work on Tuesday morning, his car riddled with shotgun fire from another vehicle.

National Guard troops fired tear gas at rioters who had gathered after his funeral procession passed through the city centre.

Leaders of the opposition Democratic Liberation Union, which Chamorro headed, accused the government of being behind the killing.

Somoza's government denied any part in the murder and promised that those responsible would be punished.

Police said they had arrested three men, one of whom had told investigators that he was paid to carry out the killing.

Chamorro had been jailed and exiled several times for opposing the Somoza family. The Sandinista National Liberation Front, which is fighting to overthrow Somoza, seized dozens of guests at a Christmas party in Managua in December 1974 and freed them in exchange for jailed comrades.

The Somoza family has ruled Nicaragua since 1936.

It was not clear who had ordered the killing.
""")
NICP = A("Nicaraguan rioters", "NIC", ["CVL", "OPP"])
NICG = A("Nicaragua's government", "NIC", "GOV")
NICGN = A("Nicaraguan National Guard", "NIC", ["MIL", "COP"])
CHAM = A("Pedro Joaquin Chamorro", "NIC", ["MED", "OPP"])
UDEL = A("Democratic Liberation Union", "NIC", ["OPP", "PTY"])
E("bl12", "Managua crowds burn Somoza-linked buildings after opposition", NICP, A("Somoza family businesses", "NIC", "BUS"),
  VPROT, "145", "1978-01-11", P("Managua", "NIC"), False, "headline")
E("bl12", "editor Chamorro is shot dead", A("unidentified gunmen", None, None), CHAM, ATTACK, "186", "1978-01-10", None,
  False, "headline, second event")
E("bl12", "Thousands of rioters set fire to a", NICP, A("Somoza family businesses", "NIC", "BUS"), VPROT, "145",
  "1978-01-11", P("Managua", "NIC"), True, "arson by rioters 145 (14/18/17); 'in Managua on Wednesday' in a Thursday "
  "paper")
E("bl12", "a day after gunmen shot dead Pedro", A("unidentified gunmen", None, None), CHAM, ATTACK, "186", "1978-01-10",
  None, True, "assassination 186 by unnamed gunmen, null/null as news-dev, in an 'a day after' clause with its own "
  "agent; the clause names no place")
E("bl12", "was ambushed as he drove to work", A("unidentified gunmen", None, None), CHAM, ATTACK, "186", "1978-01-10",
  None, False, "agentless restatement of the killing: optional")
E("bl12", "National Guard troops fired tear gas at", NICGN, NICP, REPR, "175", "1978-01", None, True,
  "force against rioters 175 (17/18); 'the city centre' with the dateline is Managua but the sentence gives no day: "
  "month; place left null as 'the city centre' is the procession's route, not named")
E("bl12", "accused the government of being behind the", UDEL, NICG, ["11"], "112", "1978-01", None, True,
  "accusation 112 by the party's leaders; month")
E("bl12", "Somoza's government denied any part in the", NICG, UDEL, DENY, "016", "1978-01", None, True,
  "denial 016 (01/12), answering the opposition; 'promised that those responsible would be punished' is an intention, "
  "not coded; month")
E("bl12", "Police said they had arrested three men,", A("Nicaraguan police", "NIC", "COP"),
  A("Chamorro murder suspects", "NIC", ["CRM", "CVL"]), ["17"], "173", "1978-01", None, True,
  "arrests reported by the arresting police 173, required (as owned21 d11, owned35 ai05); month")
E("bl12", "Chamorro had been jailed and exiled several", NICG, CHAM, ["17"], "173", None, None, False,
  "agentless, undated background: optional")
E("bl12", "seized dozens of guests at a Christmas", A("Sandinista National Liberation Front", "NIC", ["REB", "OPP"]),
  A("Nicaraguan party guests", "NIC", ["GOV", "ELI"]), ["18"], "181", "1974-12", P("Managua", "NIC"), True,
  "dated background hostage-taking 181 ('in December 1974'); 'in Managua' names the place; the relative on the "
  "Sandinistas' aim is standing")
E("bl12", "freed them in exchange for jailed comrades", A("Sandinista National Liberation Front", "NIC", ["REB", "OPP"]),
  A("Nicaraguan party guests", "NIC", ["GOV", "ELI"]), ["08"], "0841", "1974-12", None, False,
  "release of the hostages 0841, second verb: optional")
F("bl12", "The Somoza family has ruled Nicaragua since", "standing situation")
F("bl12", "It was not clear who had ordered", "speculation")

if __name__ == "__main__":
    write(HERE)
