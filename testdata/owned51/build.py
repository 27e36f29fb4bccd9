#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned51 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned51/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
REMOVE = ["17", "12", "11"]

# ---------------------------------------------------------------- az01 Johannesburg, Africa (South Africa)
S("az01", "1976-06-17", "Africa", """
Police fire on Soweto pupils protesting against Afrikaans lessons; rioting spreads

JOHANNESBURG, South Africa —

Police opened fire on thousands of black schoolchildren in Soweto on Wednesday, killing at least four of them, as the pupils marched against a government order that half their lessons be taught in Afrikaans.

Witnesses said officers first threw tear gas at the column of marchers, who carried placards reading "Down with Afrikaans", and fired into the crowd when stones were thrown. Among the dead was a schoolboy aged 12.

Angry youths later burned government offices, beer halls and cars across the township and stoned two white officials, one of whom was beaten to death.

Police Minister James Kruger told reporters that the officers had fired in self-defence, and he blamed agitators for stirring up the pupils. Riot police reinforcements were flown in overnight, and the township was sealed off on Thursday.

The Bantu Education Department, which issued the language decree two years ago, had turned down repeated requests by school boards to withdraw it. Pupils at several Soweto schools began boycotting classes in May.

Prime Minister John Vorster told parliament in Cape Town that the government would not be intimidated and warned that order would be restored at all costs.

The opposition Progressive Reform Party demanded a judicial inquiry into the shootings.

Soweto, southwest of Johannesburg, is home to more than a million black people. It was not known whether the schools would reopen next week.
""")
ZAFCOP = A("South African police", "ZAF", "COP")
PUPILS = A("Soweto pupils", "ZAF", ["CVL", "EDU"])
ZAFG = A("South Africa's government", "ZAF", "GOV")
YOUTHS = A("Soweto youths", "ZAF", ["CVL", "RAD"])
SOWETO = P("Soweto", "ZAF")
E("az01", "Police fire on Soweto pupils protesting against", ZAFCOP, PUPILS, REPR, "175", "1976-06-16", SOWETO, False,
  "headline")
E("az01", "Police opened fire on thousands of black", ZAFCOP, PUPILS, REPR, "175", "1976-06-16", SOWETO, True,
  "live fire on marchers 175 (17/18), as owned35 ai01; 'on Wednesday' in a Thursday paper; 'in Soweto' names the place")
E("az01", "as the pupils marched against a government order", PUPILS, ZAFG, ["14"], "141", "1976-06-16", SOWETO, True,
  "the march 141 in an 'as' clause with its own agent and the day of the main clause")
E("az01", "Witnesses said officers first threw tear gas", ZAFCOP, PUPILS, REPR, "175", "1976-06", None, False,
  "detail of the shooting already coded, inside the witnesses' account: optional; no day of its own")
E("az01", "Angry youths later burned government offices, beer", YOUTHS, ZAFG, VPROT, "145", "1976-06", SOWETO, True,
  "riot 145 (14/18/17); 'across the township' refers back to Soweto named in the lead (the dateline is Johannesburg, "
  "not the place); 'later' gives no firm day: month")
E("az01", "stoned two white officials, one of whom", YOUTHS, A("white township officials", "ZAF", "GOV"), ["18"], "182",
  "1976-06", SOWETO, False, "second verb of the same subject: optional; physical assault 182")
E("az01", "he blamed agitators for stirring up the", A("James Kruger", "ZAF", "GOV"),
  A("agitators", "ZAF", ["RAD", "OPP", "CVL"]), ["11"], "112", "1976-06", None, True,
  "blame 112; 'he' is Kruger; the text gives the agitators no nationality other than the story's; month")
E("az01", "the township was sealed off on Thursday", ZAFCOP, A("Soweto residents", "ZAF", "CVL"), ["19", "17"], "191",
  "1976-06-17", SOWETO, False, "agentless passive (police implied): optional; sealing off 191 (19/17)")
E("az01", "had turned down repeated requests by school", A("Bantu Education Department", "ZAF", "GOV"),
  A("Soweto school boards", "ZAF", ["EDU", "CVL"]), ["12"], "120", None, None, False,
  "undated pluperfect refusal: optional, no date; the decree itself ('two years ago') has no CAMEO code")
E("az01", "Pupils at several Soweto schools began boycotting", PUPILS, ZAFG, ["14"], "143", "1976-05", SOWETO, True,
  "class boycott 143; dated background 'in May'; 'Soweto schools' names the place")
E("az01", "warned that order would be restored at", A("John Vorster", "ZAF", "GOV"), PUPILS, ["13"], "137", "1976-06",
  P("Cape Town", "ZAF"), True, "threat of repression 137; 'told parliament in Cape Town' names where he spoke; "
  "'would not be intimidated' is a refusal put as an intention, not coded; month")
E("az01", "demanded a judicial inquiry into the shootings", A("Progressive Reform Party", "ZAF", ["OPP", "PTY"]), ZAFG,
  DEMAND, "100", "1976-06", None, True, "demand 100 (10/02; 1013 also fits); month")
F("az01", "Soweto, southwest of Johannesburg, is home to", "standing fact and count")
F("az01", "It was not known whether the schools", "speculation")

# ---------------------------------------------------------------- az02 Kinshasa, Africa (Zaire / France / Angola)
S("az02", "1978-05-20", "Africa", """
French Legionnaires drop on Kolwezi to rescue Europeans held by Katangan rebels

KINSHASA, Zaire —

Hundreds of French Foreign Legion paratroopers jumped into the mining town of Kolwezi on Friday and drove Katangan rebels from its centre, the Defence Ministry in Paris said.

The rebels of the Congolese National Liberation Front, who crossed from Angola and seized the copper town on May 13, had rounded up European residents, and dozens of the hostages were found shot in their homes, survivors said.

Belgium, the former colonial power, flew about 1,700 of its own paratroopers to the Kamina air base and said they would evacuate its citizens rather than fight.

President Mobutu Sese Seko accused Angola of arming and training the invaders, and said Cuban officers had led them. Angola's president, Agostinho Neto, denied any role and called the charge a pretext for foreign intervention in Africa.

Zairean troops, who had fled in disarray in the first days, retook the airport with French help, officials here said.

French President Valery Giscard d'Estaing, who ordered the operation after talking to Mobutu by telephone, said the legionnaires would stay only as long as the Europeans were in danger.

About 2,500 Europeans, most of them Belgian and French technicians for the state mining company Gecamines, lived in Kolwezi before the attack. How many of them were still alive was not known.
""")
FRAMIL = A("French Foreign Legion", "FRA", "MIL")
FNLC = A("Congolese National Liberation Front", "COD", "REB")
CODMIL = A("Zairean armed forces", "COD", "MIL")
MOBUTU = A("Mobutu Sese Seko", "COD", "GOV")
EUROS = A("European residents of Kolwezi", None, "CVL")
KOLWEZI = P("Kolwezi", "COD")
E("az02", "French Legionnaires drop on Kolwezi to rescue", FRAMIL, FNLC, ["19"], "190", "1978-05-19", KOLWEZI, False,
  "headline")
E("az02", "Hundreds of French Foreign Legion paratroopers jumped", FRAMIL, FNLC, ["19"], "190", "1978-05-19", KOLWEZI,
  True, "military assault 190; 'on Friday' before a Saturday paper; 'the mining town of Kolwezi' names the place; the "
  "ministry's attribution is undisputed")
