#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the tenth owned evaluation set (owned9) from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned9/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402


ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
DEPLOY = ["07", "15"]
FIRE = ["18", "17", "19"]
MEDIATE = ["04", "03"]
HOSTAGE = ["18", "17"]
EXPEL = ["17", "16"]

# ---------------------------------------------------------------- w01 Tyre, Middle East
S("w01", "1996-04-27", "Middle East", """
Israel and Hezbollah accept U.S.-brokered truce after Qana shelling

TYRE, Lebanon —

Israel and the Lebanese guerrilla group Hezbollah have agreed to stop attacking civilians on both sides of the border, Secretary of State Warren Christopher announced on Friday, ending sixteen days of fighting that drove hundreds of thousands of Lebanese from their homes.

The understanding, which Christopher pieced together during a week of shuttling between Damascus and Jerusalem, took effect at dawn on Saturday.

Israel launched the offensive, which it called Grapes of Wrath, on April 11 after Hezbollah fighters fired Katyusha rockets into towns in northern Galilee.

The worst single blow fell on April 18, when Israeli artillery shells struck a U.N. compound at Qana, east of this port city, where some 800 villagers had taken refuge. More than 100 of them were killed. Prime Minister Shimon Peres said his gunners had been answering mortar fire from near the base and had not known that civilians were inside.

Timur Goksel, the spokesman for the U.N. force, rejected that account. He said Israeli drones had been flying over the compound before the barrage.

Lebanon's prime minister, Rafik Hariri, welcomed the truce but accused Israel of punishing a whole country for the acts of a few hundred fighters. He asked donors to help rebuild power stations that Israeli jets had bombed near Beirut.

Hezbollah leader Hassan Nasrallah said his fighters would honour the deal as long as Israel did.

About 400,000 people fled north during the offensive. It was not clear how soon they would return.
""")
ISRG = A("Israel", "ISR", "GOV")
ISRM = A("Israeli forces", "ISR", "MIL")
HEZ = A("Hezbollah", "LBN", ["REB", "RAD", "PTY"])
CHRIS = A("Warren Christopher", "USA", "GOV")
E("w01", "Israel and Hezbollah accept U.S.-brokered truce", ISRG, HEZ, AGREE, "057", "1996-04-26", None, False, "headline")
E("w01", "have agreed to stop attacking civilians on both", ISRG, HEZ, AGREE, "057", "1996-04-26", None, True,
  "truce agreement (05/03/08); compound subject of the two parties to one joint act: first-mentioned direction "
  "required, reverse optional; announced 'on Friday'")
E("w01", "have agreed to stop attacking civilians on both", HEZ, ISRG, AGREE, "057", "1996-04-26", None, False,
  "reverse direction of the joint agreement: optional")
E("w01", "which Christopher pieced together during a week", CHRIS, ISRG, MEDIATE, "045", "1996-04", None, False,
  "mediation in a relative clause, restating the brokering of the lead: optional")
E("w01", "Israel launched the offensive, which it called", ISRM, HEZ, FORCE, "190", "1996-04-11", None, True,
  "dated background offensive (19/18); target the guerrillas the offensive answered")
E("w01", "Hezbollah fighters fired Katyusha rockets into towns", HEZ, ISRG, ATTACK, "194", "1996-04", P("Galilee", "ISR"),
  True, "rocket fire in an 'after' clause of a dated event: month; the clause names northern Galilee; target the "
  "country (towns)")
E("w01", "Israeli artillery shells struck a U.N. compound", ISRM, A("U.N. compound at Qana", "UNO", None), ATTACK, "194",
  "1996-04-18", P("Qana", "LBN"), True,
  "shelling of premises (country/organisation with sector null) in a 'when' clause after 'on April 18': required; "
  "the clause names Qana")
E("w01", "More than 100 of them were killed", ISRM, A("Lebanese villagers", "LBN", ["CVL", "REF"]), ATTACK, "1823",
  "1996-04-18", P("Qana", "LBN"), False, "agentless passive restating the shelling's toll: optional")
E("w01", "said his gunners had been answering mortar fire", HEZ, ISRM, FORCE, "190", "1996-04-18", None, False,
  "act inside Peres's account, disputed in the next paragraph: optional")
E("w01", "Timur Goksel, the spokesman for the U.N.", A("Timur Goksel", "UNO", "IGO"), A("Shimon Peres", "ISR", "GOV"),
  ["12", "11", "01"], "120", "1996-04", None, True,
  "rejecting the Israeli account (reject 12; coders also read 11 or a denial 01); no day: month")
E("w01", "welcomed the truce but accused Israel of punishing", A("Rafik Hariri", "LBN", "GOV"), ISRG, ["11"], "112",
  "1996-04", None, True, "accusation, second verb of the clause but the substantive act; month")
E("w01", "Lebanon's prime minister, Rafik Hariri, welcomed the", A("Rafik Hariri", "LBN", "GOV"), CHRIS, ["05", "01"],
  "051", "1996-04", None, False, "welcoming the truce: praise 051, optional")
E("w01", "He asked donors to help rebuild power stations", A("Rafik Hariri", "LBN", "GOV"), A("donors", None, "GOV"),
  DEMAND, "0231", "1996-04", None, False, "'He' = Hariri; appeal for economic aid to unnamed donors: optional")
E("w01", "that Israeli jets had bombed near Beirut", ISRM, A("Lebanon", "LBN", None), ATTACK, "195", "1996-04",
  P("Beirut", "LBN"), True, "air strike on power stations (premises: country, sector null) in a relative clause "
  "with its agent: required; undated pluperfect: month; 'near Beirut' names the place")
E("w01", "said his fighters would honour the deal", A("Hassan Nasrallah", "LBN", ["REB", "RAD", "PTY"]), ISRG,
  ["03", "05"], "030", "1996-04", None, False, "conditional intention: optional")
F("w01", "About 400,000 people fled north during the", "count of the displaced (standing figure)")
F("w01", "It was not clear how soon they", "speculation")

# ---------------------------------------------------------------- w02 Freetown, Africa
S("w02", "2000-05-09", "Africa", """
Sankoh's guards fire on Freetown crowd as British troops secure airport

FREETOWN, Sierra Leone —

Bodyguards of rebel leader Foday Sankoh opened fire on thousands of demonstrators outside his villa here on Monday, killing at least 19 people, and the former army corporal slipped away in the confusion, witnesses said.

The crowd, led by members of parliament and civic groups, had marched on the house to demand the release of some 500 U.N. peacekeepers whom Sankoh's Revolutionary United Front seized last week in the diamond-rich east. Most of the captives are Zambian and Kenyan soldiers.

British paratroopers flew into Lungi airport on Sunday to evacuate foreigners, and a Royal Navy flotilla is steaming toward the coast. Defence Secretary Geoff Hoon said their task was to protect the airport, not to fight the rebels.

Secretary-General Kofi Annan demanded that the rebels free the captives at once and asked member states to send more troops. The Security Council warned the group that its leaders would be held personally responsible for the safety of the peacekeepers.

Sankoh, who joined the government under last year's Lome peace accord, had denied that his men were holding anyone. Information Minister Julius Spencer called him a liar and said the accord was finished.

Police recovered guns and documents from the abandoned house on Tuesday morning, according to Spencer.

The U.N. mission, with about 8,700 troops, is the largest in the world. Whether Nigeria would send more troops of its own was not known.
""")
RUF = A("Revolutionary United Front", "SLE", ["REB", "MIL"])
SANKOH = A("Foday Sankoh", "SLE", ["REB", "GOV"])
SLEP = A("Sierra Leonean demonstrators", "SLE", ["CVL", "LEG"])
UNPK = A("U.N. peacekeepers", "UNO", ["IGO", "MIL"])
UNSC = A("U.N. Security Council", "UNO", "IGO")
E("w02", "Sankoh's guards fire on Freetown crowd", RUF, SLEP, FIRE, "180", "2000-05-08", P("Freetown", "SLE"), False,
  "headline")
E("w02", "British troops secure airport", A("British troops", "GBR", "MIL"), A("Sierra Leone", "SLE", None), DEPLOY,
  "074", "2000-05-07", None, False, "headline")
