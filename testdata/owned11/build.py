#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the twelfth owned evaluation set (owned11) from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned11/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402


ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
MEDIATE = ["04", "03"]
EXPEL = ["17", "16"]
FREE = ["08", "07"]

# ---------------------------------------------------------------- y01 Libreville, Africa
S("y01", "2023-08-31", "Africa", """
Gabon officers seize power and hold Bongo after disputed vote

LIBREVILLE, Gabon —

Army officers seized power in Gabon on Wednesday, hours after the election commission declared President Ali Bongo Ondimba the winner of a third term, and confined him to his residence.

A dozen officers in the berets of the Republican Guard appeared on the Gabon 24 television channel before dawn and said they had annulled Saturday's vote, dissolved the institutions of the republic and sealed the borders until further notice. Later in the day they named their commander, Gen. Brice Oligui Nguema, to lead a transition.

One of the president's sons, Noureddin Bongo Valentin, was detained along with several aides on charges of high treason and embezzlement, according to a statement read on the same channel.

In a video filmed at his residence, Bongo, 64, urged friends all over the world to make noise on his behalf. Crowds in the capital cheered the soldiers instead, dancing in the streets of the Nkembo district.

Albert Ondo Ossa, the main opposition candidate, who had denounced the count as a fraud, said the victory was rightfully his and asked the officers to finish counting the ballots.

France, the former colonial power, condemned the takeover. On Thursday the African Union's Peace and Security Council suspended Gabon from all of the bloc's activities.

The Bongo family has ruled the oil-producing country for 56 years. It was not clear whether the officers would set a date for a new election.
""")
GABM = A("Gabonese army officers", "GAB", "MIL")
BONGO = A("Ali Bongo Ondimba", "GAB", "GOV")
E("y01", "Gabon officers seize power and hold Bongo", GABM, BONGO, COUP, "1724", "2023-08-30", None, False, "headline")
E("y01", "Army officers seized power in Gabon on", GABM, BONGO, COUP, "1724", "2023-08-30", None, True,
  "coup: declared takeover 1724 (17/19); Wednesday; target the ousted president named in the sentence")
E("y01", "and confined him to his residence", GABM, BONGO, REPR, "173", "2023-08-30", None, True,
  "house arrest 173, a distinct second act of the lead sentence with the same agent; Wednesday")
E("y01", "said they had annulled Saturday's vote, dissolved", GABM, A("Gabon", "GAB", "GOV"), COUP, "1724", "2023-08-30",
  None, False, "the broadcast detailing the takeover of the lead (annulment, dissolution): restatement, optional")
E("y01", "sealed the borders until further notice", GABM, A("Gabon", "GAB", None), ["19", "17", "16"], "191",
  "2023-08-30", None, True, "border closure (restrict movement 191; 17/16 read), third act of the broadcast sentence "
  "but a distinct act; premises-like target: country, sector null")
E("y01", "was detained along with several aides on", GABM, A("Noureddin Bongo Valentin", "GAB", "GOV"), REPR, "173",
  "2023-08-30", None, True, "agentless passive with the agent implied by the story (the officers, whose statement "
  "announces it): required; arrest 173; same day")
E("y01", "urged friends all over the world to", BONGO, A("foreign governments", None, "GOV"), DEMAND, "020",
  "2023-08-30", None, False, "appeal to unnamed friends abroad: optional")
E("y01", "Crowds in the capital cheered the soldiers", A("Gabonese civilians", "GAB", "CVL"), GABM, ["05"], "051",
  "2023-08-30", P("Libreville", "GAB"), False, "public praise by crowds; 'the capital' = Libreville: optional")
E("y01", "asked the officers to finish counting the", A("Albert Ondo Ossa", "GAB", ["OPP", "PTY"]), GABM, DEMAND,
  "020", "2023-08", None, True, "appeal to the junta (10/02); no day given for the statement: month")
E("y01", "who had denounced the count as a", A("Albert Ondo Ossa", "GAB", ["OPP", "PTY"]),
  A("Gabonese election commission", "GAB", "GOV"), ["11"], "112", "2023-08", None, False,
  "earlier accusation in a relative clause, no addressee named: optional")
E("y01", "France, the former colonial power, condemned the", A("France", "FRA", "GOV"), GABM, ["11"], "111",
  "2023-08", None, False, "single outside reaction (condemn 111) where the story has its core events: optional")
E("y01", "Peace and Security Council suspended Gabon from", A("African Union Peace and Security Council", "AFR", "IGO"),
  A("Gabon", "GAB", "GOV"), SANCT, "160", "2023-08-31", None, True,
  "suspension from an organisation (sanction 16, 17 read); 'On Thursday' in a Thursday paper; AU = AFR/IGO")
F("y01", "The Bongo family has ruled the oil-producing", "standing situation")
F("y01", "It was not clear whether the officers", "speculation")

# ---------------------------------------------------------------- y02 Pretoria, Africa
S("y02", "2022-11-03", "Africa", """
Ethiopia and Tigray leaders sign truce at African Union talks in Pretoria

PRETORIA, South Africa —

Ethiopia's federal government and the leaders of the rebellious northern region of Tigray signed an agreement here on Wednesday to silence their guns, two years into a war that has killed tens of thousands of people.

The accord was brokered by the African Union after ten days of talks led by former Nigerian President Olusegun Obasanjo, joined by former Kenyan President Uhuru Kenyatta. Under its terms the Tigray People's Liberation Front will disarm its fighters within 30 days, while Addis Ababa will restore basic services and let aid convoys into the region.

"This moment is not the end of the peace process but the beginning of it," Obasanjo told reporters after Redwan Hussien, the prime minister's national security adviser, and Getachew Reda, a spokesman for the Tigrayan leadership, initialled the text.

Fighting resumed in late August, ending a five-month lull, and federal troops backed by Eritrean soldiers captured the towns of Shire, Adwa and Axum last month.

Getachew said his side had made painful concessions to end its people's suffering. The office of Prime Minister Abiy Ahmed hailed the deal as monumental and thanked the mediators.

Eritrea, whose army fought alongside the federal forces, took no part in the negotiations. U.S. Secretary of State Antony Blinken praised both sides and pressed them to carry out what they had signed.

Aid agencies say millions of people in Tigray are short of food. Whether the Eritrean troops would now leave the region was unclear.
""")
ETHG = A("Ethiopian government", "ETH", "GOV")
ETHM = A("Ethiopian federal forces", "ETH", "MIL")
TPLF = A("Tigray People's Liberation Front", "ETH", ["REB", "PTY", "GOV"])
AU = A("African Union", "AFR", "IGO")
E("y02", "Ethiopia and Tigray leaders sign truce at", ETHG, TPLF, AGREE, "057", "2022-11-02", P("Pretoria", "ZAF"),
  False, "headline")
E("y02", "signed an agreement here on Wednesday to", ETHG, TPLF, AGREE, "057", "2022-11-02", P("Pretoria", "ZAF"), True,
  "signed truce (05/03/08); compound subject of the two warring parties: first-mentioned direction required, reverse "
  "optional; 'here' with the dateline = Pretoria; Wednesday")
E("y02", "signed an agreement here on Wednesday to", TPLF, ETHG, AGREE, "057", "2022-11-02", P("Pretoria", "ZAF"), False,
  "reverse direction of the joint signing: optional")
E("y02", "The accord was brokered by the African", AU, ETHG, MEDIATE, "045", "2022-11", None, True,
  "mediation 045 (04/03) in a passive with its agent; the ten days of talks end with the signing: month; target the "
  "first party (the TPLF as second target optional)")
E("y02", "The accord was brokered by the African", AU, TPLF, MEDIATE, "045", "2022-11", None, False,
  "second party of the mediation: optional")
E("y02", "the Tigray People's Liberation Front will disarm", TPLF, ETHG, ["08", "03"], "0871", "2022-11", None, False,
  "commitment under the accord's terms (future): optional")
E("y02", "Addis Ababa will restore basic services and", ETHG, TPLF, ["03", "08", "07"], "033", "2022-11", None,
  False, "commitment under the accord's terms to restore services and let aid in (future): optional")