E("az02", "seized the copper town on May 13", FNLC, CODMIL, ["19", "17"], "190", "1978-05-13", KOLWEZI, True,
  "dated background in a relative clause with its own agent; taking a town by force 190 (192 occupation also right, "
  "same root); 'the copper town' = Kolwezi; Zaire (COD) for the 1978 state")
E("az02", "had rounded up European residents, and dozens", FNLC, EUROS, ["18"], "181", "1978-05", None, True,
  "hostage-taking 181; undated pluperfect: month; the Europeans have no single nationality: null")
E("az02", "dozens of the hostages were found shot", FNLC, EUROS, ["18", "20"], "180", "1978-05", None, False,
  "agentless killing inside the survivors' account: optional")
E("az02", "flew about 1,700 of its own paratroopers", A("Belgium", "BEL", "GOV"), FNLC, ["15", "07"], "150", "1978-05",
  P("Kamina", "COD"), False, "deployment without a fight: optional (15/07); 'the Kamina air base' names the place")
E("az02", "accused Angola of arming and training the", MOBUTU, A("Angola", "AGO", "GOV"), ["11"], "112", "1978-05", None,
  True, "accusation 112; month")
E("az02", "said Cuban officers had led them", MOBUTU, A("Cuban military officers", "CUB", "MIL"), ["11"], "112",
  "1978-05", None, False, "second accusation of the same speaker: optional")
E("az02", "Agostinho Neto, denied any role and called", A("Agostinho Neto", "AGO", "GOV"), MOBUTU, DENY, "016", "1978-05",
  None, True, "denial 016 (01/12) answering Mobutu; month")
E("az02", "called the charge a pretext for foreign", A("Agostinho Neto", "AGO", "GOV"), MOBUTU, ["11"], "111", "1978-05",
  None, False, "second verb: optional")
E("az02", "retook the airport with French help, officials", CODMIL, FNLC, ["19"], "190", "1978-05", None, True,
  "fighting 190; 'the airport' gives no place (Kolwezi is named only in other sentences, and 'here' is Kinshasa, "
  "where the officials spoke); no day: month")
E("az02", "who ordered the operation after talking to", A("Valery Giscard d'Estaing", "FRA", "GOV"), MOBUTU, ["04"],
  "041", "1978-05", None, False, "undated telephone talk inside a relative clause: optional")
F("az02", "About 2,500 Europeans, most of them Belgian", "count and standing fact")
F("az02", "How many of them were still alive", "speculation")

# ---------------------------------------------------------------- az03 Cairo, Middle East (Egypt / Israel)
S("az03", "1977-11-21", "Middle East", """
Sadat tells Knesset Israel must give up Arab land; Syria mourns his journey

CAIRO, Egypt —

President Anwar Sadat, the first Arab head of state to set foot in Israel, told the Knesset in Jerusalem on Sunday that there could be peace only if Israel withdrew from all Arab land occupied in 1967 and recognised the rights of the Palestinians.

Prime Minister Menachem Begin replied from the same rostrum that Israel wanted peace but would not go back to its old borders, and he proposed negotiations without preconditions.

The two men held two rounds of talks later in the day and agreed, aides said, that there would be no more war between their countries.

Sadat, who landed at Ben-Gurion airport on Saturday night, prayed at al-Aqsa mosque and laid a wreath at the Yad Vashem memorial before flying home on Monday.

In Damascus, President Hafez al-Assad's government declared a day of national mourning, and Syrian radio called the journey a betrayal of the Arab cause. The Palestine Liberation Organization said Sadat had sold out the Palestinians.

Egypt's foreign minister, Ismail Fahmy, resigned on Thursday in protest at the trip, and his deputy quit hours later.

Crowds here cheered the visit on television screens in cafes, and the government newspapers praised his courage.

Egypt and Israel have fought four wars since 1948. Whether other Arab governments would follow Sadat's lead was far from clear.
""")
SADAT = A("Anwar Sadat", "EGY", "GOV")
BEGIN = A("Menachem Begin", "ISR", "GOV")
SYRG = A("Syria's government", "SYR", "GOV")
E("az03", "Sadat tells Knesset Israel must give up", SADAT, A("Israel", "ISR", "GOV"), DEMAND, "100", "1977-11", None,
  False, "headline")
E("az03", "told the Knesset in Jerusalem on Sunday", SADAT, A("Israel", "ISR", "GOV"), DEMAND, "100", "1977-11-20",
  P("Jerusalem", "ISR"), True, "demand for withdrawal 100 (10/02; 1056 also fits); 'in Jerusalem' names the place "
  "(country as gazetteers give it); 'on Sunday' before a Monday paper; the appositive 'first ... to set foot in "
  "Israel' is not a separate event")
E("az03", "would not go back to its old", BEGIN, SADAT, ["12"], "120", "1977-11", None, False,
  "refusal put as an intention: optional")
E("az03", "he proposed negotiations without preconditions", BEGIN, SADAT, ["03"], "036", "1977-11", None, True,
  "offer to negotiate 036; 'he' = Begin; no day of its own: month")
E("az03", "The two men held two rounds of", SADAT, BEGIN, ["04"], "040", "1977-11-20", None, True,
  "talks 040 (043/046 also right); first-mentioned direction (Sadat, who leads the story) required; 'later in the day' "
  "= Sunday; no city in the sentence")
E("az03", "The two men held two rounds of", BEGIN, SADAT, ["04"], "040", "1977-11-20", None, False, "reverse: optional")
E("az03", "agreed, aides said, that there would be", SADAT, BEGIN, AGREE, "030", "1977-11-20", None, False,
  "an understanding reported by aides, second verb: optional (05/03/08)")
E("az03", "who landed at Ben-Gurion airport on Saturday", SADAT, A("Israel", "ISR", "GOV"), ["04"], "042", "1977-11-19",
  None, True, "the visit 042 as a dated relative clause with its own agent; the airport names no city; Israel as a "
  "destination is not a place")
E("az03", "government declared a day of national mourning", SYRG, SADAT, ["11", "14"], "110", "1977-11",
  P("Damascus", "SYR"), True, "official mourning as disapproval 110 (11/14); 'In Damascus' names the place; month")
E("az03", "Syrian radio called the journey a betrayal", A("Syrian state radio", "SYR", ["MED", "GOV"]), SADAT, ["11"],
  "111", "1977-11", P("Damascus", "SYR"), True, "denunciation 111, its own clause and subject; 'In Damascus' opens the "
  "sentence; month")
E("az03", "The Palestine Liberation Organization said Sadat had", A("Palestine Liberation Organization", "PSE",
  ["REB", "NGO", "GOV"]), SADAT, ["11"], "111", "1977-11", None, True, "denunciation 111; month")
E("az03", "Ismail Fahmy, resigned on Thursday in protest", A("Ismail Fahmy", "EGY", "GOV"), SADAT, ["14", "11", "16"],
  "140", "1977-11-17", None, True, "a resignation in protest at one's own government 140 (14/11/16); 'on Thursday' "
  "before a Monday paper = Nov. 17")
E("az03", "his deputy quit hours later", A("Egypt's deputy foreign minister", "EGY", "GOV"), SADAT, ["14", "11", "16"],
  "140", "1977-11", None, False, "second resignation, no name: optional")