E("w02", "Bodyguards of rebel leader Foday Sankoh opened fire", RUF, SLEP, FIRE, "180", "2000-05-08",
  P("Freetown", "SLE"), True, "guards firing on a crowd (18/17/19); 'here' with the dateline = Freetown; Monday; "
  "the guards are the RUF leader's men")
E("w02", "had marched on the house to demand", SLEP, SANKOH, ["14"], "141", "2000-05-08", None, True,
  "march on the rebel leader's house (demonstration 141), same Monday; 'the house' gives no named place")
E("w02", "whom Sankoh's Revolutionary United Front seized last", RUF, UNPK, HOSTAGE, "181", "2000-05", None, True,
  "hostage-taking of peacekeepers in a relative clause with its agent; 'last week' from a Tuesday paper = the "
  "month; 'the diamond-rich east' gives no place")
E("w02", "British paratroopers flew into Lungi airport on", A("British troops", "GBR", "MIL"),
  A("Sierra Leone", "SLE", None), DEPLOY, "074", "2000-05-07", P("Lungi", "SLE"), True,
  "deployment to secure the airport and evacuate (07/15, as owned8's troops landing); Sunday; the clause names Lungi")
E("w02", "a Royal Navy flotilla is steaming toward", A("Royal Navy", "GBR", "MIL"), A("Sierra Leone", "SLE", None),
  ["15", "07"], "152", "2000-05", None, False, "second clause, ongoing movement: optional")
E("w02", "Kofi Annan demanded that the rebels free", A("Kofi Annan", "UNO", "IGO"), RUF, DEMAND, "1053", "2000-05",
  None, True, "demand to free captives 1053 (10/02); no day: month")
E("w02", "asked member states to send more troops", A("Kofi Annan", "UNO", "IGO"), A("U.N. member states", None, "GOV"),
  DEMAND, "0234", "2000-05", None, False, "second act of the sentence, unnamed states: optional")
E("w02", "The Security Council warned the group that", UNSC, RUF, ["13"], "130", "2000-05", None, True,
  "warning that leaders will be held responsible: threat 130; 'the group' = the RUF")
E("w02", "had denied that his men were holding", SANKOH, UNSC, DENY, "016", "2000-05", None, False,
  "undated earlier denial without a named addressee: optional")
E("w02", "who joined the government under last year's", SANKOH, A("Sierra Leone", "SLE", "GOV"), AGREE, "057", "1999",
  None, False, "joining a government under an accord, in a relative clause: optional")
E("w02", "Julius Spencer called him a liar", A("Julius Spencer", "SLE", "GOV"), SANKOH, ["11"], "111", "2000-05", None,
  True, "'him' = Sankoh; criticism 111; no day: month")
E("w02", "Police recovered guns and documents from the", A("Sierra Leonean police", "SLE", "COP"), SANKOH, ["17"],
  "1711", "2000-05-09", None, False, "seizure of property at the fled leader's house, on a minister's account: "
  "optional")
F("w02", "The U.N. mission, with about 8,700 troops", "count and standing situation")
F("w02", "Whether Nigeria would send more troops of", "speculation")

# ---------------------------------------------------------------- w03 Tuzla, Europe/Eurasia
S("w03", "1995-07-13", "Europe/Eurasia", """
Bosnian Serbs overrun Srebrenica enclave; Dutch peacekeepers held

TUZLA, Bosnia and Herzegovina —

Bosnian Serb forces captured the U.N. safe area of Srebrenica on Tuesday, sending tens of thousands of Muslim refugees streaming toward a Dutch base at nearby Potocari.

Two NATO F-16 jets bombed Serb tanks advancing on the town on Tuesday afternoon, but the raids stopped after the Serbs threatened to kill some 30 Dutch peacekeepers they had seized and to shell the refugees.

Gen. Ratko Mladic, the Bosnian Serb commander, entered the town that evening. On Wednesday his troops began loading women, children and old people onto buses bound for government territory, and separated men and boys from the crowd, according to the Dutch. The first buses reached an airfield outside this city on Wednesday night.

Kris Janowski, a spokesman for the U.N. refugee agency, said the agency had been refused access to the men, who were taken away to an unknown place.

The U.N. Security Council on Wednesday demanded that the Serbs withdraw from the enclave and release the Dutch soldiers. Bosnia's prime minister, Haris Silajdzic, accused the world body of handing the town to its attackers.

Dutch Defence Minister Joris Voorhoeve said the lives of his soldiers came first and ruled out further air strikes for now.

Before the attack some 40,000 people lived in the enclave, most of them refugees from nearby villages. Whether the Serbs would now turn on the nearby Zepa enclave was unclear.
""")
BSF = A("Bosnian Serb forces", "BIH", ["MIL", "REB"])
DUTCH = A("Dutch peacekeepers", "NLD", "MIL")
E("w03", "Bosnian Serbs overrun Srebrenica enclave", BSF, A("Bosnia", "BIH", None), FORCE, "192", "1995-07-11", None,
  False, "headline")
E("w03", "Srebrenica enclave; Dutch peacekeepers held", BSF, DUTCH, HOSTAGE, "181", "1995-07", None, False, "headline")
E("w03", "Bosnian Serb forces captured the U.N. safe", BSF, A("Bosnia", "BIH", None), FORCE, "192", "1995-07-11",
  P("Srebrenica", "BIH"), True, "capture of territory 192 (19/18); target the territory's country with sector "
  "null; Bosnian Serb forces BIH with MIL/REB; Tuesday")
E("w03", "Two NATO F-16 jets bombed Serb tanks", A("NATO", "NAT", ["IGO", "MIL"]), BSF, ATTACK, "195", "1995-07-11",
  None, True, "air strike 195; Tuesday afternoon; 'the town' is not named in the clause")
E("w03", "the Serbs threatened to kill some 30", BSF, DUTCH, ["13"], "138", "1995-07-11", None, True,
  "threat to kill hostages 138; in an 'after' clause of Tuesday's raids: Tuesday")
E("w03", "to shell the refugees", BSF, A("Bosnian Muslim refugees", "BIH", ["REF", "CVL"]), ["13"], "138",
  "1995-07-11", None, False, "second object of the threat: optional")
E("w03", "Dutch peacekeepers they had seized and to", BSF, DUTCH, HOSTAGE, "181", "1995-07", None, True,
  "hostage-taking in a relative clause with its agent ('they' = the Serbs); undated pluperfect: month")
E("w03", "his troops began loading women, children and", BSF, A("Bosnian Muslim civilians", "BIH", ["CVL", "REF"]),
  EXPEL, "174", "1995-07-12", None, True, "forced removal of civilians on buses: expulsion 174 (17/16); "
  "'his troops' = Mladic's; Wednesday")
E("w03", "separated men and boys from the crowd", BSF, A("Bosnian Muslim men", "BIH", "CVL"), ["17", "18"], "173",
  "1995-07-12", None, False, "second act, on the Dutch account: optional")
E("w03", "had been refused access to the men", BSF, A("UNHCR", "UNO", "IGO"), ["12", "17"], "120", "1995-07", None,
  False, "agentless passive inside a spokesman's account: optional")
E("w03", "who were taken away to an unknown", BSF, A("Bosnian Muslim men", "BIH", "CVL"), HOSTAGE, "181", "1995-07",
  None, False, "agentless passive inside a spokesman's account: optional")
E("w03", "The U.N. Security Council on Wednesday demanded", A("U.N. Security Council", "UNO", "IGO"), BSF, DEMAND,
  "1056", "1995-07-12", None, True, "demand to withdraw 1056 (10/02); Wednesday")
E("w03", "release the Dutch soldiers", A("U.N. Security Council", "UNO", "IGO"), BSF, DEMAND, "1053", "1995-07-12",
  None, False, "second demand of the same clause: optional")
E("w03", "Haris Silajdzic, accused the world body of", A("Haris Silajdzic", "BIH", "GOV"),
  A("United Nations", "UNO", "IGO"), ["11"], "112", "1995-07", None, True,
  "'the world body' = the United Nations; accusation; no day: month")