E("y02", "and Getachew Reda, a spokesman for the", A("Redwan Hussien", "ETH", "GOV"),
  A("Getachew Reda", "ETH", ["REB", "PTY", "GOV"]), AGREE, "057", "2022-11-02", P("Pretoria", "ZAF"), False,
  "the envoys initialling the text: restatement of the signing, optional")
E("y02", "Fighting resumed in late August, ending a", ETHM, TPLF, FORCE, "190", "2022-08", None, False,
  "agentless 'fighting resumed': the parties are implied but the sentence names none: optional")
E("y02", "federal troops backed by Eritrean soldiers captured", ETHM, A("Tigray", "ETH", None), FORCE, "192", "2022-10",
  P("Shire", "ETH"), True, "capture of towns 192 (19/18); target the territory's country with sector null (w03); "
  "'last month' in a November paper; first named town as place")
E("y02", "federal troops backed by Eritrean soldiers captured", A("Eritrean army", "ERI", "MIL"), A("Tigray", "ETH", None),
  FORCE, "192", "2022-10", P("Shire", "ETH"), False, "the backing Eritrean soldiers as co-agents: optional")
E("y02", "Getachew said his side had made painful", A("Getachew Reda", "ETH", ["REB", "PTY", "GOV"]), ETHG, ["08"],
  "080", "2022-11", None, False, "statement about concessions made in the accord: optional")
E("y02", "hailed the deal as monumental and thanked", A("Abiy Ahmed", "ETH", "GOV"), AU, ["05"], "051", "2022-11", None,
  True, "praise of the mediators 051 by a party to the deal (not an outside reaction); target the mediators = AU; "
  "no day: month")
E("y02", "whose army fought alongside the federal forces", A("Eritrean army", "ERI", "MIL"), TPLF, FORCE, "190", "2022",
  None, False, "undated background in a relative clause, target implied: optional")
E("y02", "Antony Blinken praised both sides and pressed", A("Antony Blinken", "USA", "GOV"), ETHG, ["05"], "051", "2022-11",
  None, False, "single outside reaction: optional")
E("y02", "pressed them to carry out what they", A("Antony Blinken", "USA", "GOV"), ETHG, DEMAND, "020", "2022-11", None,
  False, "outside appeal, second act of the sentence: optional")
F("y02", "Aid agencies say millions of people in", "count and standing situation")
F("y02", "Whether the Eritrean troops would now leave", "speculation")

# ---------------------------------------------------------------- y03 Kirkuk, Middle East
S("y03", "2017-10-17", "Middle East", """
Iraqi forces take Kirkuk as Kurdish fighters pull back

KIRKUK, Iraq —

Iraqi government forces took control of Kirkuk on Monday, seizing the provincial headquarters, a military airbase and nearby oil fields from Kurdish fighters who withdrew largely without a fight.

Prime Minister Haider al-Abadi said he had ordered the operation to protect the unity of the country after the Kurdish region held an independence referendum on Sept. 25, a vote that Baghdad had declared unconstitutional. Units of the elite Counter-Terrorism Service, backed by federal police and Shiite-led militias, rolled in from the south before dawn.

By the afternoon soldiers had lowered the Kurdish flag over the governor's office and hoisted the Iraqi one in its place. The governor, Najmaldin Karim, whom the Iraqi parliament had voted to dismiss last month, left the city, aides said.

Thousands of Kurdish residents streamed north toward Erbil in cars and pickup trucks, fearing reprisals.

The general command of the Peshmerga accused a faction of the rival Patriotic Union of Kurdistan of "a great and historic treason" for abandoning positions without orders. The PUK, which holds sway in the province, denied that it had struck any bargain with Baghdad.

A spokesman for the U.S.-led coalition against the Islamic State group, Col. Ryan Dillon, called the movements coordinated and urged all sides to avoid escalation.

The dispute over the province and its oil has festered for more than a decade. It was not clear whether the federal forces would push on toward Erbil.
""")
IRQM = A("Iraqi government forces", "IRQ", "MIL")
IRQG = A("Iraqi government", "IRQ", "GOV")
PESH = A("Peshmerga", "IRQ", ["MIL", "REB", "GOV"])
KRG = A("Kurdistan Regional Government", "IRQ", "GOV")
PUK = A("Patriotic Union of Kurdistan", "IRQ", ["PTY", "MIL"])
E("y03", "Iraqi forces take Kirkuk as Kurdish fighters", IRQM, PESH, FORCE, "192", "2017-10-16", P("Kirkuk", "IRQ"),
  False, "headline")
E("y03", "as Kurdish fighters pull back", PESH, IRQM, ["08"], "0874", "2017-10-16", None, False, "headline")
E("y03", "Iraqi government forces took control of Kirkuk", IRQM, PESH, FORCE, "192", "2017-10-16", P("Kirkuk", "IRQ"),
  True, "taking control of a city from Kurdish fighters: occupy territory 192 (19/18); target the fighters named in "
  "the sentence (Peshmerga, IRQ; the Kurdish region is part of Iraq); Monday; the clause names Kirkuk")
E("y03", "from Kurdish fighters who withdrew largely without", PESH, IRQM, ["08"], "0874", "2017-10-16", None, True,
  "military withdrawal 0874 in a relative clause with its agent; same Monday")
E("y03", "said he had ordered the operation to", A("Haider al-Abadi", "IRQ", "GOV"), PESH, FORCE, "190", "2017-10",
  None, False, "ordering the operation detailed in the lead: restatement, optional")
E("y03", "a vote that Baghdad had declared unconstitutional", IRQG, KRG, ["12", "11"], "120", "2017", None, False,
  "undated earlier rejection in an apposition: optional")
E("y03", "Units of the elite Counter-Terrorism Service, backed", IRQM, PESH, FORCE, "192", "2017-10-16", None, False,
  "detail of the advance in the lead: restatement, optional")
E("y03", "whom the Iraqi parliament had voted to", A("Iraqi parliament", "IRQ", "LEG"),
  A("Najmaldin Karim", "IRQ", "GOV"), ["17", "16"], "172", "2017-09", None, True,
  "vote to dismiss a governor (administrative sanction 172; 16 read) in a relative clause with its agent, dated "
  "'last month' in an October paper: required")
E("y03", "accused a faction of the rival Patriotic", A("Peshmerga general command", "IRQ", ["MIL", "GOV"]), PUK,
  ["11"], "112", "2017-10", None, True, "accusation of treason 112; no day: month")
E("y03", "denied that it had struck any bargain", PUK, A("Peshmerga general command", "IRQ", ["MIL", "GOV"]), DENY,
  "016", "2017-10", None, True, "stated denial 016 (01/12) answering the accusation; 'The PUK'; month")
E("y03", "urged all sides to avoid escalation", A("Ryan Dillon", "USA", "MIL"), IRQG, DEMAND, "0256", "2017-10", None,
  False, "outside appeal for de-escalation to unnamed sides: optional")
F("y03", "The dispute over the province and its", "standing situation")
F("y03", "It was not clear whether the federal", "speculation")

# ---------------------------------------------------------------- y04 Ottawa, Middle East
S("y04", "2018-08-07", "Middle East", """
Saudi Arabia expels Canada's envoy, freezes trade over rights criticism

OTTAWA, Canada —

Saudi Arabia has ordered Canada's ambassador to leave the kingdom within 24 hours and frozen all new trade and investment with Canada, in a furious response to Ottawa's call for the release of jailed women's rights campaigners.

The Saudi foreign ministry announced on Sunday that it was recalling its own ambassador for consultations, and it branded the Canadian statement blatant interference in the kingdom's internal affairs.

The row began last Thursday, when Global Affairs Canada said on Twitter that it was gravely concerned by the arrest of activists, among them Samar Badawi, and urged Riyadh to free them immediately. Badawi was detained in late July with another campaigner, Nassima al-Sadah. Her brother, the blogger Raif Badawi, was sentenced in 2014 to ten years in prison and 1,000 lashes for insulting Islam.

On Monday the state carrier Saudia said it would suspend its flights to Toronto from next week, and the education ministry told thousands of Saudi students at Canadian universities to transfer to schools in other countries.

Foreign Minister Chrystia Freeland said Canada would always stand up for human rights around the world. Her spokesman, Adam Austen, said Ottawa was seeking clarity from the Saudi embassy here.

Trade between the two countries is worth close to $4 billion a year. It was not clear whether the freeze would touch a $15 billion contract for Canadian-built armoured vehicles.
""")
SAUG = A("Saudi Arabia", "SAU", "GOV")
CANG = A("Canada", "CAN", "GOV")
E("y04", "Saudi Arabia expels Canada's envoy, freezes trade", SAUG, CANG, ["16"], "161", "2018-08", None, False,
  "headline")