E("az03", "Crowds here cheered the visit on television", A("Egyptian crowds", "EGY", "CVL"), SADAT, ["05"], "051",
  "1977-11", P("Cairo", "EGY"), False, "support shown by crowds: optional; 'here' = Cairo (dateline)")
E("az03", "the government newspapers praised his courage", A("Egyptian government newspapers", "EGY", ["MED", "GOV"]),
  SADAT, ["05"], "051", "1977-11", None, False, "praise 051, second clause: optional")
F("az03", "Egypt and Israel have fought four wars", "standing fact and count")
F("az03", "Whether other Arab governments would follow Sadat's", "speculation")

# ---------------------------------------------------------------- az04 Jerusalem, Middle East (Israel / U.S. / Syria)
S("az04", "1981-12-21", "Middle East", """
Begin rebukes Washington over frozen pact as U.N. voids Golan law

JERUSALEM, Israel —

Prime Minister Menachem Begin summoned the U.S. ambassador, Samuel Lewis, on Sunday and accused the Reagan administration of treating Israel like a vassal state, two days after Washington suspended a new agreement on strategic cooperation.

The United States froze the accord on Friday in protest against a law, rushed through the Knesset last Monday, that extends Israeli law and administration to the Golan Heights, captured from Syria in 1967.

"Are we a banana republic?" Begin asked in a statement read to the envoy. He said Israel would not repeal the law under any pressure.

The U.N. Security Council on Thursday unanimously declared the measure null and void, in a vote that included the United States, and demanded that Israel rescind it.

Syria's foreign minister, Abdel Halim Khaddam, called the annexation a declaration of war, and Damascus urged Arab states to break off ties with any country that backed it.

In the Druze village of Majdal Shams, residents shut their shops and schools in protest, villagers said.

Israeli officials insist that the law is not an annexation and say the plateau is vital to the country's security.

Israel has held the heights, which overlook the Sea of Galilee, since the 1967 war. No date has been set for a new meeting of the joint strategic council.
""")
USA = A("United States", "USA", "GOV")
ISRG = A("Israel's government", "ISR", "GOV")
E("az04", "Begin rebukes Washington over frozen pact as", BEGIN, USA, ["11"], "111", "1981-12", None, False, "headline")
E("az04", "U.N. voids Golan law", A("U.N. Security Council", "UNO", "IGO"), ISRG, ["11", "17"], "111", "1981-12", None,
  False, "headline")
E("az04", "Menachem Begin summoned the U.S. ambassador, Samuel", BEGIN, A("Samuel Lewis", "USA", "GOV"), ["11"], "114",
  "1981-12-20", None, True, "summoning an envoy to protest 114 (news-dev); 'on Sunday' before a Monday paper")
E("az04", "accused the Reagan administration of treating Israel", BEGIN, USA, ["11"], "112", "1981-12-20", None, True,
  "accusation 112, second verb with its own object and the same day; required as the story's main charge")
E("az04", "two days after Washington suspended a new", USA, ISRG, SANCT, "160", "1981-12-18", None, False,
  "lead summary of the freeze detailed in the next sentence: optional; 'Washington' = the U.S. government")
E("az04", "The United States froze the accord on", USA, ISRG, SANCT, "160", "1981-12-18", None, True,
  "suspending a cooperation accord in protest 160 (16/17); 'on Friday' before a Monday paper")
E("az04", "rushed through the Knesset last Monday, that", A("Knesset", "ISR", ["LEG", "GOV"]), A("Syria", "SYR", "GOV"),
  ["19", "17"], "192", "1981-12-14", None, False, "the annexation law as a participle without a clause of its own: "
  "optional; 192 (19/17); 'last Monday' = Dec. 14")
E("az04", "captured from Syria in 1967", A("Israeli armed forces", "ISR", "MIL"), A("Syria", "SYR", "GOV"), ["19"],
  "192", "1967", None, False, "agentless participle of a 1967 event: optional")
E("az04", "He said Israel would not repeal the", BEGIN, A("U.N. Security Council", "UNO", "IGO"), ["12"], "120",
  "1981-12", None, False, "refusal put as an intention: optional")
E("az04", "unanimously declared the measure null and void", A("U.N. Security Council", "UNO", "IGO"), ISRG, ["11", "17"],
  "111", "1981-12-17", None, True, "condemnation 111 (11/17, as court verdicts); 'on Thursday' = Dec. 17; the vote of "
  "the United States inside it is no separate event")
E("az04", "demanded that Israel rescind it", A("U.N. Security Council", "UNO", "IGO"), ISRG, DEMAND, "100", "1981-12-17",
  None, False, "second verb: optional")
E("az04", "called the annexation a declaration of war", A("Abdel Halim Khaddam", "SYR", "GOV"), ISRG, ["11"], "111",
  "1981-12", None, True, "denunciation 111; month")
E("az04", "Damascus urged Arab states to break off", SYRG, A("Arab states", None, "GOV"), DEMAND, "022", "1981-12", None,
  True, "appeal for diplomatic action 022 (02/10); 'Damascus' = Syria's government (actor, not place); its own clause "
  "and subject; Arab states null/GOV as news-dev's UN member states")
E("az04", "residents shut their shops and schools in", A("Druze residents of Majdal Shams", "SYR", "CVL"), ISRG, ["14"],
  "143", "1981-12", P("Majdal Shams", "SYR"), True, "strike 143; 'In the Druze village of Majdal Shams' names the "
  "place (Golan: Syria, as news-dev's internationally recognised countries); the residents are Syrian Druze; "
  "villagers' account undisputed; month")
E("az04", "Israeli officials insist that the law is", ISRG, SYRG, DENY, "016", "1981-12", None, False,
  "present-tense standing position: optional")
F("az04", "Israel has held the heights, which overlook", "standing situation")
F("az04", "No date has been set for a new", "negated: nothing scheduled")

# ---------------------------------------------------------------- az05 Seoul, Asia (South Korea)
S("az05", "1979-10-27", "Asia", """
South Korea's Park shot dead by his intelligence chief; martial law declared

SEOUL, South Korea —

President Park Chung-hee was shot dead on Friday night by the director of the Korean Central Intelligence Agency, Kim Jae-kyu, during a dinner at an agency building near the presidential mansion, the government announced on Saturday.

Kim also shot the head of the presidential guard, Cha Ji-chul, and agents under his command killed five bodyguards, a government spokesman said. Martial law troops arrested the intelligence chief hours later.

The cabinet declared martial law over most of the country at 4 a.m. on Saturday and named the army chief of staff, Gen. Chung Seung-hwa, as martial law commander. Universities were closed, and a curfew was imposed in Seoul.

Prime Minister Choi Kyu-hah became acting president under the constitution.

In Washington, the State Department warned that the United States would react strongly to any attempt by North Korea to exploit the situation. About 39,000 American troops are stationed in the South.

Park, 61, seized power in a military coup in May 1961 and ruled for 18 years. His wife was killed by a gunman in 1974 during an attempt on his life.

The killing followed a week of student riots in the southern ports of Pusan and Masan, where the government imposed martial law on Oct. 18.

Whether the shooting was part of a wider plot remained unclear.
""")
KIMJK = A("Kim Jae-kyu", "KOR", ["SPY", "GOV"])
PARK = A("Park Chung-hee", "KOR", "GOV")
KORG = A("South Korea's government", "KOR", "GOV")
E("az05", "South Korea's Park shot dead by his", KIMJK, PARK, ATTACK, "186", "1979-10-26", None, False, "headline")
E("az05", "his intelligence chief; martial law declared", KORG, None, ["17"], "1724", "1979-10-27", None, False, "headline")
E("az05", "Park Chung-hee was shot dead on Friday", KIMJK, PARK, ATTACK, "186", "1979-10-26", None, True,
  "assassination 186 (18/19/20); passive with its agent after 'by'; 'on Friday night' before a Saturday paper; 'near "
  "the presidential mansion' names no city")