E("w03", "ruled out further air strikes for now", A("Joris Voorhoeve", "NLD", "GOV"), BSF, ["12", "08"], "120",
  "1995-07", None, False, "ruling out force, self-restraint: coders split, optional")
F("w03", "Before the attack some 40,000 people lived", "count and standing situation")
F("w03", "Whether the Serbs would now turn on", "speculation")

# ---------------------------------------------------------------- w04 Seoul, Asia
S("w04", "2019-07-05", "Asia", """
South Korea vows WTO fight as Japan's curbs on chip materials take effect

SEOUL, South Korea —

Japan began restricting exports of three chemicals vital to South Korea's chip and display makers on Thursday, and the government here said it would take the dispute to the World Trade Organization.

Trade Minister Sung Yun-mo called the measure economic retaliation and urged Tokyo to withdraw it at once. The rules force Japanese suppliers of hydrogen fluoride, photoresists and fluorinated polyimide to seek a licence for each shipment, a process that can take up to 90 days.

Tokyo announced the curbs on Monday, citing a loss of trust between the two neighbours. Officials there have denied that the step is linked to rulings by South Korea's Supreme Court, which last October ordered Nippon Steel to compensate four Koreans forced to work in its mills during World War Two.

Chief Cabinet Secretary Yoshihide Suga said on Thursday that Seoul had failed to offer a satisfactory answer on the wartime labour issue and that the matter was one of trade security, not history.

A federation of small shop owners, led by Kim Seong-min, said its members had cleared beer, cigarettes and other Japanese goods from their shelves. Dozens of activists rallied outside the Japanese embassy in Seoul and burned a Japanese flag.

Japan supplies about 90 percent of the fluorinated polyimide and photoresists that the world's chipmakers use. It was not clear whether Seoul would answer with curbs of its own.
""")
JPN = A("Japan", "JPN", "GOV")
KOR = A("South Korea", "KOR", "GOV")
E("w04", "South Korea vows WTO fight as Japan's", KOR, JPN, ["11", "13"], "115", "2019-07", None, False, "headline")
E("w04", "Japan's curbs on chip materials take effect", JPN, KOR, SANCT, "163", "2019-07-04", None, False, "headline")
E("w04", "Japan began restricting exports of three chemicals", JPN, KOR, SANCT, "163", "2019-07-04", None, True,
  "export restrictions as a trade sanction 163 (16/17); Thursday")
E("w04", "said it would take the dispute to", KOR, JPN, ["11", "13"], "115", "2019-07-04", None, False,
  "stated intention to file a complaint: optional")
E("w04", "called the measure economic retaliation and urged", A("Sung Yun-mo", "KOR", "GOV"), JPN, ["11"], "112",
  "2019-07", None, True, "accusation; no day: month")
E("w04", "urged Tokyo to withdraw it at once", A("Sung Yun-mo", "KOR", "GOV"), JPN, DEMAND, "1054", "2019-07", None,
  True, "'Tokyo' is the government (actor, not place); demand to lift an economic measure 1054 (10/02); month")
E("w04", "Tokyo announced the curbs on Monday, citing", JPN, KOR, SANCT, "163", "2019-07-01", None, True,
  "announced decision, dated: required (Monday)")
E("w04", "Officials there have denied that the step", JPN, KOR, DENY, "016", "2019-07", None, True,
  "'Officials there' = the Japanese government; denial (01/12); present perfect: month")
E("w04", "which last October ordered Nippon Steel to compensate", A("South Korean Supreme Court", "KOR", "JUD"),
  A("Nippon Steel", "JPN", "BUS"), ["17", "11"], "170", "2018-10", None, True,
  "dated background court order in a relative clause (court verdicts 17/11); 'last October' from July 2019")
E("w04", "Yoshihide Suga said on Thursday that Seoul", A("Yoshihide Suga", "JPN", "GOV"), KOR, ["11"], "111",
  "2019-07-04", None, True, "criticism that Seoul failed (111); 'Seoul' is the government; Thursday")
E("w04", "its members had cleared beer, cigarettes and", A("South Korean shop owners", "KOR", ["BUS", "CVL"]), JPN,
  ["14", "16"], "143", "2019-07", None, False, "boycott on the federation's own account: optional")
E("w04", "Dozens of activists rallied outside the Japanese", A("South Korean activists", "KOR", ["CVL", "NGO"]),
  A("Japan", "JPN", None), ["14"], "141", "2019-07", P("Seoul", "KOR"), True,
  "demonstration at the embassy (premises: country, sector null); the clause names Seoul; no day: month")
E("w04", "burned a Japanese flag", A("South Korean activists", "KOR", ["CVL", "NGO"]), JPN, ["14"], "140", "2019-07",
  P("Seoul", "KOR"), False, "part of the same rally: optional (4 words)")
F("w04", "Japan supplies about 90 percent of the", "standing situation")
F("w04", "It was not clear whether Seoul would", "speculation")

# ---------------------------------------------------------------- w05 La Paz, Americas
S("w05", "2003-10-18", "Americas", """
Bolivia's president quits and flees after gas revolt; Mesa sworn in

LA PAZ, Bolivia —

President Gonzalo Sanchez de Lozada resigned on Friday after a month of protests over a plan to export natural gas through Chile, and flew to Miami hours before Congress accepted his letter.

Vice President Carlos Mesa, a former television journalist who had broken with the president over the killings, was sworn in late on Friday. He promised to put the gas project to a referendum and asked the protesters to give him time.

Indian farmers, miners and students had blockaded the roads into the capital for weeks, cutting off food and fuel. Troops fired on crowds in the neighbouring city of El Alto on Sunday, and more than 60 people died in the unrest, according to human rights groups.

Evo Morales, the coca growers' leader who came second in last year's election, blamed the government for the deaths and said the movement would lift its blockades only if the new leader kept his word. Felipe Quispe, an Aymara peasant leader, told his followers to stay on guard.

On Thursday tens of thousands of marchers had filled the Plaza San Francisco in the center of La Paz, calling on the president to go.

The State Department, which had backed Sanchez de Lozada, said it would work with Mesa.

Bolivia holds South America's second-largest gas reserves after Venezuela. Whether the blockades would come down soon was not clear.
""")
GONI = A("Gonzalo Sanchez de Lozada", "BOL", "GOV")
BOLP = A("Bolivian protesters", "BOL", ["CVL", "OPP", "AGR", "LAB", "EDU"])
BOLG = A("Bolivia", "BOL", "GOV")
MESA = A("Carlos Mesa", "BOL", "GOV")
E("w05", "Bolivia's president quits and flees after gas", GONI, BOLP, ["08"], "0831", "2003-10-17", None, False,
  "headline")
E("w05", "President Gonzalo Sanchez de Lozada resigned on Friday", GONI, BOLP, ["08"], "0831", "2003-10-17", None, True,
  "resignation under protest pressure 0831 with the protesters as implied target (news-dev d09); Friday")
E("w05", "who had broken with the president over", MESA, GONI, ["12", "16"], "120", "2003-10", None, False,
  "break with the president in a relative clause: optional")
E("w05", "He promised to put the gas project", MESA, BOLP, ["03", "08"], "034", "2003-10", None, True,
  "'He' = Mesa; promise of a referendum (intent to reform 034; a concession 08 also read); no explicit day: month")
E("w05", "asked the protesters to give him time", MESA, BOLP, DEMAND, "020", "2003-10", None, False,
  "second act of the sentence, a soft appeal: optional")
E("w05", "had blockaded the roads into the capital", BOLP, BOLG, ["14"], "144", "2003-10", P("La Paz", "BOL"), True,
  "road blockades 144; 'the capital' with the dateline = La Paz; 'for weeks': month")
E("w05", "Troops fired on crowds in the neighbouring", A("Bolivian troops", "BOL", "MIL"), BOLP, FIRE, "180",
  "2003-10-12", P("El Alto", "BOL"), True, "unnamed troops of the story's country firing on crowds (18/17/19); the "
  "clause names El Alto; 'on Sunday' from a Saturday paper = Oct. 12")
E("w05", "blamed the government for the deaths and", A("Evo Morales", "BOL", ["OPP", "PTY", "LEG"]), BOLG, ["11"],
  "112", "2003-10", None, True, "accusation; month")