E("y04", "freezes trade over rights criticism", SAUG, CANG, SANCT, "163", "2018-08", None, False, "headline")
E("y04", "Saudi Arabia has ordered Canada's ambassador to", SAUG, CANG, ["16"], "161", "2018-08", None, True,
  "expulsion of an ambassador 161; present perfect in the lead, the day only implied by the next sentence: month")
E("y04", "frozen all new trade and investment with", SAUG, CANG, SANCT, "163", "2018-08", None, True,
  "trade freeze = sanction 163 (16/17), second verb of the lead but a distinct act; month")
E("y04", "Ottawa's call for the release of jailed", CANG, SAUG, DEMAND, "1053", "2018-08", None, False,
  "nominal event with its agent, restating the call detailed in the third paragraph: optional")
E("y04", "announced on Sunday that it was recalling", SAUG, CANG, ["16"], "161", "2018-08-05", None, True,
  "recall of one's own envoy 161; 'The Saudi foreign ministry' = the government; Sunday")
E("y04", "it branded the Canadian statement blatant interference", SAUG, CANG, ["11"], "111", "2018-08-05", None, False,
  "criticism, second clause of the recall sentence: optional")
E("y04", "urged Riyadh to free them immediately", CANG, SAUG, DEMAND, "1053", "2018-08-02", None, True,
  "demand to free detainees 1053 (10/02); Global Affairs Canada = the Canadian government; 'Riyadh' is an actor; in "
  "a 'when' clause after 'last Thursday'")
E("y04", "Badawi was detained in late July with", SAUG, A("Samar Badawi", "SAU", ["CVL", "NGO"]), REPR, "173",
  "2018-07", None, True, "agentless passive with the agent implied by the story (the Saudi authorities): required; "
  "'in late July': month")
E("y04", "was sentenced in 2014 to ten years", A("Saudi court", "SAU", "JUD"), A("Raif Badawi", "SAU", ["CVL", "MED"]),
  ["17", "11"], "173", "2014", None, True, "dated background sentence (court verdict 17/11, sentences 173); agentless "
  "passive whose agent, a Saudi court, is implied")
E("y04", "the state carrier Saudia said it would", A("Saudia", "SAU", ["BUS", "GOV"]), CANG, SANCT, "163", "2018-08-06",
  None, True, "announced suspension of flights as a punitive measure (16/17); Monday")
E("y04", "the education ministry told thousands of Saudi", SAUG, CANG, ["16"], "160", "2018-08-06", None, False,
  "recall of students, second clause; target implied: optional")
E("y04", "said Canada would always stand up for", A("Chrystia Freeland", "CAN", "GOV"), SAUG, ["12"], "120", "2018-08",
  None, False, "implicit refusal to back down, no addressee named: optional")
E("y04", "said Ottawa was seeking clarity from the", CANG, A("Saudi embassy", "SAU", "GOV"), DEMAND, "020", "2018-08",
  P("Ottawa", "CAN"), False, "request for clarification, reported by a spokesman: optional")
F("y04", "Trade between the two countries is worth", "count and standing situation")
F("y04", "It was not clear whether the freeze", "speculation")

# ---------------------------------------------------------------- y05 Kuala Lumpur, Asia
S("y05", "2025-07-29", "Asia", """
Thailand and Cambodia agree ceasefire at Malaysian-hosted talks

KUALA LUMPUR, Malaysia —

Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire, ending five days of the worst fighting between the two neighbours in more than a decade, Malaysian Prime Minister Anwar Ibrahim announced.

Anwar, who chairs the Association of Southeast Asian Nations this year, hosted Cambodian Prime Minister Hun Manet and Thailand's acting premier, Phumtham Wechayachai, at his official residence in Putrajaya. Envoys from the United States and China sat in on the talks.

The clashes erupted on Thursday along the disputed border, a day after a landmine wounded five Thai soldiers on patrol. Cambodian forces fired rockets into Thai villages, and Thailand sent F-16 jets to bomb Cambodian military positions. At least 35 people were killed and more than 260,000 fled their homes.

Bangkok had expelled Cambodia's ambassador and recalled its own envoy over the blast, which it blamed on mines newly laid by Cambodian troops. Phnom Penh denied planting them.

On Saturday U.S. President Donald Trump telephoned Hun Manet and Phumtham and warned that Washington would not conclude trade deals with either country while the fighting went on.

The truce took effect at midnight. Hours later the Thai army accused Cambodian troops of firing at several of its positions. A Cambodian defence ministry spokeswoman, Maly Socheata, insisted that no shots had been fired.

Regional commanders of both armies were due to meet on Tuesday. It was not clear whether the ceasefire would survive the week.
""")
THAG = A("Thailand", "THA", "GOV")
KHMG = A("Cambodia", "KHM", "GOV")
THAM = A("Thai army", "THA", "MIL")
KHMM = A("Cambodian forces", "KHM", "MIL")
CEASE = ["08", "03", "05"]
E("y05", "Thailand and Cambodia agree ceasefire at Malaysian-hosted", THAG, KHMG, CEASE, "0871", "2025-07-28", None,
  False, "headline")
E("y05", "Thailand and Cambodia agreed on Monday to", THAG, KHMG, CEASE, "0871", "2025-07-28", None, True,
  "ceasefire agreed (0871; 08/03/05 as owned5's truce); compound subject: first-mentioned direction required, "
  "reverse optional; Monday")
E("y05", "Thailand and Cambodia agreed on Monday to", KHMG, THAG, CEASE, "0871", "2025-07-28", None, False,
  "reverse direction of the joint agreement: optional")
E("y05", "hosted Cambodian Prime Minister Hun Manet and", A("Anwar Ibrahim", "MYS", "GOV"), A("Hun Manet", "KHM", "GOV"),
  ["04", "03"], "043", "2025-07", P("Putrajaya", "MYS"), True,
  "hosting the talks 043 (mediation 04/03); compound object: first target required, second optional; the sentence "
  "has no day: month; the clause names Putrajaya (not the dateline)")
E("y05", "hosted Cambodian Prime Minister Hun Manet and", A("Anwar Ibrahim", "MYS", "GOV"),
  A("Phumtham Wechayachai", "THA", "GOV"), ["04", "03"], "043", "2025-07", P("Putrajaya", "MYS"), False,
  "second target of the hosting: optional")
E("y05", "The clashes erupted on Thursday along the", THAM, KHMM, CLASH, "190", "2025-07-24", None, False,
  "clashes with no party named in the sentence, detailed in the next one: optional")
E("y05", "a day after a landmine wounded five", A("unknown", None, None), THAM, ATTACK, "183", "2025-07-23", None, False,
  "agentless blast; the agent is only alleged later: optional")
E("y05", "Cambodian forces fired rockets into Thai villages", KHMM, A("Thailand", "THA", None), ATTACK, "194",
  "2025-07", None, True, "rocket fire 194 on villages (premises: country, sector null); the sentence has no day: month")
E("y05", "Thailand sent F-16 jets to bomb Cambodian", THAM, KHMM, ATTACK, "195", "2025-07", None, True,
  "air strike 195 (second clause, its own agent); month")
E("y05", "Bangkok had expelled Cambodia's ambassador and recalled", THAG, KHMG, ["16"], "161", "2025-07", None, True,
  "expulsion of an ambassador 161; 'Bangkok' is an actor; pluperfect tied to the dated blast: month")
E("y05", "recalled its own envoy over the blast", THAG, KHMG, ["16"], "161", "2025-07", None, False,
  "second act of the same sentence, same dyad and code: optional")