E("az05", "Kim also shot the head of the", KIMJK, A("Cha Ji-chul", "KOR", ["GOV", "COP"]), ATTACK, "186", "1979-10",
  None, True, "killing of the guard chief 186; no day in the sentence: month")
E("az05", "agents under his command killed five bodyguards", A("KCIA agents", "KOR", ["SPY", "GOV"]),
  A("presidential bodyguards", "KOR", ["GOV", "COP"]), ATTACK, "180", "1979-10", None, False,
  "second clause, unnamed agents: optional")
E("az05", "Martial law troops arrested the intelligence chief", A("South Korean martial law troops", "KOR", ["MIL", "GOV"]),
  KIMJK, ["17"], "173", "1979-10", None, True, "arrest 173; 'hours later' gives no firm day (Friday night or Saturday): "
  "month")
E("az05", "The cabinet declared martial law over most", KORG, None, ["17"], "1724", "1979-10-27", None, True,
  "martial law 1724 (news-dev); no target named; 'at 4 a.m. on Saturday' in a Saturday paper")
E("az05", "a curfew was imposed in Seoul", A("South Korean martial law command", "KOR", ["MIL", "GOV"]),
  A("Seoul residents", "KOR", "CVL"), ["17"], "1723", "1979-10", P("Seoul", "KOR"), False,
  "agentless passive: optional; curfew 1723")
E("az05", "the State Department warned that the United", A("U.S. State Department", "USA", "GOV"),
  A("North Korea", "PRK", "GOV"), ["13"], "138", "1979-10", P("Washington", "USA"), True,
  "warning of force 138; 'In Washington' names where it was said; month")
E("az05", "seized power in a military coup in", PARK, A("South Korea's government", "KOR", "GOV"), COUP, "170",
  "1961-05", None, True, "dated background coup (17/19); 'in May 1961'")
E("az05", "His wife was killed by a gunman", A("gunman", None, None), A("Yuk Young-soo", "KOR", "GOV"), ATTACK, "186",
  "1974", None, True, "dated background killing, passive with agent; the gunman null/null (news-dev); the first lady "
  "KOR/GOV")
E("az05", "during an attempt on his life", A("gunman", None, None), PARK, ["18"], "185", "1974", None, False,
  "nominal attempt: optional")
E("az05", "where the government imposed martial law on", KORG, A("Pusan and Masan residents", "KOR", "CVL"), ["17"],
  "1724", "1979-10-18", P("Pusan", "KOR"), True, "dated background in a 'where' relative with its own agent; 'Oct. "
  "18'; Pusan is the first of the two ports named (Masan also right)")
E("az05", "a week of student riots in the", A("South Korean students", "KOR", ["CVL", "EDU"]), KORG, VPROT, "145",
  "1979-10", P("Pusan", "KOR"), False, "nominal riots: optional")
F("az05", "About 39,000 American troops are stationed in", "count and standing situation")
F("az05", "Whether the shooting was part of a", "speculation")

# ---------------------------------------------------------------- az06 Manila, Asia (Philippines / U.S.)
S("az06", "1991-09-17", "Asia", """
Philippine Senate rejects U.S. bases treaty; Aquino vows to take fight to voters

MANILA, Philippines —

The Philippine Senate voted 12 to 11 on Monday to reject a treaty that would have let the United States keep its naval base at Subic Bay for another decade, dealing a heavy blow to President Corazon Aquino.

Senate President Jovito Salonga, who led the opposition to the pact, said the vote ended almost a century of foreign military presence. Outside the Senate building, hundreds of demonstrators who had kept a vigil in the rain cheered and burned an American flag.

Aquino, who led about 100,000 supporters in a march through the capital last Tuesday to press senators to ratify the treaty, said she would ask the people to decide in a referendum.

The U.S. Embassy said Washington was disappointed and was ready to open talks with Manila on an orderly withdrawal. Under the treaty the Americans had offered $203 million a year in aid.

Nationalist senators accused the United States of treating the Philippines as a colony and said the bases made the country a target in any nuclear war.

Defence Secretary Renato de Villa said the armed forces would respect the Senate's verdict.

The bases have employed some 40,000 Filipinos. Whether a referendum could legally overturn the vote was not clear.
""")
PHLSEN = A("Philippine Senate", "PHL", ["LEG", "GOV"])
AQUINO = A("Corazon Aquino", "PHL", "GOV")
E("az06", "Philippine Senate rejects U.S. bases treaty; Aquino", PHLSEN, USA, ["12"], "127", "1991-09-16", None, False,
  "headline")
E("az06", "The Philippine Senate voted 12 to 11", PHLSEN, USA, ["12"], "127", "1991-09-16", None, True,
  "rejecting an agreement 127; 'on Monday' before a Tuesday paper; no city in the sentence")
E("az06", "hundreds of demonstrators who had kept a", A("Filipino demonstrators", "PHL", ["CVL", "OPP"]), USA,
  ["14"], "141", "1991-09", None, True, "flag burning as a demonstration 141; 'Outside the Senate building' names no "
  "city; no day of its own: month")
E("az06", "led about 100,000 supporters in a march", AQUINO, PHLSEN, ["14", "02"], "141", "1991-09-10",
  P("Manila", "PHL"), True, "dated background in a relative clause with its own agent: a march to press the senators "
  "141 (14/02); 'last Tuesday' before a Tuesday paper = Sept. 10; 'the capital' with the dateline = Manila")
E("az06", "said she would ask the people to", AQUINO, A("Filipino voters", "PHL", "CVL"), ["02", "03"], "020", "1991-09",
  None, False, "a plan put as an intention: optional")
E("az06", "was ready to open talks with Manila", A("U.S. Embassy in Manila", "USA", "GOV"),
  A("Philippines", "PHL", "GOV"), ["03"], "036", "1991-09", None, True,
  "offer to negotiate 036; 'Manila' = the Philippine government (actor, not place); month")
E("az06", "The U.S. Embassy said Washington was disappointed", A("U.S. Embassy in Manila", "USA", "GOV"), PHLSEN,
  ["11"], "110", "1991-09", None, False, "mild disapproval 110: optional")
E("az06", "the Americans had offered $203 million a", USA, A("Philippines", "PHL", "GOV"), ["03", "07"], "033", None,
  None, False, "undated pluperfect offer of aid: optional")
E("az06", "Nationalist senators accused the United States of", A("nationalist Philippine senators", "PHL", ["LEG", "GOV"]),
  USA, ["11"], "112", "1991-09", None, True, "accusation 112; month")
F("az06", "The bases have employed some 40,000 Filipinos", "count and standing fact")
F("az06", "Whether a referendum could legally overturn the", "speculation")