E("w05", "would lift its blockades only if the", A("Evo Morales", "BOL", ["OPP", "PTY", "LEG"]), MESA, ["13", "08"],
  "130", "2003-10", None, False, "conditional offer or threat: optional")
E("w05", "tens of thousands of marchers had filled", BOLP, BOLG, ["14"], "141", "2003-10-16", P("La Paz", "BOL"), True,
  "demonstration; 'On Thursday' from a Saturday paper = Oct. 16; the clause names La Paz")
E("w05", "calling on the president to go", BOLP, GONI, DEMAND, "1041", "2003-10-16", P("La Paz", "BOL"), False,
  "demand for resignation in a participle phrase of the march: optional")
E("w05", "which had backed Sanchez de Lozada, said", A("U.S. State Department", "USA", "GOV"), GONI, ["05"], "050",
  "2003", None, False, "undated support in a relative clause: optional")
E("w05", "said it would work with Mesa", A("U.S. State Department", "USA", "GOV"), MESA, ["03"], "030", "2003-10", None,
  False, "single outside reaction, an intention: optional")
F("w05", "Bolivia holds South America's second-largest gas reserves", "standing situation")
F("w05", "Whether the blockades would come down soon", "speculation")

# ---------------------------------------------------------------- w06 Male, South Asia
S("w06", "2012-02-09", "South Asia", """
Ousted Maldives leader says he was forced out at gunpoint; court orders his arrest

MALE, Maldives —

Mohamed Nasheed, who resigned as president of the Maldives on Tuesday, said on Wednesday that police and army officers had forced him from office at gunpoint, and his supporters fought running battles with police in the capital.

Police swung batons at hundreds of members of Nasheed's Maldivian Democratic Party as they marched toward the main square, and Nasheed himself was beaten, aides said. In the southern atoll of Addu, his supporters set fire to police stations and a courthouse.

A criminal court issued a warrant for Nasheed's arrest on Thursday, according to his party. The case concerns the detention in January of Abdulla Mohamed, the chief judge of the criminal court, whom soldiers seized on Nasheed's orders.

His successor, Mohamed Waheed Hassan, denied that there had been a coup and appealed to Nasheed's supporters to end the unrest. He named a cabinet on Wednesday that includes figures from the government of Maumoon Abdul Gayoom, who ruled the islands for 30 years until 2008.

Mariya Didi, the party's chairwoman, said she would not recognise the new government and called on India and the Commonwealth to intervene.

Nasheed's ouster followed three weeks of nightly protests by opposition parties and a revolt by police officers who on Tuesday joined the demonstrators.

The nation's 350,000 people live on about 200 inhabited islands. It was not clear whether the court would try to carry out the warrant.
""")
NASHEED = A("Mohamed Nasheed", "MDV", ["GOV", "OPP", "PTY"])
MDP = A("Maldivian Democratic Party supporters", "MDV", ["PTY", "OPP", "CVL"])
MDVP = A("Maldivian police", "MDV", "COP")
MDVSEC = A("Maldivian police and army", "MDV", ["COP", "MIL"])
WAHEED = A("Mohamed Waheed Hassan", "MDV", "GOV")
E("w06", "Ousted Maldives leader says he was forced", NASHEED, MDVSEC, ["11"], "112", "2012-02-08", None, False,
  "headline")
E("w06", "court orders his arrest", A("Maldivian criminal court", "MDV", "JUD"), NASHEED, ["17", "11"], "173",
  "2012-02-09", None, False, "headline (4 words)")
E("w06", "who resigned as president of the Maldives", NASHEED, A("Maldivian police and opposition", "MDV",
  ["COP", "OPP"]), ["08"], "0831", "2012-02-07", None, True,
  "dated resignation under pressure in a relative clause: required; 'on Tuesday' = Feb. 7; implied target the "
  "mutinous police and protesters (news-dev d09)")
E("w06", "said on Wednesday that police and army", NASHEED, MDVSEC, ["11"], "112", "2012-02-08", None, True,
  "accusation of a forced removal; Wednesday")
E("w06", "had forced him from office at gunpoint", MDVSEC, NASHEED, COUP, "1724", "2012-02-07", None, False,
  "act inside an accusation that the other side disputes: optional")
E("w06", "his supporters fought running battles with police", MDP, MDVP, CLASH, "190", "2012-02-08",
  P("Male", "MDV"), True, "clash (19/18/14), first-mentioned direction; 'the capital' with the dateline = Male; "
  "same Wednesday")
E("w06", "his supporters fought running battles with police", MDVP, MDP, CLASH, "190", "2012-02-08",
  P("Male", "MDV"), False, "reverse direction of the clash: optional")
E("w06", "Police swung batons at hundreds of members", MDVP, MDP, REPR, "180", "2012-02", None, True,
  "police beating marchers (repression 17/18); no day in the sentence: month; 'the main square' names no place")
E("w06", "Nasheed himself was beaten, aides said", MDVP, NASHEED, REPR, "180", "2012-02", None, False,
  "agentless passive inside the aides' account: optional")
E("w06", "his supporters set fire to police stations", MDP, A("Maldives", "MDV", None), VPROT, "145", "2012-02",
  P("Addu", "MDV"), True, "arson by protesters (violent protest 14/18/17); premises: country with sector null; the "
  "sentence names Addu; month")
E("w06", "A criminal court issued a warrant for", A("Maldivian criminal court", "MDV", "JUD"), NASHEED, ["17", "11"],
  "173", "2012-02-09", None, True, "arrest warrant (court acts 17/11); Thursday, on the party's account of a court act")
E("w06", "whom soldiers seized on Nasheed's orders", A("Maldivian soldiers", "MDV", "MIL"),
  A("Abdulla Mohamed", "MDV", "JUD"), ["17", "18"], "173", "2012-01", None, True,
  "dated background detention ('the detention in January') in a relative clause with its agent")
E("w06", "denied that there had been a coup", WAHEED, NASHEED, DENY, "016", "2012-02", None, True,
  "denial; month")
E("w06", "appealed to Nasheed's supporters to end the", WAHEED, MDP, DEMAND, "1052", "2012-02", None, False,
  "second act of the sentence, appeal to calm: optional")
E("w06", "said she would not recognise the new", A("Mariya Didi", "MDV", ["PTY", "OPP"]), WAHEED, ["12"], "120",
  "2012-02", None, False, "refusal stated as an intention ('would not'): optional, to keep the story within 8")
E("w06", "called on India and the Commonwealth to", A("Mariya Didi", "MDV", ["PTY", "OPP"]), A("India", "IND", "GOV"),
  DEMAND, "0234", "2012-02", None, False, "appeal for outside intervention; second act of the sentence: optional")
E("w06", "followed three weeks of nightly protests by", A("Maldivian opposition parties", "MDV", ["OPP", "PTY"]),
  A("Maldives", "MDV", "GOV"), ["14"], "141", "2012", None, False,
  "nominal protests restating the background of the ouster: optional")
E("w06", "a revolt by police officers who on", MDVP, A("Maldives", "MDV", "GOV"), COUP, "170", "2012-02-07", None,
  False, "police mutiny, restatement of the ouster in the lead: optional")
F("w06", "The nation's 350,000 people live on about", "count and standing situation")
F("w06", "It was not clear whether the court", "speculation")