E("y05", "which it blamed on mines newly laid", THAG, KHMM, ["11"], "112", "2025-07", None, False,
  "accusation in a relative clause: optional")
E("y05", "Phnom Penh denied planting them", KHMG, THAG, DENY, "016", "2025-07", None, True,
  "denial 016 (01/12); 'Phnom Penh' is an actor; month")
E("y05", "Donald Trump telephoned Hun Manet and Phumtham", A("Donald Trump", "USA", "GOV"), A("Hun Manet", "KHM", "GOV"),
  ["04"], "041", "2025-07-26", None, False, "outside party's telephone call (041): optional, as single outside "
  "reactions; Saturday")
E("y05", "warned that Washington would not conclude trade", A("Donald Trump", "USA", "GOV"), KHMG, ["13"], "1312",
  "2025-07-26", None, False, "threat of trade penalties by an outside party: optional")
E("y05", "the Thai army accused Cambodian troops of", THAM, KHMM, ["11"], "112", "2025-07", None, True,
  "accusation of violating the truce; 'Hours later' after midnight: month")
E("y05", "insisted that no shots had been fired", A("Maly Socheata", "KHM", ["GOV", "MIL"]), THAM, DENY, "016",
  "2025-07", None, True, "denial of the accusation; spokeswoman of the defence ministry; month")
F("y05", "At least 35 people were killed and", "count of the dead and displaced")
F("y05", "It was not clear whether the ceasefire", "speculation")

# ---------------------------------------------------------------- y06 Seoul, Asia
S("y06", "2016-02-12", "Asia", """
North Korea expels South Korean managers, seizes assets at Kaesong

SEOUL, South Korea —

North Korea ordered all South Koreans out of the jointly run Kaesong industrial park on Thursday, froze the equipment and goods they left behind and declared the area a military zone, a day after Seoul halted its work at the complex.

The last 280 South Korean managers drove back across the heavily guarded border late in the evening, according to the Unification Ministry.

The North's Committee for the Peaceful Reunification of Korea, which handles relations with the South, called the suspension a declaration of war and said it was cutting the two military and civilian hotlines across the border.

South Korea announced on Wednesday that it was suspending operations at the park, its last major economic link with the North, to punish Pyongyang for a nuclear test last month and the launch of a long-range rocket on Sunday. Unification Minister Hong Yong-pyo said much of the roughly $560 million paid to the North through the zone had been diverted to its weapons programmes.

Hong's ministry cut off electricity and water to the complex on Thursday night.

Chung Ki-sup, who heads an association of the 124 South Korean firms with factories in the park, accused the government of acting without consulting them and demanded compensation. The United States backed Seoul's decision, a State Department spokesman said.

About 54,000 North Koreans worked at the factories, which made clothes, watches and kitchenware. It was not clear whether the park would ever reopen.
""")
PRKG = A("North Korea", "PRK", "GOV")
KORG = A("South Korea", "KOR", "GOV")
KORW = A("South Korean managers", "KOR", ["BUS", "CVL"])
E("y06", "North Korea expels South Korean managers, seizes", PRKG, KORW, EXPEL, "174", "2016-02-11", None, False,
  "headline")
E("y06", "seizes assets at Kaesong", PRKG, A("South Korean firms", "KOR", "BUS"), ["17"], "1711", "2016-02-11",
  P("Kaesong", "PRK"), False, "headline")
E("y06", "North Korea ordered all South Koreans out", PRKG, KORW, EXPEL, "174", "2016-02-11", P("Kaesong", "PRK"), True,
  "expulsion of civilians 174 (17/16); Thursday; the clause names the Kaesong park")
E("y06", "froze the equipment and goods they left", PRKG, A("South Korean firms", "KOR", "BUS"), ["17"], "1711",
  "2016-02-11", None, True, "confiscation of property 1711, second act of the lead with the same subject; Thursday")
E("y06", "declared the area a military zone", PRKG, KORG, ["15", "17"], "150", "2016-02-11", None, False,
  "militarising the zone, third act: optional (coders split 15/17)")
E("y06", "a day after Seoul halted its work", KORG, PRKG, SANCT, "163", "2016-02-10", None, False,
  "lead restatement of the suspension detailed in the fourth paragraph: optional")
E("y06", "called the suspension a declaration of war", A("Committee for the Peaceful Reunification of Korea", "PRK",
  "GOV"), KORG, ["11"], "111", "2016-02", None, True, "denunciation 111; the sentence has no day: month")
E("y06", "said it was cutting the two military", A("Committee for the Peaceful Reunification of Korea", "PRK", "GOV"),
  KORG, ["16"], "161", "2016-02", None, True, "announced cut of communication lines = reducing relations 161; month")
E("y06", "South Korea announced on Wednesday that it", KORG, PRKG, SANCT, "163", "2016-02-10", None, True,
  "suspension of the joint park as punishment = sanction 163 (16/17); Wednesday")
E("y06", "to punish Pyongyang for a nuclear test", KORG, PRKG, ["11"], "112", "2016-02-10", None, False,
  "purpose clause; the nuclear test and rocket launch carry no target: optional")
E("y06", "said much of the roughly $560 million", A("Hong Yong-pyo", "KOR", "GOV"), PRKG, ["11"], "112", "2016-02",
  None, False, "accusation of diverting money; second statement of the paragraph: optional")
E("y06", "Hong's ministry cut off electricity and water", KORG, A("Kaesong industrial park", "PRK", None), SANCT, "163",
  "2016-02-11", P("Kaesong", "PRK"), True, "cutting supplies to the park (16/17); premises with sector null; "
  "'Thursday night'; 'the complex' = Kaesong")
E("y06", "accused the government of acting without consulting", A("Chung Ki-sup", "KOR", "BUS"), KORG, ["11"], "112",
  "2016-02", None, True, "accusation by a business leader against his own government; month")
E("y06", "consulting them and demanded compensation", A("Chung Ki-sup", "KOR", "BUS"), KORG, DEMAND, "0231", "2016-02", None, False,
  "second act of the sentence (request for economic aid 0231): optional")
E("y06", "The United States backed Seoul's decision, a", A("United States", "USA", "GOV"), KORG, ["05"], "051",
  "2016-02", None, False, "single outside reaction: optional")
F("y06", "About 54,000 North Koreans worked at the", "count and standing situation")
F("y06", "It was not clear whether the park", "speculation")

# ---------------------------------------------------------------- y07 Yerevan, Europe/Eurasia
S("y07", "2023-09-29", "Europe/Eurasia", """
Karabakh leader orders breakaway state dissolved as exodus swells

YEREVAN, Armenia —

The ethnic Armenian leader of Nagorno-Karabakh signed a decree on Thursday dissolving the breakaway region's government by the new year, conceding defeat nine days after Azerbaijan's army overran its defences.

Samvel Shahramanyan's order said all state institutions would cease to exist on Jan. 1 and told residents to decide for themselves whether to stay under Azerbaijani rule. More than 70,000 people, over half the population, have already crossed into Armenia, according to government figures.

Azerbaijan launched what it called anti-terrorist measures on Sept. 19, pounding Karabakh positions with artillery and drones. A day later the local forces laid down their arms under a ceasefire negotiated by Russian peacekeepers, who have patrolled the region since 2020.

Azerbaijani border guards on Wednesday detained Ruben Vardanyan, a billionaire who once headed the enclave's government, as he tried to leave through the Lachin corridor, Azerbaijan's border service said. Baku accuses him of financing terrorism.

Prime Minister Nikol Pashinyan accused Azerbaijan of carrying out ethnic cleansing and said Russia's peacekeepers had failed to protect the population. Baku rejected the charge, saying the Armenians were leaving of their own free will.

Outside the government building here, police detained dozens of protesters who had blocked streets and demanded Pashinyan's resignation, accusing him of abandoning Karabakh.

Some 120,000 ethnic Armenians lived in the region before the offensive. It was not clear how many of them would remain.
""")
KARG = A("Nagorno-Karabakh authorities", "ARM", ["GOV", "REB"])
KARM = A("ethnic Armenian forces in Nagorno-Karabakh", "ARM", ["MIL", "REB"])
AZEG = A("Azerbaijan", "AZE", "GOV")
AZEM = A("Azerbaijani army", "AZE", "MIL")
ARMG = A("Armenia", "ARM", "GOV")
E("y07", "Karabakh leader orders breakaway state dissolved as", KARG, AZEG, ["08"], "080", "2023-09-28", None, False,
  "headline")