# ---------------------------------------------------------------- az07 Moscow, Europe/Eurasia (Soviet Georgia)
S("az07", "1989-04-10", "Europe/Eurasia", """
Soviet troops break up Tbilisi rally, killing at least 16; curfew imposed

MOSCOW, Soviet Union —

Soldiers and Interior Ministry troops charged thousands of demonstrators in front of the government headquarters in the Georgian capital, Tbilisi, before dawn on Sunday, and at least 16 people were killed, the official news agency Tass said.

Tass said most of the dead, many of them women, were crushed in a stampede. Georgian witnesses reached by telephone said soldiers had swung sharpened spades and fired a choking gas into the crowd.

The protesters, who had filled Rustaveli Avenue since Tuesday, were demanding that Georgia leave the Soviet Union and denouncing calls by the Abkhaz minority for a republic of its own.

Military commanders imposed a curfew on the city on Sunday night, and armoured vehicles patrolled the centre. Georgian party chief Jumber Patiashvili, speaking on republican television, blamed "extremist" leaders of the rally for the bloodshed.

The Kremlin sent Foreign Minister Eduard Shevardnadze, a former party leader of Georgia, to Tbilisi on Monday to calm the republic. Thousands of Georgians answered the killings with a general strike that shut factories and shops, a local journalist said.

Several organisers of the rally, including the dissident Zviad Gamsakhurdia, were detained.

Georgia is a republic of some 5 million people with its own language and alphabet. It was unclear who had given the order to clear the square.
""")
SOVMIL = A("Soviet army troops", "RUS", "MIL")
GEOP = A("Georgian demonstrators", "GEO", ["CVL", "OPP"])
SOVG = A("Soviet government", "RUS", "GOV")
TBILISI = P("Tbilisi", "GEO")
E("az07", "Soviet troops break up Tbilisi rally, killing", SOVMIL, GEOP, REPR, "175", "1989-04-09", TBILISI, False,
  "headline")
E("az07", "Soldiers and Interior Ministry troops charged thousands", SOVMIL, GEOP, REPR, "175", "1989-04-09", TBILISI,
  True, "violent dispersal 175 (17/18); compound subject, first member required; the headline says the troops are "
  "Soviet: RUS, the code the project's country list gives the Soviet state's successor; 'in the Georgian capital, "
  "Tbilisi' names the place; 'before dawn on Sunday' before a Monday paper; the agentless 'were killed' is the same act")
E("az07", "Soldiers and Interior Ministry troops charged thousands", A("Soviet Interior Ministry troops", "RUS",
  ["COP", "MIL"]), GEOP, REPR, "175", "1989-04-09", TBILISI, False, "second member: optional")
E("az07", "Georgian witnesses reached by telephone said soldiers", SOVMIL, GEOP, ["18", "17"], "182", "1989-04", None,
  False, "one side's account, disputed by Tass: optional")
E("az07", "were demanding that Georgia leave the Soviet", GEOP, SOVG, ["10", "14"], "1044", "1989-04", None, True,
  "demand for independence 1044 (10/14: coders also code the rally 141); 'since Tuesday' is a span: month; "
  "'Rustaveli Avenue' names a street, not a city: no place")
E("az07", "denouncing calls by the Abkhaz minority for", GEOP, A("Abkhaz minority", "GEO", ["CVL", "OPP"]), ["11"],
  "111", "1989-04", None, False, "second participle of the same subject: optional")
E("az07", "Military commanders imposed a curfew on the", A("Soviet military command", "RUS", "MIL"),
  A("Tbilisi residents", "GEO", "CVL"), ["17"], "1723", "1989-04-09", TBILISI, True, "curfew 1723; 'the city' = "
  "Tbilisi, named in the lead (the dateline Moscow is not the place); 'on Sunday night'")
E("az07", "blamed \"extremist\" leaders of the rally", A("Jumber Patiashvili", "GEO", ["GOV", "PTY"]),
  A("Tbilisi rally leaders", "GEO", ["OPP", "CVL"]), ["11"], "112", "1989-04", None, True, "blame 112; month")
E("az07", "The Kremlin sent Foreign Minister Eduard Shevardnadze", A("Eduard Shevardnadze", "RUS", "GOV"),
  A("Georgia's leadership", "GEO", "GOV"), ["04"], "042", "1989-04-10", TBILISI, True,
  "visit 042 by an envoy the Kremlin sent (the Kremlin = Soviet government, same code); 'to Tbilisi' is the city of "
  "the visit (as owned35's visit to a foreign capital); 'on Monday' in a Monday paper")
E("az07", "answered the killings with a general strike", A("Georgian workers", "GEO", ["CVL", "LAB"]), SOVG, ["14"],
  "143", "1989-04", None, True, "general strike 143; the journalist's account is undisputed; month")
E("az07", "including the dissident Zviad Gamsakhurdia, were detained", A("Soviet security forces", "RUS", ["COP", "MIL"]),
  A("Zviad Gamsakhurdia", "GEO", ["OPP", "CVL"]), ["17"], "173", "1989-04", None, False,
  "agentless passive arrest: optional")
F("az07", "Georgia is a republic of some 5", "standing fact and count")
F("az07", "It was unclear who had given the", "speculation")

# ---------------------------------------------------------------- az08 Belgrade, Europe/Eurasia (Serbia / Yugoslavia)
S("az08", "1997-02-05", "Europe/Eurasia", """
Milosevic backs down on local elections after police beat marchers on Belgrade bridge

BELGRADE, Yugoslavia —

President Slobodan Milosevic of Serbia asked his government on Tuesday to pass a special law restoring the opposition's victories in November's local elections, bowing to 11 weeks of street protests and to pressure from abroad.

In a letter to Prime Minister Mirko Marjanovic, Milosevic said the findings of a mission of the Organization for Security and Cooperation in Europe should be accepted. The mission, led by former Spanish prime minister Felipe Gonzalez, concluded in December that the Zajedno coalition had won in Belgrade and 13 other towns.

The retreat came two days after riot police used water cannon and truncheons to break up a march of about 20,000 people on the Brankov bridge here, injuring dozens. Opposition leader Vuk Draskovic said the police had hunted protesters through the side streets until dawn.

Zoran Djindjic, another Zajedno leader, called Milosevic's offer a trick and said the marches would go on until every result was recognised.

Electoral commissions and courts controlled by Milosevic's Socialists annulled the results in November, citing irregularities, and tens of thousands of people took to the streets of Belgrade in protest.

The United States welcomed the letter but said Washington would keep pressing Belgrade to free the state media.

Serbian state television did not report the clashes on the bridge. Whether the Socialist-led parliament would pass the law quickly was not clear.
""")
MILO = A("Slobodan Milosevic", "SRB", "GOV")
ZAJ = A("Zajedno coalition", "SRB", ["OPP", "PTY"])
SRBCOP = A("Serbian riot police", "SRB", "COP")
SRBP = A("Belgrade marchers", "SRB", ["CVL", "OPP"])
BELGRADE = P("Belgrade", "SRB")
E("az08", "Milosevic backs down on local elections after", MILO, ZAJ, ["08"], "083", "1997-02-04", None, False, "headline")
E("az08", "police beat marchers on Belgrade bridge", SRBCOP, SRBP, REPR, "175", "1997-02-02", BELGRADE, False, "headline")
E("az08", "asked his government on Tuesday to pass", MILO, ZAJ, ["08"], "083", "1997-02-04", None, True,
  "a concession to the protesters' demand 083 (yield); target the opposition whose wins are restored (the request to "
  "his own government is the form of it); 'on Tuesday' before a Wednesday paper; Yugoslavia's Serbia as SRB")