# ---------------------------------------------------------------- w07 Bujumbura, Africa
S("w07", "2015-05-15", "Africa", """
Burundi coup bid collapses as loyal troops retake state radio

BUJUMBURA, Burundi —

An attempt by a former intelligence chief to topple President Pierre Nkurunziza collapsed on Friday after troops loyal to the president drove the plotters from the state broadcaster following a day of heavy fighting.

Maj. Gen. Godefroid Niyombare, whom the president sacked in February, announced on Wednesday on a private radio station that Nkurunziza had been removed from office. The president was in Dar es Salaam at the time for a regional summit on the crisis.

Loyalist soldiers under the army chief, Gen. Prime Niyongabo, battled the mutineers around the headquarters of the state radio and television on Thursday. At least a dozen soldiers were killed, residents said.

One of the plot leaders, Gen. Cyrille Ndayirukiye, told reporters on Friday that the rebels had decided to give themselves up. He was detained a few hours later, a presidential spokesman, Gervais Abayeho, said. Niyombare remained at large.

Unidentified men in uniform set fire to three independent radio stations during the fighting.

Nkurunziza's bid for a third term had touched off weeks of street protests in the capital since late April. Pacifique Nininahazwe, a civil society leader who helped organise them, accused the police of killing demonstrators and said the marches would go on.

East African leaders meeting in Tanzania condemned the coup attempt and urged Burundi to put off the elections.

Burundi's army is split between former rebels and soldiers of the old army, analysts say. It was not clear whether the elections would go ahead as planned.
""")
NKUR = A("Pierre Nkurunziza", "BDI", "GOV")
PLOT = A("Burundian coup plotters", "BDI", ["MIL", "REB"])
NIYO = A("Godefroid Niyombare", "BDI", ["MIL", "REB"])
BDIM = A("Burundian loyalist troops", "BDI", "MIL")
E("w07", "Burundi coup bid collapses as loyal troops", PLOT, NKUR, COUP, "1724", "2015-05", None, False, "headline")
E("w07", "loyal troops retake state radio", BDIM, PLOT, FORCE, "190", "2015-05", None, False, "headline (5 words)")
E("w07", "An attempt by a former intelligence chief", NIYO, NKUR, COUP, "1724", "2015-05", None, False,
  "lead summary of the coup bid detailed in the next paragraph: optional")
E("w07", "troops loyal to the president drove the", BDIM, PLOT, FORCE, "190", "2015-05", None, False,
  "lead summary of the fighting detailed later: optional")
E("w07", "whom the president sacked in February", NKUR, NIYO, ["17", "12"], "172", "2015-02", None, False,
  "dismissal of an official in a relative clause: hardly an interaction, optional")
E("w07", "announced on Wednesday on a private radio", NIYO, NKUR, COUP, "1724", "2015-05-13", None, True,
  "declared takeover 1724 (coups 17/19); Wednesday; the radio station gives no place")
E("w07", "The president was in Dar es Salaam", NKUR, A("East African Community", None, "IGO"), ["04"], "043",
  "2015-05-13", P("Dar es Salaam", "TZA"), False, "attendance at a summit, stated as a situation: optional")
E("w07", "battled the mutineers around the headquarters of", BDIM, PLOT, CLASH, "190", "2015-05-14", None, True,
  "armed clash (19/18/14); loyalists first-mentioned; Thursday; no named place")
E("w07", "battled the mutineers around the headquarters of", PLOT, BDIM, CLASH, "190", "2015-05-14", None, False,
  "reverse direction of the clash: optional")
E("w07", "the rebels had decided to give themselves", A("Cyrille Ndayirukiye", "BDI", ["MIL", "REB"]), NKUR, ["08"],
  "0874", "2015-05-15", None, True, "surrender 0874 announced on Friday")
E("w07", "He was detained a few hours later", A("Burundian security forces", "BDI", ["MIL", "COP", "GOV"]),
  A("Cyrille Ndayirukiye", "BDI", ["MIL", "REB"]), ["17"], "173", "2015-05-15", None, True,
  "agentless passive with the loyalist forces implied by the story: required; 'He' = Ndayirukiye; hours after Friday's "
  "statement")
E("w07", "Unidentified men in uniform set fire to", A("unidentified men in uniform", None, None),
  A("Burundian independent radio stations", "BDI", "MED"), ATTACK, "180", "2015-05", None, False,
  "attack by perpetrators the story does not name: optional")
E("w07", "had touched off weeks of street protests", A("Burundian protesters", "BDI", ["CVL", "OPP"]), NKUR, ["14"],
  "141", "2015", None, False, "nominal protests without an agent in the phrase: optional")
E("w07", "accused the police of killing demonstrators and", A("Pacifique Nininahazwe", "BDI", ["CVL", "NGO", "OPP"]),
  A("Burundian police", "BDI", "COP"), ["11"], "112", "2015-05", None, True, "accusation; no day: month")
E("w07", "said the marches would go on", A("Pacifique Nininahazwe", "BDI", ["CVL", "NGO", "OPP"]), NKUR, ["14"], "140",
  "2015-05", None, False, "intention: optional")
E("w07", "East African leaders meeting in Tanzania condemned", A("East African leaders", None, ["GOV", "IGO"]), PLOT,
  ["11"], "111", "2015-05", P("Tanzania", "TZA"), False,
  "single outside reaction: optional; the clause names Tanzania")
E("w07", "urged Burundi to put off the elections", A("East African leaders", None, ["GOV", "IGO"]), NKUR, DEMAND,
  "1042", "2015-05", None, False, "outside demand, second act of the sentence: optional")
F("w07", "Burundi's army is split between former rebels", "standing situation")
F("w07", "It was not clear whether the elections", "speculation")

# ---------------------------------------------------------------- w08 London, Middle East
S("w08", "2019-07-21", "Middle East", """
Britain summons Iranian envoy after Revolutionary Guards seize tanker in Gulf

LONDON, United Kingdom —

Britain summoned Iran's top diplomat in London on Saturday and warned Tehran of serious consequences after the Revolutionary Guards seized a British-flagged oil tanker in the Strait of Hormuz.

Guards commandos in speedboats and a helicopter boarded the Stena Impero on Friday evening and steered it to the port of Bandar Abbas, where its 23 crew members, most of them Indian, are being held, according to the ship's Swedish owner.

Iranian state media said the tanker had collided with a fishing boat and ignored its distress calls. Erik Hanell, the chief executive of Stena Bulk, said there was no evidence of any collision.

Foreign Secretary Jeremy Hunt, who spoke by telephone with Iranian Foreign Minister Mohammad Javad Zarif on Saturday, said the seizure was illegal and that Britain's answer would be considered but robust. He urged Britain's European partners to back freedom of navigation in the Gulf.

The seizure came two weeks after Royal Marines helped authorities in Gibraltar detain an Iranian supertanker, Grace 1, which Britain suspects was carrying crude oil to Syria in breach of European Union sanctions. Abbas Ali Kadkhodaei, a spokesman for Iran's Guardian Council, said on Saturday that the Stena Impero's capture was an act of reciprocity.

India's foreign ministry said it was in contact with Tehran to secure the release of the Indian sailors.

About a fifth of the world's seaborne oil passes through the strait. It was unclear whether London would send more warships to the region.
""")
GBR = A("Britain", "GBR", "GOV")
IRN = A("Iran", "IRN", "GOV")
IRGC = A("Revolutionary Guards", "IRN", ["MIL", "GOV"])
SHIP = A("Stena Impero", "GBR", None)
SEIZE = ["17", "19", "18"]
E("w08", "Britain summons Iranian envoy after Revolutionary Guards", GBR, IRN, ["11"], "114", "2019-07-20", None, False,
  "headline")
E("w08", "Revolutionary Guards seize tanker in Gulf", IRGC, SHIP, SEIZE, "1711", "2019-07-19", None, False,
  "headline")
E("w08", "Britain summoned Iran's top diplomat in London", GBR, IRN, ["11"], "114", "2019-07-20", P("London", "GBR"),
  True, "summons to protest 114 (news-dev); Saturday; the clause names London")
E("w08", "warned Tehran of serious consequences after the", GBR, IRN, ["13"], "130", "2019-07-20", None, True,
  "'Tehran' is the government (actor, not place); threat 130; Saturday")
E("w08", "the Revolutionary Guards seized a British-flagged oil", IRGC, SHIP, SEIZE, "1711", "2019-07-19", None, False,
  "lead summary of the seizure detailed in the next paragraph: optional")
E("w08", "Guards commandos in speedboats and a helicopter", IRGC, SHIP, SEIZE, "1711", "2019-07-19", None, True,
  "armed boarding and seizure of a ship (confiscation 1711; the boarding is read as force 19/18 too); the ship as "
  "premises of its flag country with sector null; Friday; 'the Strait of Hormuz' and the port it was steered to give "
  "no place for the boarding")