E("y07", "signed a decree on Thursday dissolving the", A("Samvel Shahramanyan", "ARM", ["GOV", "REB"]), AZEG, ["08"],
  "080", "2023-09-28", None, True, "dissolving the breakaway government, 'conceding defeat' = yield 080 to Azerbaijan; "
  "Karabakh Armenians ARM as news-dev's forces; Thursday")
E("y07", "nine days after Azerbaijan's army overran its", AZEM, KARM, FORCE, "192", "2023-09-19", None, False,
  "lead restatement of the offensive detailed in the third paragraph: optional")
E("y07", "Azerbaijan launched what it called anti-terrorist measures", AZEM, KARM, FORCE, "190", "2023-09-19", None, True,
  "offensive 190 (19/18); 'on Sept. 19'; target the Karabakh positions' forces")
E("y07", "pounding Karabakh positions with artillery and drones", AZEM, KARM, ATTACK, "194", "2023-09-19", None, False,
  "participle detail of the offensive: optional")
E("y07", "A day later the local forces laid", KARM, AZEM, ["08"], "0874", "2023-09-20", None, True,
  "surrender 0874; 'the local forces' = the Karabakh Armenian forces; 'A day later' = Sept. 20")
E("y07", "a ceasefire negotiated by Russian peacekeepers, who", A("Russian peacekeepers", "RUS", ["MIL", "IGO"]), KARM,
  MEDIATE, "045", "2023-09-20", None, True, "mediation as a nominal event with its agent in the phrase: required; "
  "the ceasefire of Sept. 20")
E("y07", "Azerbaijani border guards on Wednesday detained Ruben", A("Azerbaijani border guards", "AZE", ["COP", "MIL"]),
  A("Ruben Vardanyan", "ARM", ["GOV", "BUS"]), REPR, "173", "2023-09-27", P("Lachin", "AZE"), True,
  "arrest 173 on the border service's own account; Wednesday; the clause names the Lachin corridor")
E("y07", "Baku accuses him of financing terrorism", AZEG, A("Ruben Vardanyan", "ARM", ["GOV", "BUS"]), ["11"], "112",
  "2023-09", None, False, "standing charge in the present tense: optional")
E("y07", "Nikol Pashinyan accused Azerbaijan of carrying out", A("Nikol Pashinyan", "ARM", "GOV"), AZEG, ["11"], "112",
  "2023-09", None, True, "accusation of ethnic cleansing; no day: month")
E("y07", "said Russia's peacekeepers had failed to protect", A("Nikol Pashinyan", "ARM", "GOV"),
  A("Russian peacekeepers", "RUS", ["MIL", "IGO"]), ["11"], "111", "2023-09", None, False,
  "second criticism of the sentence: optional")
E("y07", "Baku rejected the charge, saying the Armenians", AZEG, A("Nikol Pashinyan", "ARM", "GOV"), ["12", "01"], "120",
  "2023-09", None, True, "rejection of the accusation 120 (denial 01 read); 'Baku' is an actor; month")
E("y07", "police detained dozens of protesters who had", A("Armenian police", "ARM", "COP"),
  A("Armenian protesters", "ARM", ["CVL", "OPP"]), REPR, "173", "2023-09", P("Yerevan", "ARM"), True,
  "arrests of protesters 173; unnamed police of the story's country; 'here' with the dateline = Yerevan; month")
E("y07", "who had blocked streets and demanded Pashinyan's", A("Armenian protesters", "ARM", ["CVL", "OPP"]),
  A("Nikol Pashinyan", "ARM", "GOV"), ["14"], "144", "2023-09", P("Yerevan", "ARM"), False,
  "blockade in a relative clause restating the protest: optional")
E("y07", "accusing him of abandoning Karabakh", A("Armenian protesters", "ARM", ["CVL", "OPP"]),
  A("Nikol Pashinyan", "ARM", "GOV"), ["11"], "112", "2023-09", None, False, "participle accusation: optional")
F("y07", "Some 120,000 ethnic Armenians lived in the", "count and standing situation")
F("y07", "It was not clear how many of", "speculation")

# ---------------------------------------------------------------- y08 Barcelona, Europe/Eurasia
S("y08", "2017-10-02", "Europe/Eurasia", """
Spanish police raid Catalan polling stations; hundreds hurt

BARCELONA, Spain —

Spanish riot police stormed polling stations across Catalonia on Sunday, firing rubber bullets and swinging batons at voters in an attempt to stop an independence referendum that Madrid had declared illegal.

Officers of the National Police and the paramilitary Civil Guard smashed their way into schools in Barcelona and Girona and carried off ballot boxes, while crowds sang and chanted "We will vote". The regional health service said 844 people had been treated for injuries; the interior ministry said 33 officers were hurt.

The Constitutional Court suspended the vote in September at the request of Prime Minister Mariano Rajoy's government, and judges ordered the regional police, the Mossos d'Esquadra, to seal the schools. Many Mossos officers stood aside, and the interior ministry accused the force of disobeying orders.

Catalan leader Carles Puigdemont said late on Sunday that the region had won the right to become an independent state and appealed to the European Union to step in. "There has been no referendum," Rajoy retorted in a televised address, praising the police for acting with firmness and proportion.

Barcelona's mayor, Ada Colau, demanded Rajoy's resignation. Unions and pro-independence groups called a general strike for Tuesday.

Catalan officials said 2.26 million people had voted, with 90 percent in favour. It was not clear whether Puigdemont's government would proclaim independence in the coming days.
""")
ESPP = A("Spanish police", "ESP", "COP")
ESPG = A("Spanish government", "ESP", "GOV")
CATV = A("Catalan voters", "ESP", ["CVL", "OPP"])
PUIG = A("Carles Puigdemont", "ESP", ["GOV", "OPP"])
RAJOY = A("Mariano Rajoy", "ESP", "GOV")
E("y08", "Spanish police raid Catalan polling stations; hundreds", ESPP, CATV, REPR, "175", "2017-10-01", None, False,
  "headline")
E("y08", "Spanish riot police stormed polling stations across", ESPP, CATV, REPR, "175", "2017-10-01", None, True,
  "violent repression 175 (17/18) of voters; Sunday; 'across Catalonia' is a region, no place")
E("y08", "independence referendum that Madrid had declared illegal", ESPG, A("Catalan government", "ESP", ["GOV", "OPP"]),
  ["12", "17"], "120", "2017", None, False, "undated earlier rejection in a relative clause: optional")
E("y08", "and carried off ballot boxes, while crowds", ESPP, A("Catalan polling stations", "ESP", None), ["17"], "1711",
  "2017-10-01", P("Barcelona", "ESP"), True, "confiscation of property 1711 (premises with sector null), a distinct "
  "act of the detail sentence; the clause names Barcelona (first of two towns); the Sunday of the lead")
E("y08", "while crowds sang and chanted", CATV, ESPP, ["14"], "141", "2017-10-01", None, False,
  "protest in a 'while' clause: optional")
E("y08", "The Constitutional Court suspended the vote in", A("Constitutional Court", "ESP", "JUD"),
  A("Catalan government", "ESP", ["GOV", "OPP"]), ["17", "11", "16"], "172", "2017-09", None, True,
  "dated background court order suspending the vote (administrative restriction 172; 11/16 read); 'in September'")
E("y08", "at the request of Prime Minister Mariano", ESPG, A("Constitutional Court", "ESP", "JUD"), DEMAND, "020",
  "2017-09", None, False, "nominal request: optional")
E("y08", "judges ordered the regional police, the Mossos", A("Spanish judges", "ESP", "JUD"),
  A("Mossos d'Esquadra", "ESP", "COP"), DEMAND, "020", "2017", None, False, "order between state bodies, "
  "undated: optional")