E("az08", "riot police used water cannon and truncheons", SRBCOP, SRBP, REPR, "175", "1997-02-02", BELGRADE, True,
  "violent dispersal 175 in an 'after' clause with its own agent; 'two days after' Tuesday = Sunday, Feb. 2; 'here' "
  "with the dateline = Belgrade")
E("az08", "a march of about 20,000 people on", SRBP, A("Serbia's government", "SRB", "GOV"), ["14"], "141", "1997-02-02",
  BELGRADE, False, "nominal march inside the object: optional")
E("az08", "said the police had hunted protesters through", SRBCOP, SRBP, REPR, "175", "1997-02", None, False,
  "the opposition's account: optional")
E("az08", "called Milosevic's offer a trick and said", A("Zoran Djindjic", "SRB", ["OPP", "PTY"]), MILO, ["11"], "111",
  "1997-02", None, True, "denunciation 111; month")
E("az08", "Electoral commissions and courts controlled by Milosevic's", A("Serbian electoral commissions", "SRB", "GOV"),
  ZAJ, REMOVE, "172", "1996-11", None, True, "annulling election results 172 (17/12/11, as owned35 ai08); compound "
  "subject, first member required; dated background 'in November' of the year before")
E("az08", "Electoral commissions and courts controlled by Milosevic's", A("Serbian courts", "SRB", "JUD"), ZAJ, REMOVE,
  "172", "1996-11", None, False, "second member: optional")
E("az08", "tens of thousands of people took to", A("Serbian protesters", "SRB", ["CVL", "OPP"]),
  A("Serbia's government", "SRB", "GOV"), ["14"], "141", "1996-11", BELGRADE, True,
  "protest 141, its own clause and subject in the same sentence; 'the streets of Belgrade' names the place; November")
E("az08", "The United States welcomed the letter but", USA, MILO, ["05"], "051", "1997-02", None, False,
  "single outside reaction: optional")
E("az08", "would keep pressing Belgrade to free the", USA, A("Serbia's government", "SRB", "GOV"), DEMAND, "104",
  "1997-02", None, False, "intention, second verb; 'Belgrade' = the government (actor, not place): optional")
F("az08", "Serbian state television did not report the", "negated act")
F("az08", "Whether the Socialist-led parliament would pass the", "speculation")

# ---------------------------------------------------------------- az09 Quito, Americas (Ecuador)
S("az09", "1997-02-07", "Americas", """
Ecuador's Congress ousts Bucaram for 'mental incapacity'; president refuses to go

QUITO, Ecuador —

Ecuador's Congress voted late on Thursday to remove President Abdala Bucaram on grounds of "mental incapacity" and named its own speaker, Fabian Alarcon, as interim head of state, after two days of a general strike that paralysed the country.

Bucaram, a former mayor of Guayaquil who calls himself "El Loco", rejected the vote as a coup and said from the presidential palace that he would not step down. His supporters blocked roads in the coastal province of Guayas.

Vice President Rosalia Arteaga also claimed the presidency, saying the constitution named her as his successor.

The armed forces commander, Gen. Paco Moncayo, said the military would not take sides and urged Congress and the vice president to settle the dispute within the law.

Hundreds of thousands of people marched through Quito and other cities on Wednesday to demand Bucaram's resignation, and police fired tear gas at students who tried to reach the palace.

The protests were called by trade unions and Indian organisations over steep rises in the prices of electricity, cooking gas and transport that Bucaram decreed in December.

Bucaram took office only six months ago, after winning a run-off on promises to help the poor. It was unclear whether the presidential guard was still loyal to him.
""")
ECUCON = A("Ecuador's Congress", "ECU", ["LEG", "GOV"])
BUCARAM = A("Abdala Bucaram", "ECU", "GOV")
ECUP = A("Ecuadorean protesters", "ECU", ["CVL", "OPP"])
E("az09", "Ecuador's Congress ousts Bucaram for 'mental incapacity';", ECUCON, BUCARAM, REMOVE, "172", "1997-02-06", None,
  False, "headline")
E("az09", "Ecuador's Congress voted late on Thursday to", ECUCON, BUCARAM, REMOVE, "172", "1997-02-06", None, True,
  "removal of a president by parliament 172 (17/12/11), as owned35 ai10; 'late on Thursday' before a Friday paper; "
  "naming Alarcon is no CAMEO event; 'a general strike' is nominal")
E("az09", "rejected the vote as a coup and", BUCARAM, ECUCON, ["12", "11"], "120", "1997-02", None, True,
  "rejecting the vote 120 (12/11); no day of its own: month")
E("az09", "said from the presidential palace that he", BUCARAM, ECUCON, ["12"], "124", "1997-02", None, False,
  "refusal put as an intention: optional")
E("az09", "His supporters blocked roads in the coastal", A("Bucaram supporters", "ECU", ["CVL", "PTY"]), ECUCON, ["14"],
  "144", "1997-02", P("Guayas", "ECU"), True, "road blocks 144; 'the coastal province of Guayas' names the place; month")
E("az09", "urged Congress and the vice president to", A("Paco Moncayo", "ECU", "MIL"), ECUCON, DEMAND, "027", "1997-02",
  None, True, "appeal to settle a dispute 027 (02/10); compound object, first member required; month")
E("az09", "urged Congress and the vice president to", A("Paco Moncayo", "ECU", "MIL"),
  A("Rosalia Arteaga", "ECU", "GOV"), DEMAND, "027", "1997-02", None, False, "second member: optional")
E("az09", "Hundreds of thousands of people marched through", ECUP, BUCARAM, ["14"], "141", "1997-02-05", P("Quito", "ECU"),
  True, "march 141; 'through Quito and other cities': Quito; 'on Wednesday' before a Friday paper")
E("az09", "to demand Bucaram's resignation, and police fired", ECUP, BUCARAM, DEMAND, "1041", "1997-02-05", None, False,
  "the purpose of the march, a demand for resignation 1041: optional")
E("az09", "police fired tear gas at students who", A("Ecuadorean police", "ECU", "COP"),
  A("Ecuadorean students", "ECU", ["CVL", "EDU"]), REPR, "175", "1997-02", None, True,
  "tear gas 175 (17/18); its own clause; unnamed police are Ecuador's; 'the palace' names no city; month (the "
  "'on Wednesday' of the first clause is not repeated)")
E("az09", "The protests were called by trade unions", A("Ecuadorean trade unions", "ECU", "LAB"), BUCARAM, ["14"], "143",
  "1997-02", None, False, "undated passive with agent restating the strike: optional")
F("az09", "Bucaram took office only six months ago", "background fact with no CAMEO event")
F("az09", "It was unclear whether the presidential guard", "speculation")