E("w08", "its 23 crew members, most of them", IRGC, A("Stena Impero crew", "IND", "CVL"), ["17", "18"], "173", "2019-07",
  None, False, "agentless detention on the owner's account: optional")
E("w08", "said the tanker had collided with a", A("Iranian state media", "IRN", "MED"), SHIP, ["11"], "112", "2019-07",
  None, False, "accusation by state media that the owner disputes: optional")
E("w08", "said there was no evidence of any", A("Erik Hanell", "SWE", "BUS"), A("Iranian state media", "IRN", "MED"),
  DENY, "016", "2019-07", None, False, "owner rejecting the collision claim: optional")
E("w08", "who spoke by telephone with Iranian Foreign", A("Jeremy Hunt", "GBR", "GOV"),
  A("Mohammad Javad Zarif", "IRN", "GOV"), ["04"], "041", "2019-07-20", None, True,
  "telephone talks 041 in a relative clause, dated Saturday: required; reverse optional")
E("w08", "who spoke by telephone with Iranian Foreign", A("Mohammad Javad Zarif", "IRN", "GOV"),
  A("Jeremy Hunt", "GBR", "GOV"), ["04"], "041", "2019-07-20", None, False, "reverse direction: optional")
E("w08", "said the seizure was illegal and that", A("Jeremy Hunt", "GBR", "GOV"), IRN, ["11"], "112", "2019-07", None,
  True, "accusation of an illegal act; the saying carries no day of its own: month")
E("w08", "He urged Britain's European partners to back", A("Jeremy Hunt", "GBR", "GOV"),
  A("European Union", "EUR", "IGO"), DEMAND, "022", "2019-07", None, False, "appeal to allies: optional")
E("w08", "Royal Marines helped authorities in Gibraltar detain", A("Royal Marines", "GBR", "MIL"),
  A("Grace 1", "IRN", None), SEIZE, "1711", "2019-07", P("Gibraltar", "GIB"), True,
  "dated background seizure ('two weeks after' a Friday seizure in July: the month); the clause names Gibraltar")
E("w08", "which Britain suspects was carrying crude oil", GBR, IRN, ["11"], "112", "2019-07", None, False,
  "suspicion in a relative clause: optional")
E("w08", "the Stena Impero's capture was an act", A("Abbas Ali Kadkhodaei", "IRN", "GOV"), GBR, ["13", "11"], "130",
  "2019-07-20", None, False, "justification as reprisal: coders split, optional")
E("w08", "said it was in contact with Tehran", A("India", "IND", "GOV"), IRN, ["04", "10"], "040", "2019-07", None,
  False, "single outside reaction: optional")
F("w08", "About a fifth of the world's seaborne", "standing situation")
F("w08", "It was unclear whether London would send", "speculation")

# ---------------------------------------------------------------- w09 Beijing, Asia
S("w09", "2016-07-13", "Asia", """
China rejects Hague tribunal ruling on South China Sea, warns of air defence zone

BEIJING, China —

China on Tuesday rejected a ruling by an international tribunal in The Hague that its claims to most of the South China Sea have no legal basis, calling the decision null and void.

The five judges of the arbitration panel found that China had violated the Philippines' sovereign rights by building artificial islands and blocking Filipino fishermen near Scarborough Shoal, which Chinese coast guard ships have controlled since 2012.

President Xi Jinping told visiting European leaders that China would not accept any claim or action based on the award. Foreign Minister Wang Yi called the case a political farce staged under a legal pretext.

On Wednesday a vice foreign minister, Liu Zhenmin, warned that Beijing could declare an air defence identification zone over the waters if its security were threatened.

Manila, which brought the case in 2013 under the U.N. Convention on the Law of the Sea, welcomed the ruling but urged restraint. Foreign Secretary Perfecto Yasay said the Philippines wanted talks with China on the basis of the award.

Taiwan, which also claims some of the islands, dismissed the finding that none of them is large enough to generate an exclusive economic zone.

Dozens of people gathered outside the Philippine embassy here on Tuesday evening to protest against the ruling, watched by police.

Some $5 trillion in trade passes through the sea each year. It was not clear whether China would step up construction on the reefs.
""")
CHN = A("China", "CHN", "GOV")
PHL = A("Philippines", "PHL", "GOV")
PCA = A("Hague arbitration tribunal", None, ["JUD", "IGO"])
E("w09", "China rejects Hague tribunal ruling on South", CHN, PCA, ["12"], "120", "2016-07-12", None, False, "headline")
E("w09", "warns of air defence zone", CHN, PHL, ["13"], "130", "2016-07-13", None, False, "headline (5 words)")
E("w09", "China on Tuesday rejected a ruling by", CHN, PCA, ["12"], "120", "2016-07-12", None, True,
  "rejection of a ruling 120; target the tribunal (an international court: no country, JUD/IGO); Tuesday; the "
  "Beijing dateline is not the place of the ruling")
E("w09", "a ruling by an international tribunal in", PCA, CHN, ["11", "17"], "112", "2016-07", P("The Hague", "NLD"),
  False, "the ruling as a nominal event in the lead, detailed in the next paragraph: optional")
E("w09", "The five judges of the arbitration panel", PCA, CHN, ["11", "17"], "112", "2016-07", None, True,
  "finding that China violated rights (court verdicts 17/11; a finding of wrongdoing read as 112); no day in the "
  "sentence: month")
E("w09", "which Chinese coast guard ships have controlled", A("Chinese coast guard", "CHN", ["COP", "MIL"]),
  A("Philippines", "PHL", None), ["19", "17"], "192", "2012", None, False,
  "standing control since 2012 in a relative clause: optional")
E("w09", "President Xi Jinping told visiting European leaders", A("Xi Jinping", "CHN", "GOV"), PCA, ["12"], "120",
  "2016-07", None, True, "stated refusal to accept the award; month")
E("w09", "Xi Jinping told visiting European leaders that", A("Xi Jinping", "CHN", "GOV"),
  A("European leaders", "EUR", ["GOV", "IGO"]), ["04"], "043", "2016-07", None, False,
  "hosting visitors, implied by 'visiting': optional")
E("w09", "Wang Yi called the case a political", A("Wang Yi", "CHN", "GOV"), PHL, ["11"], "111", "2016-07", None, True,
  "criticism of the case brought by the Philippines (111); month")
E("w09", "a vice foreign minister, Liu Zhenmin, warned", A("Liu Zhenmin", "CHN", "GOV"), PHL, ["13"], "130",
  "2016-07-13", None, False, "conditional threat with no named target: optional")
E("w09", "Manila, which brought the case in 2013", PHL, CHN, ["11", "17"], "115", "2013", None, True,
  "'Manila' is the government; lawsuit 115 in a relative clause with a year: dated background, required")
E("w09", "welcomed the ruling but urged restraint", PHL, PCA, ["05", "01"], "051", "2016-07", None, False,
  "praise of the ruling: optional")
E("w09", "said the Philippines wanted talks with China", A("Perfecto Yasay", "PHL", "GOV"), CHN, ["03", "04"], "036",
  "2016-07", None, False, "wish to negotiate, an intention: optional")
E("w09", "dismissed the finding that none of them", A("Taiwan", "TWN", "GOV"), PCA, ["12"], "120", "2016-07", None,
  False, "single outside reaction: optional")
E("w09", "Dozens of people gathered outside the Philippine", A("Chinese protesters", "CHN", "CVL"),
  A("Philippines", "PHL", None), ["14"], "141", "2016-07-12", P("Beijing", "CHN"), True,
  "demonstration at an embassy (premises: country with sector null); 'here' with the dateline = Beijing; Tuesday")
F("w09", "Some $5 trillion in trade passes through", "count and standing situation")
F("w09", "It was not clear whether China would", "speculation")