E("y08", "the interior ministry accused the force of", ESPG, A("Mossos d'Esquadra", "ESP", "COP"), ["11"], "112",
  "2017-10", None, True, "accusation 112; 'the force' = the Mossos; no day: month")
E("y08", "appealed to the European Union to step", PUIG, A("European Union", "EUR", "IGO"), DEMAND, "028",
  "2017-10-01", None, True, "appeal for mediation 028 (02/10); second verb of the sentence dated 'late on Sunday'")
E("y08", "Rajoy retorted in a televised address, praising", RAJOY, PUIG, ["12", "01"], "120", "2017-10-01", None, True,
  "rejection of the referendum's claim (12; 01 read), answering Puigdemont; same Sunday night")
E("y08", "Rajoy retorted in a televised address, praising", RAJOY, ESPP, ["05"], "051", "2017-10-01", None, False,
  "praise of one's own police: optional")
E("y08", "Ada Colau, demanded Rajoy's resignation", A("Ada Colau", "ESP", "GOV"), RAJOY, DEMAND, "1041", "2017-10",
  None, True, "demand for a leader's resignation 1041 (10/02); month")
E("y08", "called a general strike for Tuesday", A("Catalan unions", "ESP", ["LAB", "OPP"]), ESPG, ["14"], "143",
  "2017-10", None, False, "a call for a future strike: intention, optional")
F("y08", "Catalan officials said 2.26 million people had", "count")
F("y08", "It was not clear whether Puigdemont's government", "speculation")

# ---------------------------------------------------------------- y09 Santiago, Americas
S("y09", "2019-10-20", "Americas", """
Chile's Pinera scraps fare rise as troops patrol Santiago under curfew

SANTIAGO, Chile —

Soldiers patrolled the streets of Chile's capital on Saturday for the first time since the end of military rule in 1990, after President Sebastian Pinera declared a state of emergency to quell the worst unrest the country has seen in decades.

Pinera announced the emergency shortly before midnight on Friday, hours after protesters angered by a rise in metro fares set fire to subway stations and to the headquarters of the electricity company Enel in the city centre. He put an army general, Javier Iturriaga, in charge of security in the capital.

On Saturday afternoon the president suspended the fare increase, saying he had heard the voice of his compatriots. The concession failed to calm the streets. Crowds banged pots and pans in several neighbourhoods, and looters ransacked supermarkets.

Iturriaga imposed a curfew from 10 p.m. on Saturday, and police fired tear gas and water cannon at people who defied it. Police detained more than 300 people over the two days, Interior Minister Andres Chadwick said.

Opposition leaders, among them the Socialist Party chairman, Alvaro Elizalde, demanded that the troops return to their barracks and that the government open talks with student and labour groups.

The protests began last week when secondary school students jumped the metro's turnstiles en masse. Chile has long been counted among the region's most stable countries, but anger over the cost of living has grown for years. It was not clear whether the curfew would be extended to other cities.
""")
PIN = A("Sebastian Pinera", "CHL", "GOV")
CHLP = A("Chilean protesters", "CHL", ["CVL", "EDU", "OPP"])
E("y09", "Chile's Pinera scraps fare rise as troops", PIN, CHLP, ["08"], "0832", "2019-10-19", None, False, "headline")
E("y09", "troops patrol Santiago under curfew", A("Chilean army", "CHL", "MIL"), CHLP, ["15", "17"], "152", "2019-10-19",
  P("Santiago", "CHL"), False, "headline")
E("y09", "Soldiers patrolled the streets of Chile's capital", A("Chilean army", "CHL", "MIL"), CHLP, ["15", "17"], "152",
  "2019-10-19", P("Santiago", "CHL"), False, "troop deployment with no target in the clause: optional")
E("y09", "after President Sebastian Pinera declared a state", PIN, A("Chile", "CHL", None), COUP, "1724", "2019-10-18",
  None, False, "lead restatement of the emergency detailed in the second paragraph: optional")
E("y09", "Pinera announced the emergency shortly before midnight", PIN, A("Chile", "CHL", None), COUP, "1724",
  "2019-10-18", None, True, "declared emergency 1724 (17/19); 'shortly before midnight on Friday'")
E("y09", "protesters angered by a rise in metro", CHLP, A("Santiago metro", "CHL", None), VPROT, "145", "2019-10-18",
  None, True, "arson by protesters 145 (14/18/17) on premises (country, sector null); 'hours after' Friday's "
  "announcement: Friday; 'in the city centre' names no place")
E("y09", "to the headquarters of the electricity company", CHLP, A("Enel", "CHL", "BUS"), VPROT, "145", "2019-10-18",
  None, False, "second object of the arson: optional")
E("y09", "On Saturday afternoon the president suspended the", PIN, CHLP, ["08"], "0832", "2019-10-19", None, True,
  "concession to protesters' demands (accede to policy change 0832); Saturday")
E("y09", "Crowds banged pots and pans in several", CHLP, A("Chilean government", "CHL", "GOV"), ["14"], "141",
  "2019-10-19", None, False, "protest with no target in the clause: optional")
E("y09", "Iturriaga imposed a curfew from 10 p.m.", A("Javier Iturriaga", "CHL", "MIL"), A("Chile", "CHL", "CVL"),
  ["17"], "1723", "2019-10-19", None, True, "curfew 1723; Saturday")
E("y09", "police fired tear gas and water cannon", A("Chilean police", "CHL", "COP"), CHLP, REPR, "175", "2019-10-19",
  None, True, "repression 175 (17/18); unnamed police of the story's country; same Saturday night")
E("y09", "Police detained more than 300 people over", A("Chilean police", "CHL", "COP"), CHLP, REPR, "173", "2019-10",
  None, True, "arrests 173, reported by the minister in charge of the police (not a disputed account); 'over the two "
  "days': month")
E("y09", "Alvaro Elizalde, demanded that the troops return", A("Alvaro Elizalde", "CHL", ["OPP", "PTY"]), PIN, DEMAND,
  "100", "2019-10", None, True, "demand to the government (10/02); the opposition leaders with the named chairman; "
  "target the government = Pinera; month")
E("y09", "that the government open talks with student", A("Alvaro Elizalde", "CHL", ["OPP", "PTY"]), PIN, DEMAND, "1043",
  "2019-10", None, False, "second demand of the same sentence: optional")
E("y09", "The protests began last week when secondary", A("Chilean students", "CHL", ["EDU", "CVL"]),
  A("Santiago metro", "CHL", None), ["14"], "141", "2019-10", None, False,
  "background protest by turnstile-jumping, with the students as agent: optional")
F("y09", "Chile has long been counted among the", "standing situation")
F("y09", "It was not clear whether the curfew", "speculation")

# ---------------------------------------------------------------- y10 Havana, Americas
S("y10", "2014-12-18", "Americas", """
U.S. and Cuba to restore ties after prisoner swap brokered with Vatican help

HAVANA, Cuba —

The United States and Cuba agreed on Wednesday to restore diplomatic relations broken off more than half a century ago, after 18 months of secret talks that the Vatican and Canada helped to broker.

President Barack Obama and President Raul Castro announced the breakthrough in simultaneous addresses at noon, a day after the two men spoke by telephone for 45 minutes, the first such conversation between leaders of the two countries since the 1959 revolution.

As part of the deal, Cuba freed Alan Gross, an American aid contractor who had been jailed since 2009 for bringing communications equipment onto the island. In return, the United States released three Cuban agents convicted of espionage in Miami in 2001.

Obama said he would ease limits on travel and remittances and asked Congress to lift the trade embargo. Castro welcomed the steps but said the embargo, which Havana calls a blockade, still had to end. Cuba has also agreed to release 53 people whom Washington regards as political prisoners, U.S. officials said.

Pope Francis, who had written to both leaders in the summer and hosted their negotiators at the Vatican in October, hailed the decision.

In Washington, Senator Marco Rubio, a Cuban-American Republican, denounced the agreement as a concession to tyranny.

Remittances sent by relatives abroad are worth some $2 billion a year to the island's economy. It was not clear when the two countries would reopen their embassies.
""")
USAG = A("United States", "USA", "GOV")
CUBG = A("Cuba", "CUB", "GOV")
OBAMA = A("Barack Obama", "USA", "GOV")
CASTRO = A("Raul Castro", "CUB", "GOV")
CUBA5 = A("Cuban agents", "CUB", ["SPY", "GOV"])
E("y10", "U.S. and Cuba to restore ties after", USAG, CUBG, AGREE, "054", "2014-12-17", None, False, "headline")
E("y10", "after prisoner swap brokered with Vatican help", CUBG, A("Alan Gross", "USA", ["CVL", "BUS"]), FREE, "0841",
  "2014-12", None, False, "headline")