# ---------------------------------------------------------------- az10 La Paz, Americas (Bolivia)
S("az10", "1980-07-19", "Americas", """
Bolivian army seizes power, kills Socialist leader in raid on union headquarters

LA PAZ, Bolivia —

Bolivia's armed forces overthrew the interim government of President Lidia Gueiler on Thursday, and the army commander, Gen. Luis Garcia Meza, was sworn in on Friday as head of a military junta.

Soldiers and armed men in plain clothes stormed the headquarters of the Bolivian Workers' Central here hours after the coup began, as union and party leaders met there to organise resistance. Socialist leader Marcelo Quiroga Santa Cruz was shot dead, and dozens of others were taken away in trucks, witnesses said.

Gueiler, who was held in the presidential palace, signed her resignation under pressure, her aides said.

The junta cancelled the session of Congress that was to choose a president next month from the candidates of the June 29 election. Hernan Siles Zuazo, the centre-left candidate who won the most votes, went into hiding and called on Bolivians to resist.

The miners' unions declared an indefinite general strike, and the junta imposed a curfew across the country.

In Washington, the Carter administration recalled its ambassador, Marvin Weissman, and suspended military and economic aid, accusing the generals of links to cocaine traffickers. Venezuela, Colombia, Peru and Ecuador, Bolivia's partners in the Andean Pact, condemned the takeover.

Garcia Meza said the armed forces had acted to save the country from communism.

Bolivia has had some 190 changes of government since independence in 1825. The number of dead could not be confirmed.
""")
BOLMIL = A("Bolivian armed forces", "BOL", ["MIL", "GOV"])
GUEILER = A("Lidia Gueiler", "BOL", "GOV")
COB = A("Bolivian Workers' Central", "BOL", "LAB")
LAPAZ = P("La Paz", "BOL")
E("az10", "Bolivian army seizes power, kills Socialist leader", BOLMIL, A("Bolivia's government", "BOL", "GOV"), COUP,
  "170", "1980-07-17", None, False, "headline")
E("az10", "Bolivia's armed forces overthrew the interim government", BOLMIL, GUEILER, COUP, "170", "1980-07-17", None,
  True, "coup (17/19); 'on Thursday' before a Saturday paper; the junta sector MIL or GOV")
E("az10", "Soldiers and armed men in plain clothes", A("Bolivian soldiers", "BOL", "MIL"), COB, ["17", "18", "19"], "175",
  "1980-07-17", LAPAZ, True, "raid on a union meeting 175 (17/18/19); compound subject, first member required; 'here' "
  "with the dateline = La Paz; 'hours after the coup began' = Thursday")
E("az10", "Soldiers and armed men in plain clothes", A("plain-clothes gunmen", "BOL", ["MIL", "RAD"]), COB,
  ["17", "18", "19"], "175", "1980-07-17", LAPAZ, False, "second member: optional")
E("az10", "Marcelo Quiroga Santa Cruz was shot dead", A("Bolivian soldiers", "BOL", "MIL"),
  A("Marcelo Quiroga Santa Cruz", "BOL", ["OPP", "PTY"]), ATTACK, "186", "1980-07-17", None, False,
  "agentless passive inside the witnesses' account (the raiders implied): optional")
E("az10", "dozens of others were taken away in", A("Bolivian soldiers", "BOL", "MIL"), COB, ["17"], "173", "1980-07",
  None, False, "agentless passive: optional")
E("az10", "signed her resignation under pressure, her aides", GUEILER, BOLMIL, ["08"], "0831", "1980-07", None, True,
  "resignation under pressure 0831 with the junta as implied target (news-dev d09); month; 'who was held' is an "
  "agentless relative, not coded")
E("az10", "The junta cancelled the session of Congress", BOLMIL, A("Bolivia's Congress", "BOL", "LEG"), ["17"], "172",
  "1980-07", None, True, "administrative sanction on Congress 172; month")
E("az10", "went into hiding and called on Bolivians", A("Hernan Siles Zuazo", "BOL", ["OPP", "PTY"]),
  A("Bolivians", "BOL", "CVL"), ["11", "14", "02"], "113", "1980-07", None, False,
  "a call to resist, coders split (113, 143, 02): optional")
E("az10", "The miners' unions declared an indefinite general", A("Bolivian miners' unions", "BOL", "LAB"), BOLMIL, ["14"],
  "143", "1980-07", None, True, "general strike 143; month")
E("az10", "the junta imposed a curfew across the", BOLMIL, A("Bolivians", "BOL", "CVL"), ["17"], "1723", "1980-07", None,
  True, "curfew 1723; its own clause and subject; 'across the country' is no place; month")
E("az10", "the Carter administration recalled its ambassador, Marvin", A("Carter administration", "USA", "GOV"), BOLMIL,
  ["16"], "161", "1980-07", P("Washington", "USA"), True, "recalling an envoy 161 (news-dev); 'In Washington' names "
  "where it was decided; month")
E("az10", "suspended military and economic aid, accusing the", A("Carter administration", "USA", "GOV"), BOLMIL, ["16"],
  "162", "1980-07", P("Washington", "USA"), False, "second verb: optional")
E("az10", "accusing the generals of links to cocaine", A("Carter administration", "USA", "GOV"), BOLMIL, ["11"], "112",
  "1980-07", None, False, "participle: optional")
E("az10", "Venezuela, Colombia, Peru and Ecuador, Bolivia's partners", A("Venezuela", "VEN", "GOV"), BOLMIL, ["11"],
  "111", "1980-07", None, False, "outside reaction, four members: optional (each)")
F("az10", "Bolivia has had some 190 changes of", "count")
F("az10", "The number of dead could not be", "speculation")

# ---------------------------------------------------------------- az11 Colombo, South Asia (Sri Lanka)
S("az11", "1998-01-27", "South Asia", """
Sri Lanka outlaws Tamil Tigers after suicide bombers strike Buddhism's holiest shrine

COLOMBO, Sri Lanka —

The Sri Lankan government banned the Liberation Tigers of Tamil Eelam on Monday, a day after Tamil Tiger suicide bombers drove a truck packed with explosives into the Temple of the Tooth in the central city of Kandy, killing at least eight people.

The order, issued under emergency regulations, makes membership of the rebel group or support for it punishable by long prison terms.

Police said three rebels in the truck opened fire on guards at a checkpoint before the blast tore away the front of the temple, which houses a tooth relic of the Buddha.

President Chandrika Kumaratunga called the attack a crime against all Sri Lankans and appealed to Buddhists not to take revenge on the Tamil minority.

Troops and police sealed off Kandy and searched houses for accomplices. Officers arrested two Tamil men at a lodge near the temple on Monday, a police spokesman said.

The government moved the main celebrations of the 50th anniversary of independence, which Britain's Prince Charles is to attend on Feb. 4, from Kandy to Colombo.

The United States and India condemned the bombing.

The Tigers, who seldom claim their attacks, made no comment. They have fought since 1983 for a separate Tamil state in the north and east of the island.
""")
LKAG = A("Sri Lanka's government", "LKA", "GOV")
LTTE = A("Liberation Tigers of Tamil Eelam", "LKA", "REB")
KANDY = P("Kandy", "LKA")
E("az11", "Sri Lanka outlaws Tamil Tigers after suicide", LKAG, LTTE, ["17"], "1722", "1998-01-26", None, False, "headline")
E("az11", "The Sri Lankan government banned the Liberation", LKAG, LTTE, ["17"], "1722", "1998-01-26", None, True,
  "banning a group 1722; 'on Monday' before a Tuesday paper")
E("az11", "Tamil Tiger suicide bombers drove a truck", LTTE, A("Temple of the Tooth", "LKA", None), ATTACK, "1831",
  "1998-01-25", KANDY, True, "suicide bombing 1831 in an 'a day after' clause with its own agent, named as Tigers; "
  "premises are the country with sector null; 'the central city of Kandy' names the place")