# ---------------------------------------------------------------- w10 Brussels, Europe/Eurasia
S("w10", "2021-11-16", "Europe/Eurasia", """
EU widens Belarus sanctions as Polish guards turn water cannon on migrants

BRUSSELS, Belgium —

European Union foreign ministers agreed on Monday to broaden sanctions against Belarus to cover airlines, travel agents and officials who they say have helped fly thousands of Middle Eastern migrants to the bloc's eastern border.

Josep Borrell, the EU's foreign policy chief, accused President Alexander Lukashenko of using desperate people as weapons in revenge for earlier sanctions imposed over his crackdown on the opposition. Minsk denies the charge and has said the migrants are free to go where they want.

On Tuesday, Polish border guards fired water cannon and tear gas at hundreds of migrants who hurled stones and branches at the fence near the crossing at Kuznica, the Polish defence ministry said. Anna Michalska, a spokeswoman for the border guard, said a police officer was badly hurt.

Most of the migrants, many of them Iraqi Kurds, have camped in freezing forests on the Belarusian side since Nov. 8.

German Chancellor Angela Merkel telephoned Lukashenko on Monday, the first call by a Western leader since his disputed re-election last year. The two agreed that the U.N. refugee agency and the International Organization for Migration should be allowed to deliver aid, according to Merkel's office.

Turkey barred Iraqis, Syrians and Yemenis from flights to Minsk on Friday, and Iraq said it would fly home those who wished to return.

Poland has stationed some 15,000 soldiers along the border. It was not clear whether the new sanctions would stop the flights.
""")
EU = A("European Union", "EUR", "IGO")
BLR = A("Belarus", "BLR", "GOV")
LUKA = A("Alexander Lukashenko", "BLR", "GOV")
POLG = A("Polish border guards", "POL", ["COP", "MIL"])
MIGR = A("migrants", "IRQ", ["REF", "CVL"])
E("w10", "EU widens Belarus sanctions as Polish guards", EU, BLR, SANCT, "163", "2021-11-15", None, False, "headline")
E("w10", "Polish guards turn water cannon on migrants", POLG, MIGR, REPR, "175", "2021-11-16", None, False, "headline")
E("w10", "European Union foreign ministers agreed on Monday", EU, BLR, SANCT, "163", "2021-11-15", None, True,
  "announced decision to widen sanctions (16/17); Monday; the Brussels dateline is not the place")
E("w10", "officials who they say have helped fly", BLR, MIGR, ["07", "17"], "070", "2021", None, False,
  "act inside an accusation: optional")
E("w10", "accused President Alexander Lukashenko of using desperate", A("Josep Borrell", "EUR", "IGO"), LUKA, ["11"],
  "112", "2021-11", None, True, "accusation; month")
E("w10", "earlier sanctions imposed over his crackdown on", EU, BLR, SANCT, "163", None, None, False,
  "agentless passive with no date: optional")
E("w10", "Minsk denies the charge and has said", BLR, EU, DENY, "016", "2021-11", None, True,
  "'Minsk' is the government; denial (01/12); present tense: month")
E("w10", "Polish border guards fired water cannon and", POLG, MIGR, REPR, "175", "2021-11-16", P("Kuznica", "POL"), True,
  "riot control with water cannon and tear gas 175 (17/18); the migrants by the nationality the text gives ('many of "
  "them Iraqi Kurds'); Tuesday; the sentence names Kuznica")
E("w10", "who hurled stones and branches at the", MIGR, POLG, VPROT, "145", "2021-11-16", P("Kuznica", "POL"), True,
  "violent protest in a relative clause with its agent (14/18/17); same Tuesday")
E("w10", "said a police officer was badly hurt", MIGR, A("Polish police", "POL", "COP"), ["18"], "180", "2021-11-16",
  None, False, "agentless passive inside a spokeswoman's account: optional")
E("w10", "Angela Merkel telephoned Lukashenko on Monday, the", A("Angela Merkel", "DEU", "GOV"), LUKA, ["04"], "041",
  "2021-11-15", None, True, "telephone talks 041; Monday")
E("w10", "The two agreed that the U.N. refugee", A("Angela Merkel", "DEU", "GOV"), LUKA, AGREE, "030", "2021-11-15", None,
  True, "'The two' = Merkel and Lukashenko; agreement (05/03/08) on access for aid; first-mentioned direction "
  "required; the call's day")
E("w10", "The two agreed that the U.N. refugee", LUKA, A("Angela Merkel", "DEU", "GOV"), AGREE, "030", "2021-11-15",
  None, False, "reverse direction: optional")
E("w10", "Turkey barred Iraqis, Syrians and Yemenis from", A("Turkey", "TUR", "GOV"), A("Iraqis", "IRQ", "CVL"),
  EXPEL, "172", "2021-11-12", None, True, "travel ban 172 (17/16, as owned8's exit bans); compound object, first "
  "target required; 'on Friday' from a Tuesday paper = Nov. 12")
E("w10", "Syrians and Yemenis from flights to Minsk", A("Turkey", "TUR", "GOV"), A("Syrians", "SYR", "CVL"), EXPEL,
  "172", "2021-11-12", None, False, "second target of the compound object: optional")
E("w10", "and Yemenis from flights to Minsk on", A("Turkey", "TUR", "GOV"), A("Yemenis", "YEM", "CVL"), EXPEL, "172",
  "2021-11-12", None, False, "third target of the compound object: optional")
E("w10", "Iraq said it would fly home those", A("Iraq", "IRQ", "GOV"), MIGR, ["07", "03"], "030", "2021-11", None, False,
  "intention: optional")
F("w10", "Poland has stationed some 15,000 soldiers along", "standing situation")
F("w10", "It was not clear whether the new", "speculation")

# ---------------------------------------------------------------- w11 Port Moresby, Pacific
S("w11", "1997-03-27", "Pacific", """
Papua New Guinea's Chan steps aside as soldiers and crowds besiege parliament

PORT MORESBY, Papua New Guinea —

Prime Minister Sir Julius Chan stepped aside on Wednesday after thousands of soldiers, students and residents surrounded Parliament House for a second day in protest at his government's hiring of foreign mercenaries.

Chan, who had survived a vote on his leadership a day earlier, said he would make way for an inquiry into the $36 million contract with the London-based firm Sandline International. His deputy, John Giheno, will act in his place.

The crisis began on March 16, when the army commander, Brig. Gen. Jerry Singirok, ordered his troops to detain Sandline's men and demanded that Chan resign. Singirok, whom the prime minister promptly dismissed, said the mercenaries had been hired to crush the separatist rebellion on the island of Bougainville and would have killed many civilians.

Tim Spicer, the British officer who led the company's team, was held at a barracks for several days before being released and flown out with his men.

Demonstrators pelted police with rocks outside the building on Tuesday, and officers fired tear gas to scatter them, police said.

Australian Prime Minister John Howard, whose government had urged Port Moresby to cancel the deal, welcomed the decision. Leaders of the Bougainville Revolutionary Army said they were ready to talk peace with whoever governed.

The war on Bougainville has killed thousands since 1989. It was not clear whether Chan would try to return to office.
""")
CHAN = A("Julius Chan", "PNG", "GOV")
PNGP = A("Papua New Guinean protesters", "PNG", ["CVL", "MIL", "EDU"])
PNGG = A("Papua New Guinea", "PNG", "GOV")
SING = A("Jerry Singirok", "PNG", "MIL")
SANDL = A("Sandline mercenaries", "GBR", ["UAF", "BUS"])
PNGCOP = A("Papua New Guinean police", "PNG", "COP")
E("w11", "Papua New Guinea's Chan steps aside as", CHAN, PNGP, ["08"], "0831", "1997-03-26", None, False, "headline")
E("w11", "soldiers and crowds besiege parliament", PNGP, PNGG, ["14"], "144", "1997-03", None, False,
  "headline (5 words)")
E("w11", "Prime Minister Sir Julius Chan stepped aside", CHAN, PNGP, ["08"], "0831", "1997-03-26", None, True,
  "stepping aside under protest pressure 0831, protesters as implied target (news-dev d09); Wednesday")
E("w11", "surrounded Parliament House for a second day", PNGP, PNGG, ["14"], "144", "1997-03", None, True,
  "siege of parliament by protesters (obstruction 144); 'for a second day': month; Parliament House is not a named "
  "place")
E("w11", "ordered his troops to detain Sandline's men", SING, SANDL, ["17"], "173", "1997-03-16", None, True,
  "detention ordered by the army commander, in a 'when' clause after 'on March 16': required; mercenaries of a "
  "London-based firm: GBR with UAF/BUS")
