#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned64 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or test read; dateline and go not
run). Coding notes are kept per line. Run: python3 testdata/owned64/build.py  (rewrites both files next to this
script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
SHOOT = ["19", "18", "17"]

# ---------------------------------------------------------------- bm01 Johannesburg, Africa (South Africa)
S("bm01", "2008-09-21", "Africa", """
South Africa's ANC recalls Mbeki, who agrees to step down as president

JOHANNESBURG, South Africa —

The ruling African National Congress decided on Saturday to recall President Thabo Mbeki, ending a bitter power struggle with his rival Jacob Zuma, and the presidency said hours later that Mbeki had agreed to step down.

ANC Secretary-General Gwede Mantashe told reporters that the party's national executive committee had reached its decision after a long meeting near the capital, and that a delegation had met Mbeki earlier in the day to inform him.

The move came eight days after a High Court judge in Pietermaritzburg, Chris Nicholson, threw out the corruption case against Zuma and suggested that Mbeki's government had meddled in the decision to prosecute him.

Mbeki, whose office had denied any interference in the case, said he would seek leave to appeal against the judge's findings.

Zuma's allies in the ANC Youth League had pressed for months for Mbeki to be removed before his term ran out.

Helen Zille, leader of the opposition Democratic Alliance, accused the ANC of putting the party's feuds ahead of the country and called for an early general election.

It was not clear whether Finance Minister Trevor Manuel, whose steady hand is credited by investors, would stay in the cabinet.

Mbeki's second and final five-year term was due to end in mid-2009. Parliament is expected to choose an interim president within days.
""")
ANC = A("African National Congress", "ZAF", ["PTY", "GOV"])
MBEKI = A("Thabo Mbeki", "ZAF", "GOV")
E("bm01", "South Africa's ANC recalls Mbeki, who agrees", ANC, MBEKI, DEMAND, "1041", "2008-09-21", None, False,
  "headline: the recall")
E("bm01", "decided on Saturday to recall President Thabo", ANC, MBEKI, DEMAND, "1041", "2008-09-20", None, True,
  "a party's recall of its president, a demand that he leave office 1041 (10/02); 'on Saturday' before a Sunday paper")
E("bm01", "Mbeki had agreed to step down", MBEKI, ANC, ["08"], "0831", "2008-09-20", None, True,
  "accepting a demand for a change of leader 0831 (as news-dev d09), target the party that asked; 'hours later' "
  "after Saturday's decision")
E("bm01", "a delegation had met Mbeki earlier in", ANC, MBEKI, ["04"], "040", "2008-09-20", None, True,
  "meeting 040 (ANC delegation to Mbeki); 'earlier in the day' of the Saturday decision; reported speech by Mantashe, "
  "undisputed")
E("bm01", "suggested that Mbeki's government had meddled in", A("Chris Nicholson", "ZAF", "JUD"), MBEKI, ["11"], "112",
  "2008-09-12", P("Pietermaritzburg", "ZAF"), True,
  "a judge's finding of political meddling 112 (news-dev's court verdicts as accusations); dated background "
  "('eight days after' Saturday), second verb of the sentence but the event the story turns on")
E("bm01", "whose office had denied any interference in", MBEKI, A("Chris Nicholson", "ZAF", "JUD"), DENY, "016",
  "2008-09", None, True, "denial 016 (01/12) in a relative with its own agent (Mbeki's office); no day: month")
E("bm01", "said he would seek leave to appeal", MBEKI, A("Chris Nicholson", "ZAF", "JUD"), ["11", "12"], "115",
  "2008-09", None, False, "legal challenge put as an intention ('would seek'): optional")
E("bm01", "had pressed for months for Mbeki to", A("ANC Youth League", "ZAF", ["PTY", "GOV"]), MBEKI, DEMAND, "1041",
  "2008", None, False, "undated pluperfect demand ('for months'): optional, year")
E("bm01", "accused the ANC of putting the party's", A("Helen Zille", "ZAF", ["OPP", "PTY"]), ANC, ["11"], "112",
  "2008-09", None, True, "accusation 112; domestic opposition leader, first verb; no day: month")
E("bm01", "called for an early general election", A("Helen Zille", "ZAF", ["OPP", "PTY"]),
  A("South Africa's government", "ZAF", "GOV"), DEMAND, "104", "2008-09", None, False,
  "demand for a new election 104 (as owned35 ai09), second verb of the sentence: optional")
F("bm01", "It was not clear whether Finance Minister", "speculation")
F("bm01", "second and final five-year term was due", "standing situation (term limit)")

# ---------------------------------------------------------------- bm02 Dar es Salaam, Africa (Tanzania)
S("bm02", "2025-10-31", "Africa", """
Tanzania imposes curfew and cuts internet as election-day protests turn deadly

DAR ES SALAAM, Tanzania —

Police imposed a curfew on Dar es Salaam on Wednesday night after crowds angry at the exclusion of the main opposition candidates from the presidential election set fire to buses, a petrol station and a police post in several parts of the city.

Officers fired tear gas and live rounds to break up the crowds, witnesses said, and the unrest spread to Arusha and Mwanza on Thursday.

Internet access was cut across the country from Wednesday afternoon, an internet monitoring group said.

The main opposition party, Chadema, accused the security forces of killing hundreds of protesters. Foreign Minister Mahmoud Thabit Kombo dismissed the figures as exaggerated and said the police had used only necessary force.

Army chief General Jacob Mkunda said on Thursday that the protesters were criminals and warned that the military would act to restore order if they did not stay off the streets.

Chadema's leader, Tundu Lissu, has been in jail since police arrested him in April and charged him with treason over his call for electoral reforms. His party was later barred from the vote.

The United Nations human rights office urged the security forces to refrain from unnecessary or disproportionate force.

President Samia Suluhu Hassan, who faced only minor rivals, is expected to be declared the winner. She became president in 2021 on the death of her predecessor, John Magufuli.

It was unclear how many people had been killed.
""")
TZP = A("Tanzanian protesters", "TZA", ["CVL", "OPP"])
TZPOL = A("Tanzanian police", "TZA", "COP")
TZG = A("Tanzania's government", "TZA", "GOV")
CHAD = A("Chadema", "TZA", ["OPP", "PTY"])
E("bm02", "Tanzania imposes curfew and cuts internet as", TZG, A("Tanzanian citizens", "TZA", "CVL"), ["17"], "1723",
  "2025-10", None, False, "headline: the curfew")
E("bm02", "election-day protests turn deadly", TZP, TZG, VPROT, "145", "2025-10", None, False, "headline: the protests")
E("bm02", "Police imposed a curfew on Dar es", TZPOL, A("Dar es Salaam residents", "TZA", "CVL"), ["17"], "1723",
  "2025-10-29", P("Dar es Salaam", "TZA"), True,
  "curfew 1723 (as owned35 ai09); 'on Wednesday night' before a Friday paper; the city is named in the clause")
E("bm02", "set fire to buses, a petrol station", TZP, TZPOL, VPROT, "145", "2025-10-29", P("Dar es Salaam", "TZA"), True,
  "arson in a riot 145 (14/18/17), target the police whose post burned; in an 'after' clause with its own agent, "
  "Wednesday; 'in several parts of the city' with the dateline is Dar es Salaam")
E("bm02", "Officers fired tear gas and live rounds", TZPOL, TZP, REPR, "175", "2025-10", None, True,
  "force against protesters 175 (17/18); 'Officers' refers back to the police; the witnesses' account is undisputed "
  "in its core; the sentence gives no day of its own (Wednesday only by the previous paragraph): month; no city in "
  "the clause")
E("bm02", "the unrest spread to Arusha and Mwanza", TZP, TZG, VPROT, "145", "2025-10-30", P("Arusha", "TZA"), False,
  "the unrest spreading, a restatement in other cities: optional; first city")
E("bm02", "Internet access was cut across the country", TZG, A("Tanzanian citizens", "TZA", "CVL"), ["17"], "1721",
  "2025-10-29", None, False, "agentless passive internet cut: optional (owned54's convention)")
E("bm02", "accused the security forces of killing hundreds", CHAD, A("Tanzanian security forces", "TZA", ["COP", "MIL"]),
  ["11"], "112", "2025-10", None, True, "accusation 112; no day of its own: month; the killings themselves are the "
  "content of a disputed accusation, not coded")
E("bm02", "dismissed the figures as exaggerated and said", A("Mahmoud Thabit Kombo", "TZA", "GOV"), CHAD, DENY, "016",
  "2025-10", None, True, "denial 016 (01/12) answering Chadema; month")
E("bm02", "warned that the military would act to", A("Jacob Mkunda", "TZA", "MIL"), TZP, ["13"], "130", "2025-10-30",
  None, True, "threat of force 130 in the second clause; 'on Thursday' before a Friday paper")
E("bm02", "said on Thursday that the protesters were", A("Jacob Mkunda", "TZA", "MIL"), TZP, ["11"], "111",
  "2025-10-30", None, False, "calling protesters criminals 111, first clause of the threat sentence: optional")
E("bm02", "since police arrested him in April and", TZPOL, A("Tundu Lissu", "TZA", ["OPP", "PTY"]), ["17"], "173",
  "2025-04", None, True, "arrest 173 in a dated 'since ... in April' clause with its own agent: required; the "
  "treason charge is the same act (11/17 tolerated by news-dev's court verdicts, not listed twice)")
E("bm02", "His party was later barred from the", TZG, CHAD, ["17"], "1722", "2025", None, False,
  "agentless passive ban on a party 1722 ('later', after April): optional, year")
E("bm02", "urged the security forces to refrain from", A("U.N. human rights office", "UNO", "IGO"),
  A("Tanzanian security forces", "TZA", ["COP", "MIL"]), DEMAND, "10", "2025-10", None, False,
  "single outside appeal for restraint 10 (10/02): optional")
F("bm02", "She became president in 2021 on the", "historical aside: a death with no actor and an accession")
F("bm02", "It was unclear how many people had", "speculation about a count")

# ---------------------------------------------------------------- bm03 Beirut, Middle East (Syria)
S("bm03", "2013-08-27", "Middle East", """
Kerry says Syria used chemical weapons; Damascus denies it and warns it will defend itself

BEIRUT, Lebanon —

Secretary of State John Kerry accused Syrian President Bashar al-Assad's forces on Monday of gassing civilians near Damascus, calling the attack a moral obscenity that the world could not ignore.

Speaking in Washington, Kerry said the evidence that chemical weapons had been used last Wednesday was undeniable and that Assad's government had tried to cover it up by shelling the area for days.

Earlier on Monday, unidentified snipers fired at a convoy of United Nations inspectors in the western Damascus suburb of Moadamiyeh, forcing them to turn back for a replacement vehicle. Syrian state television blamed rebel gunmen for the shooting.

The opposition Syrian National Coalition says government forces fired rockets loaded with nerve gas into rebel-held districts of Eastern Ghouta before dawn on Aug. 21, killing hundreds of people.

On Tuesday, Foreign Minister Walid al-Moualem denied at a news conference in Damascus that his government had used chemical weapons. He said Syria would defend itself with every means at its disposal if it were attacked.

Russian Foreign Minister Sergei Lavrov warned Western governments against repeating the mistakes they made in Iraq.

A year ago President Barack Obama said the use of chemical weapons would be a red line that would change his calculations.

Whether Obama would order strikes without the backing of the U.N. Security Council was unclear.

The 1925 Geneva Protocol bans the use of chemical weapons in war.
""")
KERRY = A("John Kerry", "USA", "GOV")
SYRG = A("Syrian government", "SYR", ["GOV", "MIL"])
UNINS = A("U.N. chemical weapons inspectors", "UNO", "IGO")
SNC = A("Syrian National Coalition", "SYR", ["OPP", "REB"])
E("bm03", "Kerry says Syria used chemical weapons; Damascus", KERRY, SYRG, ["11"], "112", "2013-08", None, False,
  "headline: the accusation")
E("bm03", "Damascus denies it and warns it will", SYRG, KERRY, DENY, "016", "2013-08", None, False,
  "headline: the denial (and the warning, not listed again)")
E("bm03", "accused Syrian President Bashar al-Assad's forces on", KERRY, SYRG, ["11"], "112", "2013-08-26",
  None, True, "accusation 112; 'on Monday' before a Tuesday paper; no place in the clause ('Speaking in Washington' "
  "is in the next sentence, and the Beirut dateline is not where he spoke)")
E("bm03", "had tried to cover it up by", KERRY, SYRG, ["11"], "112", "2013-08-26", P("Washington", "USA"), False,
  "second accusation in the same statement: a restatement, optional; 'Speaking in Washington' is where he was (as "
  "owned35's 'In Washington')")
E("bm03", "unidentified snipers fired at a convoy of", A("unidentified snipers", None, None), UNINS, ["18", "19"], "180",
  "2013-08-26", P("Moadamiyeh", "SYR"), True, "shooting by unnamed gunmen (news-dev: null/null) 180 (18/19); 'Earlier on "
  "Monday'; the suburb is named in the clause")
E("bm03", "Syrian state television blamed rebel gunmen for", SYRG, A("Syrian rebels", "SYR", "REB"), ["11"], "112",
  "2013-08-26", None, True, "blame 112; state television speaks for the government (news-dev d05's announcer rule); "
  "the day of the shooting")
E("bm03", "The opposition Syrian National Coalition says government", SNC, SYRG, ["11"], "112", "2013-08", None, True,
  "accusation 112 in the present tense, the claim the story turns on; month")
E("bm03", "government forces fired rockets loaded with nerve", SYRG, A("Eastern Ghouta civilians", "SYR", "CVL"),
  ["20", "19", "18"], "2041", "2013-08-21", P("Eastern Ghouta", "SYR"), False,
  "the gas attack as the content of one side's disputed account: optional (alleged); 'on Aug. 21'")
E("bm03", "Foreign Minister Walid al-Moualem denied at a", A("Walid al-Moualem", "SYR", "GOV"), KERRY, DENY, "016",
  "2013-08-27", P("Damascus", "SYR"), True, "denial 016 (01/12) answering the accusation; 'On Tuesday' in a Tuesday "
  "paper; 'at a news conference in Damascus' names the place")
E("bm03", "He said Syria would defend itself with", A("Walid al-Moualem", "SYR", "GOV"), A("United States", "USA", "GOV"),
  ["13"], "130", "2013-08-27", P("Damascus", "SYR"), True,
  "conditional warning of force 130 (as owned54's warning of a harsh response); 'He' is Moualem; same news conference")
E("bm03", "warned Western governments against repeating the mistakes", A("Sergei Lavrov", "RUS", "GOV"),
  A("Western governments", None, "GOV"), ["11", "13"], "111", "2013-08", None, False,
  "single outside reaction, a warning read as criticism (11/13): optional")
E("bm03", "A year ago President Barack Obama said", A("Barack Obama", "USA", "GOV"), SYRG, ["13"], "130", "2012", None,
  True, "dated background threat 130 ('A year ago': 2012, the text gives no month)")
F("bm03", "Whether Obama would order strikes without the", "speculation")
F("bm03", "The 1925 Geneva Protocol bans the use", "normative statement and definition")

# ---------------------------------------------------------------- bm04 Riyadh, Middle East (Saudi Arabia)
S("bm04", "2017-11-05", "Middle East", """
Saudi Arabia detains princes and ministers in anti-graft purge as missile is shot down near Riyadh

RIYADH, Saudi Arabia —

Saudi authorities detained 11 princes, four serving ministers and dozens of former officials on Saturday night, hours after King Salman set up an anti-corruption committee headed by his son, Crown Prince Mohammed bin Salman.

Among those held was Prince Alwaleed bin Talal, one of the world's richest investors, a senior official said. The men are being kept at the Ritz-Carlton hotel in the capital.

In separate decrees, the king removed Prince Mutaib bin Abdullah, a son of the late King Abdullah, as head of the powerful National Guard.

The kingdom's top clerical body endorsed the campaign on Sunday, saying that fighting corruption was a religious duty.

Late on Saturday, air defences intercepted a ballistic missile that Yemen's Houthi rebels had fired toward King Khalid International Airport, north of Riyadh.

A Houthi spokesman in Sanaa warned that airports in Saudi Arabia and the United Arab Emirates would be targets from now on.

The Saudi-led coalition fighting the Houthis accused Iran of supplying the missile, a charge Tehran has rejected in the past.

It was not clear what charges the detained men would face.

Alwaleed's company, Kingdom Holding, owns stakes in Citigroup and Twitter.
""")
SAUG = A("Saudi government", "SAU", "GOV")
PRINCES = A("Saudi princes", "SAU", ["ELI", "GOV"])
HOUTHI = A("Houthi rebels", "YEM", ["REB", "RAD"])
COAL = A("Saudi-led coalition", "SAU", ["MIL", "GOV"])
E("bm04", "Saudi Arabia detains princes and ministers in", SAUG, PRINCES, ["17"], "173", "2017-11", None, False,
  "headline: the detentions")
E("bm04", "as missile is shot down near Riyadh", SAUG, HOUTHI, ["19"], "190", "2017-11", None, False,
  "headline: the interception, agentless")
E("bm04", "Saudi authorities detained 11 princes, four serving", SAUG, PRINCES, ["17"], "173", "2017-11-04", None, True,
  "arrest 173 of the first member ('11 princes'); 'on Saturday night' before a Sunday paper")
E("bm04", "Saudi authorities detained 11 princes, four serving", SAUG, A("Saudi ministers", "SAU", "GOV"), ["17"], "173",
  "2017-11-04", None, False, "second member of the compound object: optional")
E("bm04", "Among those held was Prince Alwaleed bin", SAUG, A("Alwaleed bin Talal", "SAU", ["BUS", "ELI"]), ["17"],
  "173", "2017-11-04", None, False, "agentless restatement naming one detainee: optional")
E("bm04", "the king removed Prince Mutaib bin Abdullah", A("King Salman", "SAU", "GOV"),
  A("Mutaib bin Abdullah", "SAU", ["MIL", "GOV"]), ["17"], "172", "2017-11", None, False,
  "dismissing an official of one's own government: coders split on whether it is an event at all; optional")
E("bm04", "The kingdom's top clerical body endorsed the", A("Council of Senior Scholars", "SAU", ["REL", "GOV"]),
  A("Mohammed bin Salman", "SAU", "GOV"), ["05"], "051", "2017-11-05", None, True,
  "endorsement 051 of the crown prince's committee; 'on Sunday' in a Sunday paper")
E("bm04", "that Yemen's Houthi rebels had fired toward", HOUTHI, A("Saudi Arabia", "SAU", None), ["19", "18"], "195",
  "2017-11-04", P("Riyadh", "SAU"), True, "missile attack 195 in a relative with its own agent; 'Late on Saturday'; "
  "'north of Riyadh' names the city (the airport's)")
E("bm04", "air defences intercepted a ballistic missile that", A("Saudi air defences", "SAU", "MIL"), HOUTHI, ["19"],
  "190", "2017-11-04", P("Riyadh", "SAU"), False, "intercepting a missile: defensive force, optional")
E("bm04", "A Houthi spokesman in Sanaa warned that", HOUTHI, A("Saudi Arabia", "SAU", None), ["13"], "138",
  "2017-11", P("Sanaa", "YEM"), True, "threat of attack 138 (13); no day of its own: month; 'in Sanaa' is where the "
  "spokesman spoke")
E("bm04", "coalition fighting the Houthis accused Iran of", COAL, A("Iran", "IRN", "GOV"), ["11"], "112", "2017-11", None,
  True, "accusation 112; month")
E("bm04", "a charge Tehran has rejected in the", A("Iran", "IRN", "GOV"), COAL, DENY, "016", "2017", None, False,
  "standing denial in the past: optional")
F("bm04", "It was not clear what charges the", "speculation")
F("bm04", "owns stakes in Citigroup and Twitter", "standing situation")

# ---------------------------------------------------------------- bm05 Kathmandu, Asia (Nepal)
S("bm05", "2001-06-05", "South Asia", """
Police fire on Kathmandu crowds as Nepal crowns Gyanendra after palace massacre

KATHMANDU, Nepal —

Police opened fire on crowds defying a curfew in the capital on Monday, killing at least two people, as Nepal crowned a new king three days after Crown Prince Dipendra shot dead most of the royal family.

Authorities imposed the curfew on Monday afternoon after thousands of young men, many with shaven heads in mourning, stoned vehicles and shouted slogans against the new monarch, Gyanendra, outside the royal palace.

Police said they arrested dozens of people.

Dipendra, drunk and armed with automatic weapons, shot dead his father, King Birendra, his mother and seven other relatives at a family dinner in the palace on Friday night, according to surviving relatives. He then turned a gun on himself and died on Monday without waking from a coma.

Gyanendra, the late king's brother, was crowned hours later. On Saturday he had said the deaths were caused by the accidental discharge of a weapon, an account that angered many Nepalis.

The Maoist rebels, who have waged an insurgency against the monarchy since 1996, accused palace insiders of a conspiracy and urged soldiers not to obey the new king.

Prime Minister Girija Prasad Koirala appealed for calm and said a high-level inquiry would report within three days.

It was not clear what had driven Dipendra, though officials privately pointed to a dispute over his choice of bride.

Nepal is the world's only Hindu kingdom.
""")
NPPOL = A("Nepali police", "NPL", "COP")
NPP = A("Nepali protesters", "NPL", ["CVL", "OPP"])
GYAN = A("King Gyanendra", "NPL", "GOV")
E("bm05", "Police fire on Kathmandu crowds as Nepal", NPPOL, NPP, REPR, "175", "2001-06", P("Kathmandu", "NPL"), False,
  "headline: the shooting")
E("bm05", "Police opened fire on crowds defying a", NPPOL, NPP, REPR, "175", "2001-06-04", P("Kathmandu", "NPL"), True,
  "live fire on protesters 175 (17/18); 'in the capital' with the dateline is Kathmandu; 'on Monday' before a "
  "Tuesday paper")
E("bm05", "three days after Crown Prince Dipendra shot", A("Crown Prince Dipendra", "NPL", ["GOV", "ELI"]),
  A("King Birendra", "NPL", "GOV"), ["18", "19"], "180", "2001-06", P("Kathmandu", "NPL"), False,
  "lead summary of the massacre detailed in paragraph four: optional")
E("bm05", "Authorities imposed the curfew on Monday afternoon", A("Nepal's government", "NPL", "GOV"),
  A("Kathmandu residents", "NPL", "CVL"), ["17"], "1723", "2001-06-04", None, True,
  "curfew 1723; 'on Monday afternoon'; no city in the clause ('outside the royal palace' belongs to the protest)")
E("bm05", "stoned vehicles and shouted slogans against the", NPP, GYAN, VPROT, "145", "2001-06-04", None, True,
  "violent protest 145 (14/18/17) in an 'after' clause with its own agent; target the new king named in the clause")
E("bm05", "Police said they arrested dozens of people", NPPOL, NPP, ["17"], "173", "2001-06", None, True,
  "arrests reported by the arresting police 173, required (owned35 ai05); no day: month")
E("bm05", "shot dead his father, King Birendra, his", A("Crown Prince Dipendra", "NPL", ["GOV", "ELI"]),
  A("King Birendra", "NPL", "GOV"), ["18", "19"], "180", "2001-06-01", None, True,
  "killing by an individual 180 (18/19, as owned54 bc06); first member of the compound object; 'on Friday night'; "
  "the relatives' account is undisputed by anyone in the story; 'in the palace' names no city")
E("bm05", "shot dead his father, King Birendra, his", A("Crown Prince Dipendra", "NPL", ["GOV", "ELI"]),
  A("Queen Aishwarya", "NPL", ["GOV", "ELI"]), ["18", "19"], "180", "2001-06-01", None, False,
  "second member ('his mother'): optional")
E("bm05", "accused palace insiders of a conspiracy and", A("Maoist rebels", "NPL", ["REB", "RAD"]),
  A("Nepal's royal palace", "NPL", "GOV"), ["11"], "112", "2001-06", None, True,
  "accusation 112; the relative about the insurgency since 1996 is standing background; month")
E("bm05", "urged soldiers not to obey the new", A("Maoist rebels", "NPL", ["REB", "RAD"]), A("Nepal's army", "NPL", "MIL"),
  ["10", "11"], "10", "2001-06", None, False, "appeal to soldiers, second verb: optional")
F("bm05", "It was not clear what had driven", "speculation")
F("bm05", "Nepal is the world's only Hindu kingdom", "definition")

# ---------------------------------------------------------------- bm06 Seoul, Asia (South Korea / Japan)
S("bm06", "2012-08-11", "Asia", """
Japan recalls envoy from Seoul after Lee visits disputed islands

SEOUL, South Korea —

Japan recalled its ambassador to South Korea on Friday in protest at President Lee Myung-bak's visit to a cluster of islets claimed by both countries, the first by a sitting South Korean leader.

Lee flew by helicopter to the rocky outcrops, known as Dokdo in Korea and Takeshima in Japan, and walked around them with the police officers who guard them.

Hours later, Japanese Foreign Minister Koichiro Gemba summoned South Korea's ambassador in Tokyo to lodge a formal protest. Prime Minister Yoshihiko Noda called the trip extremely regrettable.

Gemba said Tokyo was considering taking the dispute to the International Court of Justice.

South Korea's Foreign Ministry rejected the protest on Saturday, saying that the islands were Korean territory by history and international law and that there was nothing to discuss.

Seoul had lodged its own protest on July 31, when Japan's annual defence white paper again described the islets as Japanese.

South Korea has stationed a small police detachment on the islets since the 1950s.

Whether Lee's trip would damage cooperation between the two allies of the United States on North Korea was not clear.

Lee, whose single term ends in February, has seen his approval ratings fall amid corruption scandals involving relatives.
""")
JPN = A("Japan", "JPN", "GOV")
KOR = A("South Korea", "KOR", "GOV")
LEE = A("Lee Myung-bak", "KOR", "GOV")
E("bm06", "Japan recalls envoy from Seoul after Lee", JPN, KOR, SANCT, "161", "2012-08", None, False,
  "headline: the recall")
E("bm06", "Japan recalled its ambassador to South Korea", JPN, KOR, SANCT, "161", "2012-08-10", None, True,
  "recalling one's own envoy 161 (news-dev), 16/17; 'on Friday' before a Saturday paper")
E("bm06", "Lee flew by helicopter to the rocky", LEE, None, ["04"], "042", "2012-08-10", None, False,
  "a visit to one's own claimed territory: coders split (no foreign host); optional; the day of the recall")
E("bm06", "summoned South Korea's ambassador in Tokyo to", A("Koichiro Gemba", "JPN", "GOV"),
  A("South Korea's ambassador", "KOR", "GOV"), ["11"], "114", "2012-08-10", P("Tokyo", "JPN"), True,
  "summoning an envoy to protest 114 (news-dev); 'Hours later' after Friday's visit; 'in Tokyo' names the place")
E("bm06", "Prime Minister Yoshihiko Noda called the trip", A("Yoshihiko Noda", "JPN", "GOV"), LEE, ["11"], "111",
  "2012-08", None, True, "criticism 111; no day of its own: month")
E("bm06", "Tokyo was considering taking the dispute to", JPN, KOR, ["11"], "115", "2012-08", None, False,
  "legal action put as a consideration: optional")
E("bm06", "South Korea's Foreign Ministry rejected the protest", KOR, JPN, ["12"], "120", "2012-08-11", None, True,
  "rejection 120; 'on Saturday' in a Saturday paper")
E("bm06", "Seoul had lodged its own protest on", KOR, JPN, ["11"], "114", "2012-07-31", None, True,
  "dated background protest ('on July 31'); Seoul is an actor; 114 with 11 root")
E("bm06", "when Japan's annual defence white paper again", JPN, KOR, ["11"], "110", "2012-07-31", None, False,
  "a territorial claim in a document, coders split: optional")
F("bm06", "South Korea has stationed a small police", "standing situation")
F("bm06", "Whether Lee's trip would damage cooperation between", "speculation")

# ---------------------------------------------------------------- bm07 Pristina, Europe (Kosovo / Serbia)
S("bm07", "2004-03-18", "Europe/Eurasia", """
Kosovo erupts as Albanian mobs attack Serb enclaves; NATO rushes in reinforcements

PRISTINA, Serbia and Montenegro —

Ethnic Albanian crowds attacked Serb villages across Kosovo on Wednesday, setting houses and Orthodox churches on fire in the worst violence since the war ended in 1999, U.N. officials said. At least eight people were killed and hundreds wounded.

The riots began after Albanian media reported that three Albanian boys had drowned in the Ibar River on Tuesday while fleeing Serbs with a dog. It was not clear how the boys had ended up in the river.

In the divided town of Mitrovica, Serb and Albanian crowds exchanged gunfire and grenades across the bridge over the Ibar. NATO peacekeepers fired tear gas and rubber bullets to hold back the Albanian crowds.

NATO began flying in reinforcements on Thursday, and Britain said it would send 750 more soldiers.

Serbian Prime Minister Vojislav Kostunica accused Albanian extremists of trying to drive the remaining Serbs out of Kosovo.

In Belgrade, hundreds of Serbs set fire to a 17th-century mosque on Wednesday night before police dispersed them.

The U.N. administrator, Harri Holkeri, condemned the attacks as a disgrace.

About 100,000 Serbs remain in Kosovo, most of them in enclaves guarded by foreign troops.
""")
KALB = A("Kosovo Albanian crowds", "XKX", ["CVL", "RAD"])
KSRB = A("Kosovo Serbs", "SRB", "CVL")
KFOR = A("NATO peacekeepers", None, ["IGO", "MIL"])
E("bm07", "Kosovo erupts as Albanian mobs attack Serb", KALB, KSRB, ["18", "14", "17"], "180", "2004-03", None, False,
  "headline: the attacks")
E("bm07", "NATO rushes in reinforcements", KFOR, None, ["07", "15"], "074", "2004-03", None, False,
  "headline: the reinforcements")
E("bm07", "Ethnic Albanian crowds attacked Serb villages across", KALB, KSRB, ["18", "14", "17"], "180", "2004-03-17",
  P("Kosovo", "XKX"), True, "mob attack on villages with arson, coders split 180 / 145 (18/14/17); Kosovo Albanians "
  "XKX (the text places them in Kosovo; no ISO code exists), the Serbs SRB; 'on Wednesday' before a Thursday "
  "paper; 'across Kosovo' names the region")
E("bm07", "three Albanian boys had drowned in the", KSRB, A("Albanian boys", "XKX", "CVL"), ["18"], "180", "2004-03-16",
  None, False, "the chase inside a media report that nobody confirms: optional (alleged); 'on Tuesday'")
E("bm07", "Serb and Albanian crowds exchanged gunfire and", KSRB, KALB, CLASH, "190", "2004-03-17", P("Mitrovica", "XKX"),
  True, "clash 190 (19/18/14), first-mentioned side as source; 'In the divided town of Mitrovica'; Wednesday from "
  "the lead")
E("bm07", "Serb and Albanian crowds exchanged gunfire and", KALB, KSRB, CLASH, "190", "2004-03-17", P("Mitrovica", "XKX"),
  False, "reverse direction: optional")
E("bm07", "NATO peacekeepers fired tear gas and rubber", KFOR, KALB, REPR, "175", "2004-03-17", None, True,
  "force against rioters 175 (17/18); NATO null with IGO/MIL (news-dev's IGO rule); target the Albanian crowds "
  "named in the clause; Mitrovica is named only in the previous sentence: no place; Wednesday from the lead")
E("bm07", "NATO began flying in reinforcements on Thursday", KFOR, None, ["07", "15"], "074", "2004-03-18", None, True,
  "peacekeeping deployment 07/15 (news-dev); 'on Thursday' in a Thursday paper; target null")
E("bm07", "Britain said it would send 750 more", A("Britain", "GBR", "GOV"), None, ["07", "15"], "074", "2004-03", None,
  False, "deployment announced as an intention: optional")
E("bm07", "accused Albanian extremists of trying to drive", A("Vojislav Kostunica", "SRB", "GOV"),
  A("Albanian extremists", "XKX", ["RAD", "CVL"]), ["11"], "112", "2004-03", None, True,
  "accusation 112; no day of its own: month")
E("bm07", "hundreds of Serbs set fire to a", A("Serbian protesters", "SRB", ["CVL", "RAD"]),
  A("Belgrade's Muslim community", "SRB", "REL"), VPROT, "145", "2004-03-17", P("Belgrade", "SRB"), True,
  "arson by a protesting crowd 145 (14/18/17); 'In Belgrade'; 'on Wednesday night'")
E("bm07", "before police dispersed them", A("Serbian police", "SRB", "COP"), A("Serbian protesters", "SRB", ["CVL", "RAD"]),
  REPR, "175", "2004-03-17", P("Belgrade", "SRB"), False, "dispersal in a 'before' clause: optional")
E("bm07", "condemned the attacks as a disgrace", A("Harri Holkeri", "UNO", "IGO"), KALB, ["11"], "111", "2004-03", None,
  False, "single outside condemnation: optional")
F("bm07", "It was not clear how the boys", "speculation")
F("bm07", "About 100,000 Serbs remain in Kosovo, most", "count and standing situation")

# ---------------------------------------------------------------- bm08 London, Europe (Britain)
S("bm08", "2011-08-09", "Europe/Eurasia", """
Cameron condemns "criminality" as riots spread across London for a third night

LONDON, Britain —

Prime Minister David Cameron condemned the rioting that has swept London as "criminality pure and simple" on Tuesday, after he cut short a holiday in Italy and recalled Parliament from its summer break.

Youths in London looted shops and set buildings and cars on fire on Monday night in Hackney, Croydon, Peckham and Clapham, and the unrest spread to Birmingham, Liverpool and Bristol. Police said they had arrested more than 500 people since Saturday.

The violence began in Tottenham, where a crowd gathered outside the police station on Saturday to demand answers about the death of Mark Duggan. Later that night rioters set two police cars and a double-decker bus ablaze.

Duggan, a 29-year-old father of four, was shot dead by police officers in Tottenham on Thursday after they stopped the minicab he was travelling in.

The Independent Police Complaints Commission said on Tuesday that there was no evidence Duggan had fired at the officers.

Cameron said 16,000 officers would be on London's streets on Tuesday night, nearly three times as many as on Monday.

Home Secretary Theresa May said she did not want to see water cannon used.

Water cannon have never been deployed to quell unrest in mainland Britain.
""")
CAM = A("David Cameron", "GBR", "GOV")
GBRR = A("London rioters", "GBR", ["CVL", "CRM"])
GBPOL = A("Metropolitan Police", "GBR", "COP")
E("bm08", "Cameron condemns \"criminality\" as riots spread", CAM, GBRR, ["11"], "111", "2011-08-09", None, False,
  "headline: the condemnation")
E("bm08", "riots spread across London for a third", GBRR, GBPOL, VPROT, "145", "2011-08", P("London", "GBR"), False,
  "headline: the riots")
E("bm08", "condemned the rioting that has swept London", CAM, GBRR, ["11"], "111", "2011-08-09", None, True,
  "condemnation 111; 'on Tuesday' in a Tuesday paper; 'London' is the object of the rioting, not the place of the "
  "statement")
E("bm08", "Youths in London looted shops and set", GBRR, GBPOL, VPROT, "145", "2011-08-08", P("London", "GBR"), True,
  "riot 145 (14/18/17), target the police the riots faced; 'on Monday night'; 'in London' names the place")
E("bm08", "the unrest spread to Birmingham, Liverpool and", A("British rioters", "GBR", ["CVL", "CRM"]), GBPOL, VPROT,
  "145", "2011-08-08", P("Birmingham", "GBR"), False, "second clause, the spread: optional; first city")
E("bm08", "Police said they had arrested more than", GBPOL, GBRR, ["17"], "173", "2011-08", None, True,
  "arrests reported by the arresting police 173; 'since Saturday' is a span: month")
E("bm08", "a crowd gathered outside the police station", A("Duggan's family and supporters", "GBR", "CVL"), GBPOL,
  ["14", "10"], "141", "2011-08-06", P("Tottenham", "GBR"), True,
  "demonstration 141 demanding answers (14/10) in a 'where' clause with its own agent; 'on Saturday'; Tottenham "
  "is named in the sentence's main clause and the 'where' refers to it")
E("bm08", "Later that night rioters set two police", GBRR, GBPOL, VPROT, "145", "2011-08-06", None, True,
  "arson 145 (14/18/17); 'Later that night' = Saturday; Tottenham is named only in the previous sentence: no place")
E("bm08", "was shot dead by police officers in", A("Metropolitan Police officers", "GBR", "COP"),
  A("Mark Duggan", "GBR", "CVL"), SHOOT, "190", "2011-08-04", P("Tottenham", "GBR"), True,
  "police shooting a man they stopped 190 (19/18/17, as owned54's security forces shooting a fugitive); passive "
  "with its agent; 'on Thursday'; 'in Tottenham'")
E("bm08", "Cameron said 16,000 officers would be on", CAM, GBRR, ["15", "17"], "150", "2011-08-09", P("London", "GBR"),
  False, "police deployment put as a plan for the night: optional")
F("bm08", "there was no evidence Duggan had fired", "negated act inside a finding")
F("bm08", "Water cannon have never been deployed to", "negated standing situation")

# ---------------------------------------------------------------- bm09 Buenos Aires, Americas (Argentina)
S("bm09", "2015-01-20", "Americas", """
Argentines rally after prosecutor who accused Fernandez is found dead

BUENOS AIRES, Argentina —

Thousands of Argentines marched on Monday night to the Plaza de Mayo, outside the presidential palace in Buenos Aires, to demand the truth about the death of Alberto Nisman, the prosecutor who had accused President Cristina Fernandez of shielding Iranian suspects in a 1994 bombing.

Nisman, 51, was found dead in the bathroom of his apartment late on Sunday with a gunshot wound to the head, hours before he was to present his case to a congressional committee.

Last Wednesday he filed a complaint accusing Fernandez and Foreign Minister Hector Timerman of covering up Iran's alleged role in the attack on the AMIA Jewish community centre, which killed 85 people, in exchange for oil and trade.

Timerman dismissed the accusation as absurd. Fernandez said in a letter posted online that she did not know what had led Nisman to take his own life.

Opposition lawmakers demanded an independent investigation into the death.

The accusation centred on a memorandum that Argentina signed with Iran in January 2013 to set up a joint commission of inquiry into the bombing.

Nisman formally accused Iran's leaders of ordering the attack in 2006, a charge Tehran has always denied.

Investigators found no sign that anyone else had been in the apartment, prosecutor Viviana Fein said.

It was not clear whether Nisman had fired the shot himself.
""")
NIS = A("Alberto Nisman", "ARG", "JUD")
CFK = A("Cristina Fernandez", "ARG", "GOV")
TIM = A("Hector Timerman", "ARG", "GOV")
ARGP = A("Argentine protesters", "ARG", ["CVL", "OPP"])
E("bm09", "Argentines rally after prosecutor who accused Fernandez", ARGP, A("Argentina's government", "ARG", "GOV"), ["14"],
  "141", "2015-01", None, False, "headline: the rally")
E("bm09", "Thousands of Argentines marched on Monday night", ARGP, A("Argentina's government", "ARG", "GOV"),
  ["14", "10"], "141", "2015-01-19", P("Buenos Aires", "ARG"), True,
  "protest march with a demand 141 (14/10); 'on Monday night' before a Tuesday paper; 'in Buenos Aires' names the "
  "place")
E("bm09", "the prosecutor who had accused President Cristina", NIS, CFK, ["11"], "112", "2015-01", None, False,
  "lead restatement of the complaint detailed in paragraph three: optional")
E("bm09", "Last Wednesday he filed a complaint accusing", NIS, CFK, ["11"], "112", "2015-01-14", None, True,
  "accusation 112 by a prosecutor; 'Last Wednesday' before a Tuesday paper = Jan. 14; first member of the object")
E("bm09", "Last Wednesday he filed a complaint accusing", NIS, TIM, ["11"], "112", "2015-01-14", None, False,
  "second member (Timerman): optional")
E("bm09", "Timerman dismissed the accusation as absurd", TIM, NIS, DENY, "016", "2015-01", None, True,
  "denial 016 (01/12); no day: month")
E("bm09", "Opposition lawmakers demanded an independent investigation into", A("Argentine opposition lawmakers", "ARG",
  ["LEG", "OPP"]), A("Argentina's government", "ARG", "GOV"), DEMAND, "10", "2015-01", None, True,
  "demand for an inquiry 10 (10/02); month")
E("bm09", "a memorandum that Argentina signed with Iran", A("Argentina", "ARG", "GOV"), A("Iran", "IRN", "GOV"), AGREE,
  "057", "2013-01", None, True, "signed agreement 057 (05/03/08) in a dated relative with its own agent ('in January "
  "2013'); first-mentioned direction required")
E("bm09", "a memorandum that Argentina signed with Iran", A("Iran", "IRN", "GOV"), A("Argentina", "ARG", "GOV"), AGREE,
  "057", "2013-01", None, False, "reverse direction: optional")
E("bm09", "Nisman formally accused Iran's leaders of ordering", NIS, A("Iran", "IRN", "GOV"), ["11"], "112", "2006", None,
  True, "dated background accusation 112 ('in 2006')")
E("bm09", "a charge Tehran has always denied", A("Iran", "IRN", "GOV"), NIS, DENY, "016", None, None, False,
  "standing denial without a date: optional")
F("bm09", "Investigators found no sign that anyone else", "negated finding")
F("bm09", "It was not clear whether Nisman had", "speculation")

# ---------------------------------------------------------------- bm10 Caracas, Americas (Venezuela)
S("bm10", "2017-06-28", "Americas", """
Rogue officer attacks Venezuela's Supreme Court from stolen helicopter; Maduro cries terrorism

CARACAS, Venezuela —

A police officer flying a stolen helicopter fired shots at the Interior Ministry and dropped grenades on the Supreme Court in Caracas on Tuesday evening, the government said. Nobody was hurt.

President Nicolas Maduro denounced the raid as a terrorist attack by coup plotters and said troops were hunting for the pilot, Oscar Perez, an investigator with the national police agency.

In a video posted online before the flight, Perez denounced the government as criminal and said he acted on behalf of officers and civilians opposed to it. A banner hung from the helicopter cited Article 350 of the constitution, which allows citizens to disown a regime that violates democratic values.

Opposition leaders suggested the government had staged the attack to justify a crackdown.

Earlier on Tuesday, National Guard troops beat and shoved opposition lawmakers inside the National Assembly, leaving several bruised, deputies said.

More than 70 people have died in nearly three months of street protests, which broke out after the Supreme Court tried in March to strip the opposition-controlled legislature of its powers.

It was not clear whether all the grenades had exploded.
""")
PEREZ = A("Oscar Perez", "VEN", ["COP", "REB"])
MAD = A("Nicolas Maduro", "VEN", "GOV")
VENG = A("Venezuela's government", "VEN", "GOV")
VTSJ = A("Venezuela's Supreme Court", "VEN", ["JUD", "GOV"])
VOPP = A("Venezuelan opposition leaders", "VEN", ["OPP", "PTY"])
E("bm10", "Rogue officer attacks Venezuela's Supreme Court from", PEREZ, VTSJ, ["18", "19"], "190", "2017-06", None, False,
  "headline: the attack")
E("bm10", "stolen helicopter; Maduro cries terrorism", MAD, PEREZ, ["11"], "111", "2017-06", None, False, "headline: the denunciation")
E("bm10", "dropped grenades on the Supreme Court in", PEREZ, VTSJ, ["18", "19"], "190", "2017-06-27", P("Caracas", "VEN"),
  True, "an armed attack from the air by one man, coders split 180 / 190 / 195 (18/19); 'on Tuesday evening' before "
  "a Wednesday paper; 'in Caracas'; the court is the second object of the sentence but the attack the story turns "
  "on (the shots at the ministry are the same raid)")
E("bm10", "fired shots at the Interior Ministry and", PEREZ, A("Venezuela's Interior Ministry", "VEN", "GOV"),
  ["18", "19"], "190", "2017-06-27", P("Caracas", "VEN"), False, "first verb of the same raid: optional")
E("bm10", "denounced the raid as a terrorist attack", MAD, PEREZ, ["11"], "111", "2017-06", None, True,
  "denunciation 111; no day of its own: month")
E("bm10", "said troops were hunting for the pilot", A("Venezuelan troops", "VEN", "MIL"), PEREZ, ["17"], "170",
  "2017-06", None, False, "a manhunt, coders split: optional")
E("bm10", "Perez denounced the government as criminal and", PEREZ, VENG, ["11"], "111", "2017-06-27", None, True,
  "denunciation 111 in a video 'before the flight' (Tuesday)")
E("bm10", "suggested the government had staged the attack", VOPP, VENG, ["11"], "112", "2017-06", None, True,
  "accusation 112 (put as a suggestion); month")
E("bm10", "National Guard troops beat and shoved opposition", A("Venezuelan National Guard", "VEN", ["MIL", "COP"]),
  A("Venezuelan opposition lawmakers", "VEN", ["LEG", "OPP"]), ["18", "17"], "180", "2017-06-27", None, True,
  "beating of lawmakers 180 (18/17); 'Earlier on Tuesday'; 'inside the National Assembly' names no city (as owned54)")
E("bm10", "after the Supreme Court tried in March", VTSJ, A("Venezuela's National Assembly", "VEN", ["LEG", "OPP"]),
  ["17"], "172", "2017-03", None, True, "a court stripping the legislature of its powers 172 (17), in a dated 'after' "
  "clause with its own agent ('in March')")
E("bm10", "which broke out after the Supreme Court", A("Venezuelan protesters", "VEN", ["CVL", "OPP"]), VENG, ["14"],
  "141", "2017", None, False, "the protests as background, in a relative: optional; 'nearly three months' spans "
  "April to June: year")
F("bm10", "It was not clear whether all the", "speculation")
F("bm10", "A banner hung from the helicopter cited", "definition of a constitutional article")

# ---------------------------------------------------------------- bm11 Jakarta, Pacific (Indonesia / Australia)
S("bm11", "2006-03-25", "Pacific", """
Indonesia recalls ambassador from Canberra over visas for Papuan asylum seekers

JAKARTA, Indonesia —

Indonesia recalled its ambassador to Australia on Friday, a day after Canberra granted temporary protection visas to 42 asylum seekers from the restive province of Papua.

President Susilo Bambang Yudhoyono said he was deeply disappointed by the decision, which Jakarta fears will encourage separatists.

The group, including several children, landed on Australia's Cape York peninsula in January after crossing the sea in an outrigger canoe. Jakarta had urged Canberra in January to send them back, saying they faced no danger at home.

Australian Foreign Minister Alexander Downer rejected suggestions that the visas signalled support for Papuan independence and said Australia recognised Indonesia's sovereignty over the province. The visas had been granted by immigration officials under Australian law, he said.

Several hundred protesters rallied outside the Australian embassy in Jakarta on Friday, burning an Australian flag and demanding that the visas be revoked.

Members of Indonesia's parliament called on the government to review cooperation with Australia against people smuggling, which Canberra counts among its main security concerns in the region.

Papua has been part of Indonesia since a disputed U.N.-backed vote in 1969.

It was not clear how long Ambassador Hamzah Thayeb would stay in Jakarta.
""")
IDN = A("Indonesia", "IDN", "GOV")
AUS = A("Australia", "AUS", "GOV")
PAP = A("Papuan asylum seekers", "IDN", ["REF", "CVL"])
E("bm11", "Indonesia recalls ambassador from Canberra over visas", IDN, AUS, SANCT, "161", "2006-03", None, False,
  "headline: the recall")
E("bm11", "Indonesia recalled its ambassador to Australia on", IDN, AUS, SANCT, "161", "2006-03-24", None, True,
  "recalling one's own envoy 161 (16/17); 'on Friday' before a Saturday paper")
E("bm11", "a day after Canberra granted temporary protection", AUS, PAP, ["07"], "075", "2006-03-23", None, True,
  "granting asylum 075 in a 'a day after' clause with its own agent; Canberra is an actor; Thursday")
E("bm11", "said he was deeply disappointed by the", A("Susilo Bambang Yudhoyono", "IDN", "GOV"), AUS, ["11"], "111",
  "2006-03", None, True, "criticism 111; month")
E("bm11", "Jakarta had urged Canberra in January to", IDN, AUS, DEMAND, "10", "2006-01", None, True,
  "dated background demand 10 (10/02) ('in January'); Jakarta and Canberra are actors, not places")
E("bm11", "rejected suggestions that the visas signalled support", A("Alexander Downer", "AUS", "GOV"), IDN, DENY, "016",
  "2006-03", None, True, "denial 016 (01/12) answering Jakarta; month")
E("bm11", "said Australia recognised Indonesia's sovereignty over the", A("Alexander Downer", "AUS", "GOV"), IDN, ["05"],
  "050", "2006-03", None, False, "reassurance in the second clause: optional")
E("bm11", "Several hundred protesters rallied outside the Australian", A("Indonesian protesters", "IDN", "CVL"), AUS,
  ["14"], "141", "2006-03-24", P("Jakarta", "IDN"), True,
  "demonstration 141 against a foreign country; 'in Jakarta'; 'on Friday'; flag-burning and the demand are the same "
  "protest")
E("bm11", "Members of Indonesia's parliament called on the", A("Indonesian lawmakers", "IDN", ["LEG", "GOV"]), IDN,
  DEMAND, "10", "2006-03", None, False, "domestic appeal to one's own government: optional")
F("bm11", "Papua has been part of Indonesia since", "historical aside (a vote with no actor) and standing situation")
F("bm11", "It was not clear how long Ambassador", "speculation")

# ---------------------------------------------------------------- bm12 Dushanbe, South Asia (Afghanistan)
S("bm12", "2001-09-10", "South Asia", """
Afghan opposition commander Massoud hurt by bomb hidden in reporters' camera

DUSHANBE, Tajikistan —

Two men posing as Arab television journalists set off a bomb hidden in their camera during an interview with Ahmad Shah Massoud, the military leader of Afghanistan's anti-Taliban alliance, on Sunday, officials of the alliance said.

The blast tore through a room at Massoud's base in Khwaja Bahauddin, in northern Takhar province, killing one of the attackers and an aide to the commander. Massoud's guards shot dead the second man as he tried to flee.

The alliance said Massoud was wounded but alive and was being treated at an undisclosed location. Some reports from the region said he had died.

An alliance spokesman in Dushanbe blamed the Taliban and their foreign Arab allies for the attack. A Taliban spokesman denied any involvement on Monday.

Massoud, who holds the post of defence minister in the ousted government that still holds Afghanistan's seat at the United Nations, visited the European Parliament in Strasbourg in April, where he warned that the Taliban's foreign backers posed a danger far beyond Afghanistan.

The alliance controls only about a tenth of the country, mainly in the northeast.

It was not clear how the men had been allowed into the compound with their equipment.
""")
MASS = A("Ahmad Shah Massoud", "AFG", ["MIL", "REB", "GOV"])
NALL = A("Afghan anti-Taliban alliance", "AFG", ["REB", "MIL", "OPP"])
TAL = A("Taliban", "AFG", ["REB", "GOV"])
BOMBERS = A("attackers posing as journalists", None, None)
E("bm12", "Massoud hurt by bomb hidden in reporters'", BOMBERS, MASS, ATTACK, "183", "2001-09", None, False,
  "headline: the bombing")
E("bm12", "set off a bomb hidden in their camera", BOMBERS, MASS, ATTACK, "183", "2001-09-09", None, True,
  "suicide bombing 183 (18/19/20); the attackers null/null (news-dev's unnamed bombers; the text gives no "
  "nationality, 'Arab' is what they posed as); 'on Sunday' before a Monday paper; the place is in the next sentence")
E("bm12", "The blast tore through a room at", BOMBERS, A("Massoud's aide", "AFG", ["MIL", "REB"]), ATTACK, "183",
  "2001-09-09", P("Khwaja Bahauddin", "AFG"), False, "the blast restated with the place and the victims: optional")
E("bm12", "Massoud's guards shot dead the second man", A("Massoud's guards", "AFG", ["MIL", "REB"]), BOMBERS, SHOOT, "190",
  "2001-09-09", None, True, "guards shooting an attacker 190 (19/18/17); the day of the blast; no place in the "
  "sentence")
E("bm12", "An alliance spokesman in Dushanbe blamed the", NALL, TAL, ["11"], "112", "2001-09", P("Dushanbe", "TJK"), True,
  "blame 112; 'in Dushanbe' is where the spokesman spoke (here the dateline too); no day: month")
E("bm12", "A Taliban spokesman denied any involvement on", TAL, NALL, DENY, "016", "2001-09-10", None, True,
  "denial 016 (01/12); 'on Monday' in a Monday paper")
E("bm12", "visited the European Parliament in Strasbourg in", MASS, A("European Parliament", "EUR", ["IGO", "LEG"]),
  ["04"], "042", "2001-04", P("Strasbourg", "FRA"), True,
  "dated background visit 042 ('in April') in a relative with its own agent; 'in Strasbourg' names the place")
E("bm12", "where he warned that the Taliban's foreign", MASS, TAL, ["11"], "112", "2001-04", P("Strasbourg", "FRA"), False,
  "a warning inside the background 'where' clause: optional")
F("bm12", "The alliance controls only about a tenth", "standing situation")
F("bm12", "It was not clear how the men", "speculation")

write(HERE)