E("az11", "three rebels in the truck opened fire", LTTE, A("temple guards", "LKA", ["COP", "MIL"]), ["19", "18"], "190",
  "1998-01", None, True, "firing on guards 190 (19/18); the police account is undisputed; 'at a checkpoint' names no "
  "place; no day in the sentence: month")
E("az11", "called the attack a crime against all", A("Chandrika Kumaratunga", "LKA", "GOV"), LTTE, ["11"], "111",
  "1998-01", None, True, "condemnation 111; the attackers as target; month")
E("az11", "appealed to Buddhists not to take revenge", A("Chandrika Kumaratunga", "LKA", "GOV"),
  A("Sri Lankan Buddhists", "LKA", ["REL", "CVL"]), ["02"], "0252", "1998-01", None, False,
  "appeal for calm 0252, second verb: optional")
E("az11", "Troops and police sealed off Kandy and", A("Sri Lankan troops", "LKA", "MIL"),
  A("Kandy residents", "LKA", "CVL"), ["19", "17"], "191", "1998-01", KANDY, True, "sealing off a city 191 (19/17); "
  "compound subject, first member required; Kandy named; month")
E("az11", "Troops and police sealed off Kandy and", A("Sri Lankan police", "LKA", "COP"), A("Kandy residents", "LKA", "CVL"),
  ["19", "17"], "191", "1998-01", KANDY, False, "second member: optional")
E("az11", "Officers arrested two Tamil men at a", A("Sri Lankan police", "LKA", "COP"),
  A("Tamil suspects", "LKA", "CVL"), ["17"], "173", "1998-01-26", None, True, "arrest reported by the arresting police "
  "173 (as owned21 d11); 'near the temple' names no city; 'on Monday'")
E("az11", "The United States and India condemned the", USA, LTTE, ["11"], "111", "1998-01", None, False,
  "outside reaction, compound subject: optional")
E("az11", "The United States and India condemned the", A("India", "IND", "GOV"), LTTE, ["11"], "111", "1998-01", None,
  False, "second member: optional")
E("az11", "They have fought since 1983 for a", LTTE, LKAG, ["19"], "190", "1983", None, False,
  "standing war with a start year: optional")
F("az11", "The order, issued under emergency regulations, makes", "definition of the ban's effect")
F("az11", "The Tigers, who seldom claim their attacks,", "negated act")

# ---------------------------------------------------------------- az12 Canberra, Pacific (Australia)
S("az12", "1975-11-12", "Pacific", """
Governor-General sacks Whitlam, installs Fraser until December election

CANBERRA, Australia —

Governor-General Sir John Kerr dismissed Prime Minister Gough Whitlam on Tuesday and commissioned the opposition leader, Malcolm Fraser, to head a caretaker government until a general election on Dec. 13.

Kerr acted after the Liberal and Country party majority in the Senate had blocked the government's budget bills since Oct. 16, leaving the administration weeks from running out of money.

Within hours the Senate passed the bills, and the House of Representatives, where Whitlam's Labor Party holds a majority, voted no confidence in Fraser. The Speaker, Gordon Scholes, asked Kerr to restore Whitlam, but the Governor-General instead dissolved both houses of parliament.

Standing on the steps of Parliament House as the proclamation was read, Whitlam told a crowd of several thousand: "Well may we say God save the Queen, because nothing will save the Governor-General." He called Fraser "Kerr's cur" and urged his supporters to maintain their rage.

Fraser said he would govern only until the election and make no new policy.

Bob Hawke, president of the Australian Council of Trade Unions, appealed to workers not to strike and to take their anger to the ballot box. Some wharf labourers in Sydney and Melbourne walked off the job anyway.

No Australian prime minister had been dismissed by the Crown's representative before. Constitutional lawyers thought it unlikely that the Queen would intervene.
""")
KERR = A("John Kerr", "AUS", "GOV")
WHITLAM = A("Gough Whitlam", "AUS", "GOV")
FRASER = A("Malcolm Fraser", "AUS", ["GOV", "OPP", "PTY"])
E("az12", "Governor-General sacks Whitlam, installs Fraser until December", KERR, WHITLAM, REMOVE, "172", "1975-11-11",
  None, False, "headline")
E("az12", "Sir John Kerr dismissed Prime Minister Gough", KERR, WHITLAM, REMOVE, "172", "1975-11-11", None, True,
  "removal from office 172 (17/12/11, as owned35's removals); 'on Tuesday' before a Wednesday paper; no city in the "
  "clause; commissioning Fraser has no CAMEO code")
E("az12", "Senate had blocked the government's budget bills", A("Australian Senate majority", "AUS", ["LEG", "OPP"]),
  WHITLAM, ["12"], "120", "1975-10", None, True, "refusing supply 120; dated background in an 'after' clause with its "
  "own agent; 'since Oct. 16' starts a span: month")
E("az12", "voted no confidence in Fraser", A("Australian House of Representatives", "AUS", ["LEG", "GOV"]), FRASER,
  ["11", "12"], "111", "1975-11-11", None, True, "a no-confidence vote 111 (11/12); its own clause; 'Within hours' = "
  "Tuesday; the Senate's passing the bills has no CAMEO code")
E("az12", "Gordon Scholes, asked Kerr to restore Whitlam", A("Gordon Scholes", "AUS", ["LEG", "GOV"]), KERR, DEMAND,
  "0241", "1975-11", None, True, "appeal for a leadership change 0241 (02/10); month")
E("az12", "but the Governor-General instead dissolved both houses", KERR, A("Gordon Scholes", "AUS", ["LEG", "GOV"]),
  ["12"], "120", "1975-11", None, False, "rejecting the appeal by dissolving parliament: optional; 'the "
  "Governor-General' = Kerr")
E("az12", "Whitlam told a crowd of several thousand", WHITLAM, KERR, ["11"], "111", "1975-11-11", None, False,
  "the quoted gibe at Kerr, inside a participle clause dated by the proclamation: optional; 'on the steps of "
  "Parliament House' names no city")
E("az12", "He called Fraser \"Kerr's cur\" and urged", WHITLAM, FRASER, ["11"], "111", "1975-11", None, True,
  "insult 111; 'He' = Whitlam; month")
E("az12", "urged his supporters to maintain their rage", WHITLAM, A("Labor supporters", "AUS", ["CVL", "PTY"]),
  ["02", "11"], "020", "1975-11", None, False, "second verb, an appeal coders split on: optional")
E("az12", "appealed to workers not to strike and", A("Bob Hawke", "AUS", "LAB"), A("Australian workers", "AUS", "LAB"),
  DEMAND, "0252", "1975-11", None, True, "appeal for calm 0252 (02/10); month")
E("az12", "Some wharf labourers in Sydney and Melbourne", A("Australian wharf labourers", "AUS", "LAB"), KERR, ["14"],
  "143", "1975-11", P("Sydney", "AUS"), True, "walkout 143; 'in Sydney and Melbourne': Sydney first (Melbourne also "
  "right); the target is the dismissal's author; month")
F("az12", "No Australian prime minister had been dismissed", "negated act")
F("az12", "Constitutional lawyers thought it unlikely that the", "opinion and speculation")

if __name__ == "__main__":
    write(HERE)