E("w11", "demanded that Chan resign", SING, CHAN, DEMAND, "1041", "1997-03-16", None, True,
  "demand that the head of government resign 1041 (10/02); same March 16 clause (4 words)")
E("w11", "whom the prime minister promptly dismissed, said", CHAN, SING, ["17", "12"], "172", "1997-03", None, False,
  "dismissal of the commander in a relative clause: optional")
E("w11", "said the mercenaries had been hired to", SING, PNGG, ["11"], "112", "1997-03", None, True,
  "accusation against the government; month")
E("w11", "was held at a barracks for several", A("Papua New Guinea Defence Force", "PNG", "MIL"),
  A("Tim Spicer", "GBR", ["UAF", "BUS"]), ["17"], "173", "1997-03", None, False,
  "agentless passive restating the detention ordered on March 16: optional")
E("w11", "before being released and flown out with", A("Papua New Guinea", "PNG", "GOV"),
  A("Tim Spicer", "GBR", ["UAF", "BUS"]), ["08", "17"], "084", "1997-03", None, False,
  "release and removal, agentless: optional")
E("w11", "Demonstrators pelted police with rocks outside the", PNGP, PNGCOP, VPROT, "145", "1997-03-25", None, True,
  "violent protest (14/18/17); 'on Tuesday' from a Thursday paper = March 25")
E("w11", "officers fired tear gas to scatter them", PNGCOP, PNGP, REPR, "175", "1997-03-25", None, True,
  "riot control 175 (17/18); 'them' = the demonstrators; same Tuesday")
E("w11", "whose government had urged Port Moresby to", A("Australia", "AUS", "GOV"), PNGG, DEMAND, "1042", "1997", None,
  False, "'Port Moresby' is the government; undated outside appeal in a relative clause: optional")
E("w11", "Howard, whose government had urged Port Moresby", A("John Howard", "AUS", "GOV"), CHAN, ["05", "01"], "051",
  "1997-03", None, False, "welcoming the decision: single outside reaction, optional")
E("w11", "said they were ready to talk peace", A("Bougainville Revolutionary Army", "PNG", ["REB", "RAD"]), PNGG,
  ["03", "04"], "036", "1997-03", None, False, "intention to negotiate: optional")
F("w11", "The war on Bougainville has killed thousands", "count and standing situation")
F("w11", "It was not clear whether Chan would", "speculation")

# ---------------------------------------------------------------- w12 Bogota, Americas
S("w12", "2015-08-27", "Americas", """
Colombia recalls envoy as Venezuela expels hundreds of Colombians at border

BOGOTA, Colombia —

Colombia recalled its ambassador from Caracas for consultations on Thursday, after talks between the two foreign ministers failed to end a crisis over Venezuela's expulsion of more than 1,000 Colombians from border towns.

President Juan Manuel Santos said his government would not accept the mistreatment of its citizens. Venezuela's foreign ministry answered by calling its own envoy home from Bogota hours later.

Foreign Ministers Maria Angela Holguin and Delcy Rodriguez met in the Caribbean city of Cartagena on Wednesday but agreed only to keep talking.

President Nicolas Maduro shut the main crossings near the Colombian city of Cucuta on Aug. 19, after smugglers ambushed an army patrol and wounded three Venezuelan soldiers. Two days later he declared a state of emergency in five municipalities of Tachira state.

Venezuelan national guardsmen have since rounded up Colombians living in the slums of San Antonio del Tachira and bused them to the border. Thousands more have waded across the Tachira River carrying mattresses, fridges and children on their backs, fearing that they would be next.

Jorge Armando Otalora, Colombia's national ombudsman, accused the guardsmen of marking homes for demolition and separating families.

Donamaris Ramirez, the mayor of Cucuta, said the city had set up shelters for about 6,000 people. Maduro has said the closure will last until order is restored.

Some five million Colombians are believed to live in Venezuela. It was not clear whether the crossings would reopen before next month.
""")
COL = A("Colombia", "COL", "GOV")
VEN = A("Venezuela", "VEN", "GOV")
MADURO = A("Nicolas Maduro", "VEN", "GOV")
VENGN = A("Venezuelan national guard", "VEN", ["MIL", "COP"])
COLC = A("Colombians in Venezuela", "COL", ["CVL", "REF"])
E("w12", "Colombia recalls envoy as Venezuela expels hundreds", COL, VEN, SANCT, "161", "2015-08-27", None, False,
  "headline")
E("w12", "Venezuela expels hundreds of Colombians at border", VENGN, COLC, EXPEL, "174", "2015-08", None, False,
  "headline")
E("w12", "Colombia recalled its ambassador from Caracas for", COL, VEN, SANCT, "161", "2015-08-27", None, True,
  "recalling one's own envoy 161 (news-dev); Thursday")
E("w12", "a crisis over Venezuela's expulsion of more", VEN, COLC, EXPEL, "174", "2015-08", None, False,
  "nominal expulsion in the lead, detailed later: optional")
E("w12", "said his government would not accept the", A("Juan Manuel Santos", "COL", "GOV"), VEN, ["11", "12"], "111",
  "2015-08", None, False, "criticism put as a refusal: coders split, optional")
E("w12", "answered by calling its own envoy home", VEN, COL, SANCT, "161", "2015-08-27", None, True,
  "recall of the envoy 161; 'hours later' after Thursday's recall")
E("w12", "met in the Caribbean city of Cartagena", A("Maria Angela Holguin", "COL", "GOV"),
  A("Delcy Rodriguez", "VEN", "GOV"), ["04"], "043", "2015-08-26", P("Cartagena", "COL"), True,
  "meeting of the two ministers (Colombia hosts: 043; 04 root); compound subject of two core actors: first-mentioned "
  "direction required, reverse optional; Wednesday; the clause names Cartagena")
E("w12", "met in the Caribbean city of Cartagena", A("Delcy Rodriguez", "VEN", "GOV"),
  A("Maria Angela Holguin", "COL", "GOV"), ["04"], "042", "2015-08-26", P("Cartagena", "COL"), False,
  "reverse direction of the meeting: optional")
E("w12", "but agreed only to keep talking", A("Maria Angela Holguin", "COL", "GOV"), A("Delcy Rodriguez", "VEN", "GOV"),
  ["03", "04"], "036", "2015-08-26", None, False, "agreement to go on talking: optional")
E("w12", "Maduro shut the main crossings near the", MADURO, COL, ["19", "17", "16"], "191", "2015-08-19", None, True,
  "border closure (restrict movement 191; 17/16 also read); 'on Aug. 19'; 'near ... Cucuta' gives no place")
E("w12", "after smugglers ambushed an army patrol and", A("smugglers", None, "CRM"), A("Venezuelan army", "VEN", "MIL"),
  ATTACK, "190", "2015-08", None, False, "attack by perpetrators of no named nationality: optional")
E("w12", "Two days later he declared a state", MADURO, A("Venezuela", "VEN", None), COUP, "1724", "2015-08-21", None,
  True, "declared emergency 1724 (17/19); 'he' = Maduro; two days after Aug. 19; 'Tachira state' is a region, not "
  "a city: no place")
E("w12", "Venezuelan national guardsmen have since rounded up", VENGN, COLC, EXPEL, "174", "2015-08",
  P("San Antonio del Tachira", "VEN"), True, "expulsion 174 (17/16); present perfect 'since': month; the clause names "
  "San Antonio del Tachira")
E("w12", "accused the guardsmen of marking homes for", A("Jorge Armando Otalora", "COL", ["GOV", "JUD"]), VENGN, ["11"],
  "112", "2015-08", None, True, "accusation; 'the guardsmen' = the Venezuelan national guard; month")
E("w12", "said the city had set up shelters", A("Cucuta city government", "COL", "GOV"), COLC, ["07"], "073",
  "2015-08", None, False, "help to one's own returnees: optional")
F("w12", "Some five million Colombians are believed to", "count and standing situation")
F("w12", "It was not clear whether the crossings", "speculation")

if __name__ == "__main__":
    write(HERE)