E("y10", "The United States and Cuba agreed on", USAG, CUBG, AGREE, "054", "2014-12-17", None, True,
  "agreement to restore diplomatic relations (054, AGREE roots); compound subject: first-mentioned direction "
  "required, reverse optional; Wednesday")
E("y10", "The United States and Cuba agreed on", CUBG, USAG, AGREE, "054", "2014-12-17", None, False,
  "reverse direction of the joint agreement: optional")
E("y10", "secret talks that the Vatican and Canada", A("Vatican", "VAT", ["REL", "GOV"]), USAG, MEDIATE, "045", "2014",
  None, False, "mediation in a relative clause, summing up the Pope's role detailed later: optional")
E("y10", "announced the breakthrough in simultaneous addresses at", OBAMA, CASTRO, AGREE, "054", "2014-12-17", None,
  False, "restatement of the agreement: optional")
E("y10", "a day after the two men spoke", OBAMA, CASTRO, ["04"], "041", "2014-12-16", None, True,
  "telephone talks 041; 'the two men' = Obama and Castro, first-mentioned direction required; 'a day after' "
  "Wednesday = Tuesday")
E("y10", "a day after the two men spoke", CASTRO, OBAMA, ["04"], "041", "2014-12-16", None, False,
  "reverse direction of the call: optional")
E("y10", "As part of the deal, Cuba freed", CUBG, A("Alan Gross", "USA", ["CVL", "BUS"]), FREE, "0841", "2014-12", None,
  True, "release of a prisoner 0841 (08; 07 read); the sentence has no day: month")
E("y10", "who had been jailed since 2009 for", CUBG, A("Alan Gross", "USA", ["CVL", "BUS"]), REPR, "173", "2009", None,
  True, "dated background detention in a relative clause; agentless passive whose agent (Cuba) the story implies")
E("y10", "the United States released three Cuban agents", USAG, CUBA5, FREE, "0841", "2014-12", None, True,
  "release of prisoners 0841; month")
E("y10", "convicted of espionage in Miami in 2001", A("U.S. court", "USA", "JUD"), CUBA5, ["17", "11"], "173", "2001",
  P("Miami", "USA"), True, "dated background conviction (17/11); agentless participle whose agent, a U.S. court, is "
  "implied; the clause names Miami")
E("y10", "Obama said he would ease limits on", OBAMA, CUBG, ["08", "03"], "081", "2014-12", None, True,
  "announced easing of sanctions 081 (03 read as a promise); month")
E("y10", "asked Congress to lift the trade embargo", OBAMA, A("U.S. Congress", "USA", "LEG"), DEMAND, "020", "2014-12",
  None, False, "domestic request, second act of the sentence: optional")
E("y10", "Castro welcomed the steps but said the", CASTRO, OBAMA, ["05"], "051", "2014-12", None, False,
  "praise: optional")
E("y10", "said the embargo, which Havana calls a", CASTRO, USAG, DEMAND, "1042", "2014-12", None, False,
  "implicit demand to end the embargo (demand policy change): optional")
E("y10", "Cuba has also agreed to release 53", CUBG, USAG, ["03", "08"], "0343", "2014-12", None, False,
  "promise to release prisoners, on the U.S. officials' account: optional")
E("y10", "hosted their negotiators at the Vatican in", A("Pope Francis", "VAT", ["REL", "GOV"]), USAG, MEDIATE, "043",
  "2014-10", P("Vatican City", "VAT"), True, "hosting the two sides' talks (043, mediation roots 04/03) in a relative clause with its "
  "agent, dated 'in October'; first party required; 'at the Vatican' names the Vatican")
E("y10", "who had written to both leaders in", A("Pope Francis", "VAT", ["REL", "GOV"]), OBAMA, DEMAND, "020", "2014",
  None, False, "letters in the summer: appeal, optional")
E("y10", "Marco Rubio, a Cuban-American Republican, denounced", A("Marco Rubio", "USA", "LEG"), OBAMA, ["11"], "111",
  "2014-12", P("Washington", "USA"), False, "domestic criticism, single reaction: optional")
F("y10", "Remittances sent by relatives abroad are worth", "count and standing situation")
F("y10", "It was not clear when the two", "speculation")

# ---------------------------------------------------------------- y11 Suva, Pacific
S("y11", "2009-04-14", "Pacific", """
Fiji's president scraps constitution, reinstates army chief after court ruling

SUVA, Fiji —

Fiji's military commander, Commodore Frank Bainimarama, was back in office as prime minister on Tuesday after the president tore up the constitution, dismissed every judge in the country and put off elections for five years.

President Ratu Josefa Iloilo, 88, acted on Friday, a day after the Court of Appeal ruled that the interim government installed after Bainimarama's 2006 coup was unlawful and told the president to appoint a caretaker leader. On Saturday he reappointed Bainimarama and his cabinet.

Under emergency regulations announced on Friday night, police and army officers were posted in newsrooms to vet reports, and newspapers here printed blank spaces where stories had been cut. Immigration officials deported two New Zealand television journalists on Monday, and the Australian Broadcasting Corporation's veteran correspondent, Sean Dorney, was told to leave.

"We will not be deterred," Bainimarama said in a radio broadcast, promising a new constitution and elections by September 2014.

The president of the Fiji Law Society, Dorsami Naidu, called the sacking of the judges an assault on the rule of law.

Australia's prime minister, Kevin Rudd, condemned the move as a grave step backwards, and New Zealand's foreign minister, Murray McCully, warned that Fiji would be suspended from the Pacific Islands Forum unless it set an election date by May 1.

Fiji has been through four coups since 1987. It was not clear whether the forum's leaders would carry out their threat.
""")
ILO = A("Ratu Josefa Iloilo", "FJI", "GOV")
BAIN = A("Frank Bainimarama", "FJI", ["MIL", "GOV"])
FJIG = A("Fiji interim government", "FJI", ["GOV", "MIL"])
E("y11", "Fiji's president scraps constitution, reinstates army chief", ILO, A("Fiji", "FJI", None), COUP, "1724",
  "2009-04-10", None, False, "headline")
E("y11", "the president tore up the constitution, dismissed", ILO, A("Fiji", "FJI", None), COUP, "1724", "2009-04", None,
  True, "abrogating the constitution: declared takeover/emergency 1724 (17/19); in an 'after' clause whose day the "
  "next paragraph gives ('acted on Friday'): month, as precise as the clause")
E("y11", "dismissed every judge in the country and", ILO, A("Fiji judiciary", "FJI", "JUD"), ["17", "16"], "172",
  "2009-04", None, True, "dismissal of all judges (administrative sanction 172; 16 read), a distinct act of the lead "
  "clause; month")
E("y11", "put off elections for five years", ILO, A("Fiji", "FJI", "CVL"), ["17"], "1721", "2009-04", None, False,
  "postponing elections, third act: optional")
E("y11", "a day after the Court of Appeal", A("Fiji Court of Appeal", "FJI", "JUD"), FJIG, ["11", "17"], "112",
  "2009-04-09", None, True, "ruling that the government was unlawful (11/17, as owned9's tribunal finding); 'a day "
  "after' Friday = Thursday")
E("y11", "told the president to appoint a caretaker", A("Fiji Court of Appeal", "FJI", "JUD"), ILO, DEMAND, "1041",
  "2009-04-09", None, False, "second part of the ruling: optional")
E("y11", "installed after Bainimarama's 2006 coup was unlawful", BAIN, A("Fiji", "FJI", "GOV"), COUP, "1724", "2006",
  None, True, "dated background coup as a nominal event with its agent (possessive) in the phrase: required")
E("y11", "On Saturday he reappointed Bainimarama and his", ILO, BAIN, ["05", "03"], "050", "2009-04-11", None, False,
  "reappointment: not a clear CAMEO interaction, optional")
E("y11", "police and army officers were posted in", A("Fiji government", "FJI", ["GOV", "MIL"]),
  A("Fiji news media", "FJI", "MED"), ["17"], "1721", "2009-04-10", None, True,
  "censorship (restrict freedoms 1721) under regulations 'announced on Friday night'; source the regime whose "
  "officers were posted")
E("y11", "Immigration officials deported two New Zealand television", A("Fiji government", "FJI", ["GOV", "MIL"]),
  A("New Zealand journalists", "NZL", "MED"), EXPEL, "174", "2009-04-13", None, True,
  "expulsion 174 (17/16) of foreign journalists; immigration officials = the government; Monday")
E("y11", "Sean Dorney, was told to leave", A("Fiji government", "FJI", ["GOV", "MIL"]),
  A("Sean Dorney", "AUS", "MED"), EXPEL, "174", "2009-04", None, False, "second clause, agentless passive: optional")
E("y11", "promising a new constitution and elections by", BAIN, A("Fiji", "FJI", "CVL"), ["03"], "034", "2009-04", None,
  False, "promise of elections (03): optional")
E("y11", "Dorsami Naidu, called the sacking of the", A("Dorsami Naidu", "FJI", ["JUD", "NGO"]), ILO, ["11"], "111",
  "2009-04", None, True, "criticism 111 by the law society's president; 'the sacking' restates the dismissal, "
  "whose agent is the president; month")
E("y11", "Kevin Rudd, condemned the move as a", A("Kevin Rudd", "AUS", "GOV"), ILO, ["11"], "111", "2009-04", None,
  False, "outside condemnation, first clause of a two-reaction sentence: optional")
E("y11", "Murray McCully, warned that Fiji would be", A("Murray McCully", "NZL", "GOV"), FJIG, ["13"], "1313",
  "2009-04", None, True, "threat of suspension from the Forum (threaten to reduce relations 1313), conditional on "
  "an election date; month")
F("y11", "Fiji has been through four coups since", "count and standing situation")
F("y11", "It was not clear whether the forum's", "speculation")

# ---------------------------------------------------------------- y12 Islamabad, South Asia
S("y12", "2023-05-12", "South Asia", """
Pakistan's top court rules Imran Khan's arrest unlawful as unrest spreads

ISLAMABAD, Pakistan —

Pakistan's Supreme Court on Thursday declared the arrest of former Prime Minister Imran Khan unlawful and ordered the authorities to free him, two days after paramilitary troops hauled him out of a courthouse here.

Chief Justice Umar Ata Bandial told the opposition leader it was good to see him and asked him to condemn the violence that followed his detention. Khan, 70, spent the night at a police guest house.

Rangers seized Khan on Tuesday at the Islamabad High Court, where he had come to seek bail in one of dozens of cases lodged against him since his removal as prime minister in a parliamentary vote last year. The National Accountability Bureau accuses him of taking land worth millions of dollars as a bribe.

The arrest set off two days of rioting. Supporters of his party, Pakistan Tehreek-e-Insaf, forced their way through a gate of army headquarters in Rawalpindi and set fire to the residence of a senior commander in Lahore. The military called the attacks a black chapter and vowed to punish those responsible.

The government sent troops into the capital and two provinces and cut mobile internet nationwide. Police have detained more than 2,000 people, among them the party's vice chairman, Shah Mahmood Qureshi.

Information Minister Marriyum Aurangzeb accused the judges of shielding Khan.

Pakistan's army has ruled the country directly for more than three decades since independence. It was not clear whether Khan would be rearrested once he left the court.
""")
KHAN = A("Imran Khan", "PAK", ["OPP", "PTY"])
PAKJ = A("Pakistan Supreme Court", "PAK", "JUD")
PAKG = A("Pakistani government", "PAK", "GOV")
PAKM = A("Pakistani army", "PAK", "MIL")
PTI = A("Pakistan Tehreek-e-Insaf supporters", "PAK", ["PTY", "OPP", "CVL"])
RANG = A("Pakistan Rangers", "PAK", ["MIL", "COP"])
E("y12", "Pakistan's top court rules Imran Khan's arrest", PAKJ, PAKG, ["11", "17"], "112", "2023-05-11", None, False,
  "headline")
E("y12", "declared the arrest of former Prime Minister", PAKJ, KHAN, ["08", "10"], "0841", "2023-05-11", None, True,
  "court ordering a detainee freed: release 0841 (a demand 10 on the authorities also read); Thursday")
E("y12", "declared the arrest of former Prime Minister", PAKJ, PAKG, ["11", "17"], "112", "2023-05-11", None, False,
  "the finding of unlawfulness against the authorities: optional second reading")
E("y12", "two days after paramilitary troops hauled him", RANG, KHAN, REPR, "173", "2023-05-09", P("Islamabad", "PAK"),
  False, "lead restatement of the arrest detailed in the third paragraph: optional")
E("y12", "asked him to condemn the violence that", A("Umar Ata Bandial", "PAK", "JUD"), KHAN, DEMAND, "020", "2023-05-11",
  None, False, "a judge's request in court: optional")
E("y12", "Rangers seized Khan on Tuesday at the", RANG, KHAN, REPR, "173", "2023-05-09", P("Islamabad", "PAK"), True,
  "arrest 173; Tuesday; the clause names the Islamabad High Court")
E("y12", "since his removal as prime minister in", A("Pakistani parliament", "PAK", "LEG"), KHAN, ["08", "17"], "0831",
  "2022", None, False, "nominal removal without an agent in the phrase ('a parliamentary vote'): optional")
E("y12", "The National Accountability Bureau accuses him of", A("National Accountability Bureau", "PAK", ["GOV", "JUD"]),
  KHAN, ["11"], "112", "2023-05", None, False, "standing charge in the present tense: optional")
E("y12", "forced their way through a gate of", PTI, PAKM, VPROT, "145", "2023-05", P("Rawalpindi", "PAK"), True,
  "storming of army headquarters by protesters 145 (14/18/17); no day ('two days of rioting'): month; the clause "
  "names Rawalpindi")
E("y12", "set fire to the residence of a", PTI, PAKM, VPROT, "145", "2023-05", P("Lahore", "PAK"), True,
  "arson 145, second act of the sentence with its own object and place (Lahore); month")
E("y12", "The military called the attacks a black", PAKM, PTI, ["11"], "111", "2023-05", None, True,
  "denunciation 111; month")
E("y12", "vowed to punish those responsible", PAKM, PTI, ["13"], "130", "2023-05", None, False,
  "threat, second verb of the sentence: optional")
E("y12", "The government sent troops into the capital", PAKG, PTI, ["15", "17"], "152", "2023-05", None, False,
  "deployment of troops, no target in the clause: optional")
E("y12", "cut mobile internet nationwide", PAKG, A("Pakistan", "PAK", "CVL"), ["17"], "1721", "2023-05", None, True,
  "restriction of communications 1721, a distinct act of the sentence; month")
E("y12", "Police have detained more than 2,000 people", A("Pakistani police", "PAK", "COP"), PTI, REPR, "173", "2023-05",
  None, True, "mass arrests 173; unnamed police of the story's country; present perfect: month")
E("y12", "among them the party's vice chairman, Shah", A("Pakistani police", "PAK", "COP"),
  A("Shah Mahmood Qureshi", "PAK", ["PTY", "OPP"]), REPR, "173", "2023-05", None, False,
  "named detainee within the compound object: optional")
E("y12", "Marriyum Aurangzeb accused the judges of shielding", A("Marriyum Aurangzeb", "PAK", "GOV"), PAKJ, ["11"], "112",
  "2023-05", None, True, "accusation against the court; month")
F("y12", "Pakistan's army has ruled the country directly", "count and standing situation")
F("y12", "It was not clear whether Khan would", "speculation")

if __name__ == "__main__":
    write(HERE)
