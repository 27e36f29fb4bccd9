#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned23 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned23/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
EXPEL = ["16", "17"]
SEIZE = ["17", "19", "18"]
KILL = ["18", "17", "20"]
REMOVE = ["17", "16"]
COURT = ["17", "11"]
RULE = ["12", "11", "17"]

# ---------------------------------------------------------------- b01 Juba, Africa (South Sudan / Sudan)
S("b01", "2012-04-13", "Africa", """
South Sudan defies U.N. call to quit Heglig oil field as Sudanese jets hit Bentiu

JUBA, South Sudan —

President Salva Kiir on Thursday rebuffed a demand from the U.N. Security Council that his troops leave the disputed Heglig oil field, telling lawmakers in Juba that the army would not retreat "this time".

Southern soldiers overran Heglig on Tuesday after two days of fighting with Sudanese forces. Colonel Philip Aguer, the army's spokesman, accused Khartoum of using the area as a springboard for raids into Unity state and said the troops would stay until international monitors arrived.

The council, which met behind closed doors in New York on Wednesday, called on Juba to withdraw and urged Khartoum to halt its bombing. Secretary-General Ban Ki-moon described the seizure as an illegal act.

Hours after Kiir spoke, Sudanese warplanes bombed the outskirts of Bentiu, the capital of Unity state. Gideon Gatpan, the state's information minister, said a market and a bridge had been hit.

In Khartoum, President Omar al-Bashir vowed to retake the field and to teach the southern leaders a lesson they would not forget. His government pulled its negotiators out of African Union talks with Juba in Addis Ababa, which are chaired by the former South African president Thabo Mbeki.

Heglig pumps about half of the oil still produced in Sudan. It was not clear whether the fighting would spread along the rest of the border.
""")
SSD = A("South Sudan", "SSD", "GOV")
KIIR = A("Salva Kiir", "SSD", "GOV")
SSDM = A("South Sudanese army (SPLA)", "SSD", "MIL")
SDN = A("Sudan", "SDN", "GOV")
SDNM = A("Sudanese armed forces", "SDN", "MIL")
UNSC = A("U.N. Security Council", "UNO", "IGO")
E("b01", "South Sudan defies U.N. call to quit", SSD, UNSC, ["12"], "1246", "2012-04", None, False, "headline")
E("b01", "Sudanese jets hit Bentiu", SDNM, A("South Sudan", "SSD", None), ATTACK, "195", "2012-04-12", P("Bentiu", "SSD"), False,
  "headline")
E("b01", "President Salva Kiir on Thursday rebuffed a", KIIR, UNSC, ["12"], "1246", "2012-04-12", None, True,
  "rebuffing a demand to pull troops out: refusal to de-escalate 1246, a stated refusal (12); target the council whose "
  "demand it answers (as k02 of owned13); Thursday in a Friday paper; 'in Juba' names where he told lawmakers, not the "
  "act's place as such: null")
E("b01", "President Salva Kiir on Thursday rebuffed a", UNSC, SSD, DEMAND, "1056", "2012-04-11", None, False,
  "nominal demand ('a demand from the U.N. Security Council'), detailed in the third paragraph: optional")
E("b01", "Southern soldiers overran Heglig on Tuesday after", SSDM, SDNM, FORCE, "192", "2012-04-10", P("Heglig", "SDN"), True,
  "capture of a town and oil field 192 (19/18) as owned13 k01; Tuesday; Heglig is in Sudan (disputed, held by Sudan "
  "before the attack)")
E("b01", "Southern soldiers overran Heglig on Tuesday after", SSDM, SDNM, FORCE, "190", "2012-04", None, False,
  "'two days of fighting with Sudanese forces': the fighting before the capture, nominal: optional")
E("b01", "accused Khartoum of using the area as", A("Philip Aguer", "SSD", "MIL"), SDN, ["11"], "112", "2012-04", None, True,
  "accusation by the army spokesman; 'Khartoum' = Sudan (city as government); no day: month")
E("b01", "called on Juba to withdraw and urged", UNSC, SSD, DEMAND, "1056", "2012-04-11", P("New York", "USA"), True,
  "demand to withdraw: de-escalation 1056 (10/02); 'Juba' = South Sudan; Wednesday, from the relative clause of the "
  "subject, which also names New York")
E("b01", "called on Juba to withdraw and urged", UNSC, SDN, DEMAND, "1056", "2012-04-11", P("New York", "USA"), False,
  "second verb, demand to stop bombing addressed to Khartoum: optional")
E("b01", "Ban Ki-moon described the seizure as an", A("Ban Ki-moon", "UNO", "IGO"), SSD, ["11", "12"], "111", "2012-04", None,
  False, "single outside reaction (criticism): optional")
E("b01", "Sudanese warplanes bombed the outskirts of Bentiu", SDNM, A("South Sudan", "SSD", None), ATTACK, "195", "2012-04-12",
  P("Bentiu", "SSD"), True, "air strike 195; 'Hours after Kiir spoke' = Thursday; premises are the country with sector null")
E("b01", "President Omar al-Bashir vowed to retake the", A("Omar al-Bashir", "SDN", "GOV"), SSD, ["13"], "138", "2012-04",
  P("Khartoum", "SDN"), True, "threat of military force 138 ('vowed to retake', 'teach ... a lesson'); 'In Khartoum' is "
  "a locative here; no day: month")
E("b01", "His government pulled its negotiators out of", SDN, SSD, ["16", "12"], "164", "2012-04", None, True,
  "halting negotiations 164 (16/12); 'His government' = Bashir's = Sudan; 'talks with Juba' gives the target; 'in Addis "
  "Ababa' is where the talks sit, not where the act happened: null; no day: month")
F("b01", "Heglig pumps about half of the oil", "standing situation (output figure)")
F("b01", "It was not clear whether the fighting", "speculation")

# ---------------------------------------------------------------- b02 Dakar, Africa (Senegal)
S("b02", "2024-02-17", "Africa", """
Senegal's top court strikes down election delay; Sall says he will abide by ruling

DAKAR, Senegal —

Senegal's Constitutional Council on Thursday overturned a law that had pushed the presidential election back to December, ruling that the vote could not be postponed beyond the end of President Macky Sall's term.

On Friday the presidency said in a statement that Sall would "fully implement" the decision and organise the election as soon as possible. Opposition candidates had demanded that the original date of Feb. 25 be restored.

The delay, which Sall announced on the eve of the campaign, plunged one of West Africa's steadiest democracies into crisis. Gendarmes dragged opposition deputies out of the chamber on Feb. 5 before the assembly approved the postponement.

Police fired tear gas at crowds in Dakar last week, and at least three people were killed in the unrest. The government also cut mobile internet access for two days.

Seydi Gassama, who heads Amnesty International's office in Senegal, accused the security forces of using live ammunition against demonstrators and called for an inquiry into the deaths.

In a gesture to the opposition, the authorities freed dozens of activists from jail on Thursday night, among them members of a party banned last year. The West African bloc ECOWAS welcomed the court's ruling.

Senegal has never had a military coup since independence from France in 1960. It was not clear whether a vote could be held before Sall's mandate expires on April 2.
""")
SEN = A("Senegal", "SEN", "GOV")
SALL = A("Macky Sall", "SEN", "GOV")
CC = A("Constitutional Council of Senegal", "SEN", "JUD")
OPPSEN = A("Senegalese opposition", "SEN", ["OPP", "PTY"])
PROSEN = A("Senegalese protesters", "SEN", ["CVL", "OPP"])
E("b02", "Senegal's top court strikes down election delay", CC, SALL, RULE, "120", "2024-02-15", None, False, "headline")
E("b02", "Sall says he will abide by ruling", SALL, CC, AGREE, "035", "2024-02-16", None, False, "headline")
E("b02", "Constitutional Council on Thursday overturned a law", CC, SALL, RULE, "120", "2024-02-15", None, True,
  "a court striking down the president's delay: rejection 120, with court roots 11/17 tolerated (RULE); target the "
  "president whose postponement it annuls; Thursday in a Saturday paper")
E("b02", "On Friday the presidency said in a", SALL, CC, AGREE, "035", "2024-02-16", None, True,
  "announced compliance with the ruling: intent to yield 035 (AGREE roots); 'the presidency' stands for Sall; Friday")
E("b02", "Opposition candidates had demanded that the original", OPPSEN, SALL, DEMAND, "1042", "2024-02", None, False,
  "undated pluperfect demand for a policy change: optional (no agent-specific date)")
E("b02", "Gendarmes dragged opposition deputies out of the", A("Senegalese gendarmerie", "SEN", ["COP", "MIL"]),
  A("opposition deputies", "SEN", ["OPP", "LEG"]), REPR, "175", "2024-02-05", None, True,
  "forcible removal of lawmakers: repression 175 (17/18); 'on Feb. 5'; 'the chamber' names no place")
E("b02", "Gendarmes dragged opposition deputies out of the", A("National Assembly of Senegal", "SEN", "LEG"), SALL, AGREE,
  "050", "2024-02-05", None, False, "the assembly approving the delay: support for the president's decision, optional")
E("b02", "Police fired tear gas at crowds in", A("Senegalese police", "SEN", "COP"), PROSEN, REPR, "175", "2024-02",
  P("Dakar", "SEN"), True, "tear gas 175 (17/18); 'last week' in a Saturday paper: the month (owned13: a week without a "
  "day gives the month); the clause names Dakar")
E("b02", "The government also cut mobile internet access", SEN, A("Senegalese citizens", "SEN", "CVL"), ["17"], "1721",
  "2024-02", None, False, "cut of mobile data, target the public: restriction of political freedoms 1721, optional (no "
  "named target)")
E("b02", "accused the security forces of using live", A("Seydi Gassama", "SEN", "NGO"),
  A("Senegalese security forces", "SEN", ["COP", "MIL"]), ["11"], "112", "2024-02", None, True,
  "accusation by the head of a rights group's national office (Amnesty Senegal: SEN/NGO); no day: month")
E("b02", "accused the security forces of using live", A("Seydi Gassama", "SEN", "NGO"), SEN, DEMAND, "1011", "2024-02", None,
  False, "call for an inquiry, second verb: optional")
E("b02", "the authorities freed dozens of activists from", SEN, A("Senegalese opposition activists", "SEN", ["OPP", "CVL"]),
  ["08"], "0841", "2024-02-15", None, True, "release of detained activists 0841 (08); 'on Thursday night'")
E("b02", "The West African bloc ECOWAS welcomed the", A("ECOWAS", None, ["IGO", "GOV"]), CC, ["05"], "051", "2024-02", None,
  False, "single outside reaction (praise): optional")
F("b02", "Senegal has never had a military coup", "standing situation")
F("b02", "It was not clear whether a vote", "speculation")

# ---------------------------------------------------------------- b03 Riyadh, Middle East (Saudi Arabia / Iran)
S("b03", "2016-01-04", "Middle East", """
Saudi Arabia cuts ties with Iran after crowd storms its Tehran embassy

RIYADH, Saudi Arabia —

Saudi Arabia severed diplomatic relations with Iran on Sunday and gave Iranian diplomats 48 hours to leave the kingdom, a day after protesters angered by the execution of a prominent Shi'ite cleric ransacked its embassy in Tehran.

Foreign Minister Adel al-Jubeir, announcing the break at a news conference here, said the kingdom would not allow Iran to undermine its security. He accused Tehran of arming militants and planting "terrorist cells" across the region.

Demonstrators hurled petrol bombs at the embassy in northern Tehran late on Saturday and set part of the building ablaze before police cleared them out. The Saudi consulate in the city of Mashhad was also attacked.

The kingdom had put to death Sheikh Nimr al-Nimr, a leading voice of Shi'ite dissent in its Eastern Province, along with 46 men convicted of terrorism offences, on Saturday.

Iran's supreme leader, Ayatollah Ali Khamenei, warned that Saudi politicians would face "divine revenge" for the cleric's killing. President Hassan Rouhani condemned the attack on the embassy, and Tehran's prosecutor said about 40 people had been arrested.

Bahrain, a close Saudi ally, also broke off relations with Tehran on Monday.

The two countries back opposite sides in the wars in Syria and Yemen. It was not clear whether the rupture would derail U.N.-led peace talks on Syria planned for later this month.
""")
SAU = A("Saudi Arabia", "SAU", "GOV")
IRN = A("Iran", "IRN", "GOV")
IRNPRO = A("Iranian protesters", "IRN", ["CVL", "OPP"])
EMB = A("Saudi embassy", "SAU", None)
NIMR = A("Nimr al-Nimr", "SAU", ["REL", "OPP"])
E("b03", "Saudi Arabia cuts ties with Iran after", SAU, IRN, ["16"], "161", "2016-01-03", None, False, "headline")
E("b03", "crowd storms its Tehran embassy", IRNPRO, EMB, VPROT, "145", "2016-01-02", P("Tehran", "IRN"), False, "headline")
E("b03", "Saudi Arabia severed diplomatic relations with Iran", SAU, IRN, ["16"], "161", "2016-01-03", None, True,
  "breaking off relations 161; Sunday in a Monday paper")
E("b03", "Saudi Arabia severed diplomatic relations with Iran", SAU, A("Iranian diplomats", "IRN", "GOV"), EXPEL, "174",
  "2016-01-03", None, True, "48 hours to leave: expulsion of diplomats (16/17 as owned sets code expulsions), second act "
  "with its own object")
E("b03", "Saudi Arabia severed diplomatic relations with Iran", IRNPRO, EMB, VPROT, "145", "2016-01-02", P("Tehran", "IRN"),
  False, "the ransacking in a 'a day after' clause, detailed in the third paragraph: lead summary, optional")
E("b03", "Saudi Arabia severed diplomatic relations with Iran", SAU, NIMR, KILL, "1823", "2016-01-02", None, False,
  "nominal execution ('angered by the execution'), detailed in the fourth paragraph: optional")
E("b03", "He accused Tehran of arming militants and", A("Adel al-Jubeir", "SAU", "GOV"), IRN, ["11"], "112", "2016-01-03", None,
  True, "accusation; 'He' = al-Jubeir, at the Sunday news conference; 'Tehran' = Iran")
E("b03", "said the kingdom would not allow Iran", A("Adel al-Jubeir", "SAU", "GOV"), IRN, ["13"], "130", "2016-01-03", None,
  False, "vague warning: optional")
E("b03", "Demonstrators hurled petrol bombs at the embassy", IRNPRO, EMB, VPROT, "145", "2016-01-02", P("Tehran", "IRN"), True,
  "violent protest at an embassy 145 (VPROT); 'late on Saturday'; the clause names Tehran")
E("b03", "Demonstrators hurled petrol bombs at the embassy", A("Iranian police", "IRN", "COP"), IRNPRO, REPR, "170",
  "2016-01-02", P("Tehran", "IRN"), False, "police clearing the crowd, inside a 'before' clause: optional")
E("b03", "The Saudi consulate in the city of", IRNPRO, A("Saudi consulate", "SAU", None), VPROT, "145", "2016-01",
  P("Mashhad", "IRN"), False, "agentless passive: optional")
E("b03", "The kingdom had put to death Sheikh", SAU, NIMR, KILL, "1823", "2016-01-02", None, True,
  "execution 1823 as the owned sets code it (t02); 'The kingdom' = Saudi Arabia; 'on Saturday' at the end of the "
  "sentence")
E("b03", "warned that Saudi politicians would face", A("Ali Khamenei", "IRN", "GOV"), SAU, ["13"], "130", "2016-01",
  None, True, "threat ('would face divine revenge') 130; no day: month")
E("b03", "President Hassan Rouhani condemned the attack on", A("Hassan Rouhani", "IRN", "GOV"), IRNPRO, ["11", "12"], "111",
  "2016-01", None, False, "condemnation of the attackers by their own president: optional (target implied)")
E("b03", "President Hassan Rouhani condemned the attack on", A("Iranian police", "IRN", "COP"), IRNPRO, ["17"], "173",
  "2016-01", None, False, "arrests reported by the prosecutor, agentless passive: optional")
E("b03", "also broke off relations with Tehran on", A("Bahrain", "BHR", "GOV"), IRN, ["16"], "161", "2016-01-04", None, True,
  "breaking off relations 161; 'on Monday' in a Monday paper")
F("b03", "The two countries back opposite sides in", "standing situation")
F("b03", "It was not clear whether the rupture", "speculation")

# ---------------------------------------------------------------- b04 Tunis, Middle East (Tunisia)
S("b04", "2021-07-27", "Middle East", """
Troops bar Tunisia's speaker from parliament after Saied sacks premier

TUNIS, Tunisia —

Soldiers blocked Rached Ghannouchi, the speaker of parliament, from entering the assembly building on Monday, a day after President Kais Saied dismissed the government and froze the legislature in a move his opponents called a coup.

Ghannouchi, 80, who leads the Islamist Ennahda party, waited in a car outside the locked gates for nearly 12 hours. He accused Saied of staging a coup against the revolution and the constitution, and called on Tunisians to defend their democracy peacefully.

Late on Sunday, Saied sacked Prime Minister Hichem Mechichi and suspended parliament for 30 days, citing an article of the constitution that allows emergency measures. He also stripped lawmakers of their immunity. Thousands of people had marched in Tunis and other cities earlier that day, and protesters set fire to Ennahda's office in Tozeur.

Outside parliament on Monday, supporters of the president pelted Ennahda members with stones and bottles, and the Islamists threw them back. Police officers stood between the two camps.

Plainclothes police raided the Tunis bureau of Al Jazeera and ordered its journalists to leave, the Qatari network said. The president later fired the defence minister, Ibrahim Bartagi, and imposed a nightly curfew for a month.

Imed Khemiri, an Ennahda spokesman, urged the party's supporters to avoid violence.

Tunisia's economy shrank by more than 8 percent last year. It was not clear when parliament would meet again.
""")
SAIED = A("Kais Saied", "TUN", "GOV")
GHAN = A("Rached Ghannouchi", "TUN", ["LEG", "PTY"])
TUNM = A("Tunisian army", "TUN", "MIL")
TUNPARL = A("Tunisian parliament", "TUN", "LEG")
ENN = A("Ennahda", "TUN", ["PTY", "LEG"])
SAIEDSUP = A("supporters of Kais Saied", "TUN", "CVL")
E("b04", "Troops bar Tunisia's speaker from parliament after", TUNM, GHAN, REMOVE, "170", "2021-07-26", None, False,
  "headline")
E("b04", "after Saied sacks premier", SAIED, A("Hichem Mechichi", "TUN", "GOV"), REMOVE, "172", "2021-07-25", None, False, "headline")
E("b04", "Soldiers blocked Rached Ghannouchi, the speaker of", TUNM, GHAN, REMOVE, "170", "2021-07-26", None, True,
  "barring the speaker from the assembly: coercion 170 (17; 16 tolerated); Monday in a Tuesday paper; 'the assembly "
  "building' names no place")
E("b04", "Soldiers blocked Rached Ghannouchi, the speaker of", SAIED, TUNPARL, COUP, "1724", "2021-07-25", None, False,
  "lead summary ('a day after ... dismissed ... and froze') of the third paragraph: optional")
E("b04", "Soldiers blocked Rached Ghannouchi, the speaker of", A("Tunisian opposition", "TUN", ["OPP", "PTY"]), SAIED, ["11"],
  "112", "2021-07-25", None, False, "'a move his opponents called a coup': nominal accusation, detailed next paragraph: optional")
E("b04", "He accused Saied of staging a coup", GHAN, SAIED, ["11"], "112", "2021-07", None, True,
  "accusation; 'He' = Ghannouchi; no day in the sentence: month")
E("b04", "He accused Saied of staging a coup", GHAN, A("Tunisians", "TUN", "CVL"), DEMAND, "020", "2021-07", None, False,
  "appeal to the public, second verb: optional")
E("b04", "Saied sacked Prime Minister Hichem Mechichi and", SAIED, A("Hichem Mechichi", "TUN", "GOV"), REMOVE, "172",
  "2021-07-25", None, True, "dismissal of the prime minister: administrative sanction 172 (17/16, as removal in owned13 k09); "
  "'Late on Sunday'")
E("b04", "Saied sacked Prime Minister Hichem Mechichi and", SAIED, TUNPARL, COUP, "1724", "2021-07-25", None, True,
  "suspension of parliament under emergency powers: 1724 (17/19); a second verb with its own object, the act the "
  "story turns on: required")
E("b04", "He also stripped lawmakers of their immunity", SAIED, TUNPARL, REMOVE, "172", "2021-07-25", None, False,
  "restatement-like follow-up of the suspension: optional")
E("b04", "Thousands of people had marched in Tunis", A("Tunisian protesters", "TUN", ["CVL", "OPP"]), SAIED, ["14"], "141",
  "2021-07-25", P("Tunis", "TUN"), False, "march without a named target (anti-government): optional")
E("b04", "Thousands of people had marched in Tunis", A("Tunisian protesters", "TUN", ["CVL", "OPP"]), ENN, VPROT, "145",
  "2021-07-25", P("Tozeur", "TUN"), True, "arson at a party office 145 (VPROT); 'earlier that day' = Sunday; the clause "
  "names Tozeur")
E("b04", "supporters of the president pelted Ennahda members", SAIEDSUP, ENN, VPROT, "145", "2021-07-26", None, True,
  "stone-throwing between civilian camps: violent protest 145 (VPROT); first-mentioned direction required; 'Outside "
  "parliament' names no place")
E("b04", "supporters of the president pelted Ennahda members", ENN, SAIEDSUP, VPROT, "145", "2021-07-26", None, False,
  "reverse direction ('threw them back'): optional")
E("b04", "Plainclothes police raided the Tunis bureau of", A("Tunisian police", "TUN", "COP"), A("Al Jazeera", "QAT", "MED"),
  ["17"], "1721", "2021-07", P("Tunis", "TUN"), True, "raid on a broadcaster's office and order to leave: restriction of "
  "press freedom 1721; the network's own account, undisputed; no day: month; 'the Tunis bureau' names Tunis")
E("b04", "The president later fired the defence minister", SAIED, A("Ibrahim Bartagi", "TUN", "GOV"), REMOVE, "172",
  "2021-07", None, False, "dismissal of a minister inside the government: optional")
E("b04", "The president later fired the defence minister", SAIED, A("Tunisia", "TUN", None), ["17"], "1723", "2021-07", None,
  False, "curfew, second verb, self-directed: optional")
E("b04", "urged the party's supporters to avoid violence", A("Imed Khemiri", "TUN", ["PTY", "LEG"]), ENN, DEMAND, "020",
  "2021-07", None, False, "appeal to the party's own supporters: optional")
F("b04", "Tunisia's economy shrank by more than 8", "count")
F("b04", "It was not clear when parliament would", "speculation")

# ---------------------------------------------------------------- b05 Beijing, Asia (China / Tibet)
S("b05", "2008-03-17", "Asia", """
China gives Tibet rioters deadline to surrender as Dalai Lama decries 'cultural genocide'

BEIJING, China —

Authorities in Tibet ordered those who took part in last week's riots in Lhasa to turn themselves in by midnight on Monday, promising leniency to anyone who surrendered and severe punishment to those who did not.

The notice, issued by the regional government on Sunday, came as paramilitary police patrolled the streets of the Tibetan capital, where crowds of Tibetans had torched shops and attacked Chinese migrants on Friday. State media said 13 civilians died in the violence; Tibetan exiles put the toll at 80.

From Dharamsala, the Indian hill town where he has lived since fleeing Tibet, the Dalai Lama accused Beijing of pursuing "cultural genocide" in his homeland. He said he could not stop the protests and called for an international inquiry.

Qiangba Puncog, the chairman of the regional government, dismissed the charge. He blamed the "Dalai clique" for organising the unrest and said the security forces had not fired a single shot.

The protests spread on Sunday to Aba, in Sichuan province, where police opened fire on crowds that had set a police station alight. Exile groups said at least eight people were killed there.

U.S. Secretary of State Condoleezza Rice urged China to show restraint and to talk to the Dalai Lama.

Han Chinese make up a growing share of Lhasa's population. It was not clear how many people had been detained.
""")
TIBGOV = A("Tibet regional government", "CHN", "GOV")
TIBRIOT = A("Tibetan rioters", "CHN", ["CVL", "OPP"])
TIBPRO = A("Tibetan protesters", "CHN", ["CVL", "OPP"])
DALAI = A("Dalai Lama", "CHN", ["REL", "OPP"])
CHN = A("China", "CHN", "GOV")
CHNP = A("Chinese police", "CHN", "COP")
E("b05", "China gives Tibet rioters deadline to surrender", TIBGOV, TIBRIOT, ["13", "10"], "139", "2008-03-16", None, False,
  "headline")
E("b05", "as Dalai Lama decries 'cultural genocide'", DALAI, CHN, ["11"], "112", "2008-03", None, False, "headline")
E("b05", "Authorities in Tibet ordered those who took", TIBGOV, TIBRIOT, ["13", "10"], "139", "2008-03-16", None, True,
  "order to surrender by a deadline with threatened punishment: ultimatum 139 (13; 10 tolerated); the notice is dated "
  "'on Sunday' in the next sentence, the deadline (Monday) is not the date of the act; 'in Lhasa' belongs to the riots")
E("b05", "Authorities in Tibet ordered those who took", TIBRIOT, A("Chinese civilians", "CHN", "CVL"), VPROT, "145",
  "2008-03-14", P("Lhasa", "CHN"), False, "'last week's riots in Lhasa': nominal, detailed in the next sentence: optional")
E("b05", "came as paramilitary police patrolled the streets", A("People's Armed Police", "CHN", ["COP", "MIL"]), TIBPRO,
  ["15"], "150", "2008-03-16", P("Lhasa", "CHN"), False, "show of force: optional")
E("b05", "had torched shops and attacked Chinese migrants", TIBRIOT, A("Han Chinese migrants", "CHN", "CVL"), VPROT, "145",
  "2008-03-14", P("Lhasa", "CHN"), True, "riot in a relative clause with its own agent and day ('on Friday'): 145 (VPROT); "
  "'the Tibetan capital' = Lhasa")
E("b05", "the Dalai Lama accused Beijing of pursuing", DALAI, CHN, ["11"], "112", "2008-03", P("Dharamsala", "IND"), True,
  "accusation; 'Beijing' = China; 'From Dharamsala' names where he speaks; no day: month")
E("b05", "He said he could not stop the", DALAI, A("international community", None, None), DEMAND, "1011", "2008-03", None,
  False, "call for an inquiry with no addressee: optional")
E("b05", "the chairman of the regional government, dismissed", A("Qiangba Puncog", "CHN", "GOV"), DALAI, DENY, "016",
  "2008-03", None, False, "denial of the charge 016 (01/12): optional, as denials in owned sets")
E("b05", "for organising the unrest and said the", A("Qiangba Puncog", "CHN", "GOV"), DALAI, ["11"], "112",
  "2008-03", None, True, "accusation; 'He' = Qiangba Puncog; 'the Dalai clique' = the Dalai Lama and his followers; no day: month")
E("b05", "where police opened fire on crowds that", CHNP, TIBPRO, REPR, "175", "2008-03-16", P("Aba", "CHN"), True,
  "firing on protesters 175 (17/18); 'on Sunday' from the main clause; the "
  "relative clause's place is Aba")
E("b05", "where police opened fire on crowds that", TIBPRO, CHNP, VPROT, "145", "2008-03-16", P("Aba", "CHN"), True,
  "arson at a police station, relative clause with its own agent: 145 (VPROT); same day and place")
E("b05", "Condoleezza Rice urged China to show restraint", A("Condoleezza Rice", "USA", "GOV"), CHN, DEMAND, "1056",
  "2008-03", None, False, "single outside reaction (call for restraint): optional")
E("b05", "Condoleezza Rice urged China to show restraint", A("Condoleezza Rice", "USA", "GOV"), CHN, DEMAND, "026",
  "2008-03", None, False, "call to talk to the Dalai Lama, second verb of an outside reaction: optional")
F("b05", "Han Chinese make up a growing share", "standing situation")
F("b05", "It was not clear how many people", "speculation")

# ---------------------------------------------------------------- b06 London, Asia (Hong Kong / China / Britain)
S("b06", "2020-07-02", "Asia", """
Britain offers Hong Kong residents path to citizenship as China's security law bites

LONDON, United Kingdom —

Prime Minister Boris Johnson said on Wednesday that Britain would let up to three million Hong Kong residents settle in the country and eventually apply for citizenship, after China imposed a sweeping national security law on the former colony.

Foreign Secretary Dominic Raab told lawmakers the law was a "clear and serious breach" of the 1984 joint declaration that set the terms of the city's return to Chinese rule.

In Beijing, foreign ministry spokesman Zhao Lijian warned that China would take countermeasures if Britain went ahead, and accused London of meddling in China's internal affairs.

Hong Kong police arrested about 370 people on Wednesday, the anniversary of the 1997 handover, as crowds defied a ban on marches. Ten of them were held under the new law, including a man carrying a flag that called for independence. Officers turned water cannon and pepper spray on protesters in the Causeway Bay shopping district.

The law, which took effect late on Tuesday, punishes secession, subversion, terrorism and collusion with foreign forces with up to life in prison.

Carrie Lam, the city's chief executive, defended the legislation at a flag-raising ceremony and said it would restore stability.

The United States ended exports of defence equipment to the city on Monday, Secretary of State Mike Pompeo said.

It was not clear how many Hong Kong residents would take up the British offer.
""")
GBR = A("Britain", "GBR", "GOV")
HKRES = A("Hong Kong residents", "HKG", "CVL")
HKP = A("Hong Kong police", "HKG", "COP")
HKPRO = A("Hong Kong protesters", "HKG", ["CVL", "OPP"])
E("b06", "Britain offers Hong Kong residents path to", GBR, HKRES, ["03", "07"], "033", "2020-07-01", None, False, "headline")
E("b06", "as China's security law bites", CHN, A("Hong Kong", "HKG", None), ["17"], "1721", "2020-06", None, False,
  "headline")
E("b06", "Prime Minister Boris Johnson said on Wednesday", A("Boris Johnson", "GBR", "GOV"), HKRES, ["03", "07"], "033",
  "2020-07-01", None, True, "pledge to let residents settle and become citizens: intent to provide (humanitarian) aid "
  "033, 07 (asylum-like 075) tolerated; Wednesday in a Thursday paper")
E("b06", "Prime Minister Boris Johnson said on Wednesday", CHN, A("Hong Kong", "HKG", None), ["17"], "1721", "2020-06", None,
  True, "imposing the security law on the city, inside an 'after' clause with its own agent: restriction of political "
  "freedoms 1721 (17); not detailed elsewhere (the fifth paragraph only describes the law); 'late on Tuesday' is in a "
  "later paragraph: the month")
E("b06", "Dominic Raab told lawmakers the law was", A("Dominic Raab", "GBR", "GOV"), CHN, ["11", "12"], "111", "2020-07", None,
  True, "criticism ('serious breach' of the treaty) 111; no day: month")
E("b06", "foreign ministry spokesman Zhao Lijian warned that", A("Zhao Lijian", "CHN", "GOV"), GBR, ["13"], "130", "2020-07",
  P("Beijing", "CHN"), True, "threat of countermeasures 130; 'In Beijing' is a locative; no day: month")
E("b06", "foreign ministry spokesman Zhao Lijian warned that", A("Zhao Lijian", "CHN", "GOV"), GBR, ["11"], "112", "2020-07",
  P("Beijing", "CHN"), False, "accusation of meddling, second verb: optional; 'London' = Britain")
E("b06", "Hong Kong police arrested about 370 people", HKP, HKPRO, ["17"], "173", "2020-07-01", None, True,
  "arrests 173; 'on Wednesday'")
E("b06", "Hong Kong police arrested about 370 people", HKPRO, A("Hong Kong government", "HKG", "GOV"), ["14"], "141",
  "2020-07-01", None, False, "'as crowds defied a ban on marches': protest in a subordinate clause: optional")
E("b06", "Officers turned water cannon and pepper spray", HKP, HKPRO, REPR, "175", "2020-07", P("Hong Kong", "HKG"), True,
  "water cannon 175 (17/18); 'Officers' = the Hong Kong police; 'the Causeway Bay shopping district' gives no place "
  "beyond the city; no day in the sentence: month")
E("b06", "defended the legislation at a flag-raising ceremony", A("Carrie Lam", "HKG", "GOV"), CHN, ["05"], "051", "2020-07",
  None, False, "support for Beijing's law: optional")
E("b06", "The United States ended exports of defence", A("United States", "USA", "GOV"), A("Hong Kong", "HKG", None), SANCT,
  "163", "2020-06-29", None, True, "end of defence exports: embargo 163 (16/17); 'on Monday' in a Thursday paper; "
  "'Pompeo said' is the government's own statement")
F("b06", "The law, which took effect late on", "definition of the law (no event)")
F("b06", "It was not clear how many Hong", "speculation")

# ---------------------------------------------------------------- b07 Kiev, Europe/Eurasia (Ukraine / Russia)
S("b07", "2018-11-27", "Europe/Eurasia", """
Ukraine imposes martial law in border regions after Russia seizes navy boats off Crimea

KIEV, Ukraine —

Ukraine's parliament voted on Monday to impose martial law for 30 days in regions bordering Russia, a day after Russian coast guard ships fired on three Ukrainian navy vessels near the Kerch Strait and captured them along with their 24 crew.

President Petro Poroshenko, who proposed the measure, told lawmakers that it was not a declaration of war.

A Russian patrol boat rammed the tugboat Yany Kapu on Sunday morning as it sailed with two small gunboats toward the Sea of Azov. After the convoy turned back, Russian special forces boarded all three vessels. Kiev said six of its sailors were wounded.

The FSB security service, which commands Russia's coast guard, accused Ukraine of a deliberate provocation and said the boats had entered Russian waters illegally. A tanker parked beneath the new bridge across the strait closed the passage for hours.

At an emergency meeting of the U.N. Security Council in New York, the U.S. ambassador, Nikki Haley, condemned what she called an outrageous violation of Ukraine's sovereignty and demanded that Moscow release the crews and ships.

In Kiev, protesters threw flares at the Russian embassy and set fire to a diplomatic car late on Sunday.

On Tuesday, a court in Russian-controlled Crimea ordered 12 of the sailors held for two months.

The strait is the only passage between the Black Sea and the Sea of Azov. It was unclear whether Moscow would free the crews before the end of the year.
""")
UKR = A("Ukraine", "UKR", "GOV")
UKRN = A("Ukrainian navy", "UKR", "MIL")
RUSCG = A("Russian coast guard", "RUS", ["MIL", "COP"])
RUSSF = A("Russian special forces", "RUS", ["MIL", "SPY"])
E("b07", "Ukraine imposes martial law in border regions", A("Ukrainian parliament", "UKR", "LEG"), A("Ukraine", "UKR", None),
  COUP, "1724", "2018-11-26", None, False, "headline")
E("b07", "after Russia seizes navy boats off Crimea", RUSSF, UKRN, SEIZE, "1711", "2018-11-25", None, False, "headline")
E("b07", "Ukraine's parliament voted on Monday to impose", A("Ukrainian parliament", "UKR", "LEG"), A("Ukraine", "UKR", None),
  COUP, "1724", "2018-11-26", None, False, "martial law over the country's own border regions, no outside target: "
  "self-directed, optional (as owned13 k01)")
E("b07", "Ukraine's parliament voted on Monday to impose", RUSCG, UKRN, FORCE, "190", "2018-11-25", None, True,
  "firing on navy vessels inside a 'a day after' clause with its own agent: 190 (19/18); Sunday; 'near the Kerch "
  "Strait' is a waterway, no place")
E("b07", "Ukraine's parliament voted on Monday to impose", RUSCG, UKRN, SEIZE, "1711", "2018-11-25", None, False,
  "'captured them', the seizure detailed in the third paragraph: lead summary, optional")
E("b07", "A Russian patrol boat rammed the tugboat", RUSCG, UKRN, FORCE, "190", "2018-11-25", None, True,
  "ramming a navy tug: military force 190 (19/18); 'on Sunday morning'; the Sea of Azov is a destination, no place")
E("b07", "After the convoy turned back, Russian special", RUSSF, UKRN, SEIZE, "1711", "2018-11-25", None, True,
  "boarding and seizing the vessels 1711 (17/19/18 as owned sets code ship seizures); same Sunday")
E("b07", "Kiev said six of its sailors were", RUSCG, UKRN, FORCE, "190", "2018-11-25", None, False,
  "wounded sailors, agentless passive in one side's account: optional")
E("b07", "accused Ukraine of a deliberate provocation and", A("FSB", "RUS", ["SPY", "GOV"]), UKR, ["11"], "112", "2018-11", None,
  True, "accusation; no day: month")
E("b07", "A tanker parked beneath the new bridge", A("Russia", "RUS", "GOV"), UKR, ["17", "16"], "171", "2018-11-25", None,
  False, "blocking the strait with a tanker, no named agent: optional")
E("b07", "condemned what she called an outrageous violation", A("Nikki Haley", "USA", "GOV"), A("Russia", "RUS", "GOV"),
  ["11", "12"], "111", "2018-11", P("New York", "USA"), False, "single outside reaction (condemnation): optional")
E("b07", "condemned what she called an outrageous violation", A("Nikki Haley", "USA", "GOV"), A("Russia", "RUS", "GOV"),
  DEMAND, "1053", "2018-11", P("New York", "USA"), False, "demand to release the crews, second verb of an outside "
  "reaction: optional; 'Moscow' = Russia")
E("b07", "protesters threw flares at the Russian embassy", A("Ukrainian protesters", "UKR", ["CVL", "OPP"]),
  A("Russian embassy", "RUS", None), VPROT, "145", "2018-11-25", P("Kiev", "UKR"), True,
  "violent protest at an embassy 145 (VPROT); 'late on Sunday'; the clause names Kiev")
E("b07", "a court in Russian-controlled Crimea ordered 12", A("Russian court in Crimea", "RUS", "JUD"),
  A("Ukrainian sailors", "UKR", "MIL"), COURT, "173", "2018-11-27", P("Crimea", "UKR"), True,
  "detention ordered by a court 173 (17/11); 'On Tuesday' in a Tuesday paper; Crimea as a place is UKR (as owned's "
  "o18 codes Simferopol)")
F("b07", "The strait is the only passage between", "standing situation")
F("b07", "It was unclear whether Moscow would free", "speculation")

# ---------------------------------------------------------------- b08 Tashkent, Europe/Eurasia (Uzbekistan)
S("b08", "2022-07-04", "Europe/Eurasia", """
Uzbekistan drops plan to curb Karakalpak autonomy after deadly unrest

TASHKENT, Uzbekistan —

President Shavkat Mirziyoyev has abandoned plans to strip the autonomous republic of Karakalpakstan of its right to secede, after thousands of people poured into the streets of its capital, Nukus, on Friday in the worst unrest Uzbekistan has seen in years.

Flying to Nukus on Saturday, Mirziyoyev told local deputies that the articles on the region's status would stay as they were. The same day he declared a month-long state of emergency in Karakalpakstan and imposed a night curfew.

Security forces fired tear gas and stun grenades to break up crowds in the centre of Nukus late on Friday. Prosecutors said on Monday that 18 people had died and 243 were hurt. Officials said police had detained 516 people, many of whom were later freed.

The authorities accused the protesters of trying to seize government buildings. They also arrested Dauletmurat Tazhimuratov, a lawyer and newspaper editor who had urged residents to rally against the amendments.

Mirziyoyev blamed "foreign forces" for stirring up the crowds, without naming any country.

The European Union called for an open and independent investigation into the deaths, and the U.N. human rights office urged the security forces to show restraint.

Karakalpaks make up less than 2 percent of Uzbekistan's population. It was not clear how many of those detained would face charges.
""")
MIRZ = A("Shavkat Mirziyoyev", "UZB", "GOV")
UZB = A("Uzbekistan", "UZB", "GOV")
KKPRO = A("Karakalpak protesters", "UZB", ["CVL", "OPP"])
UZBSF = A("Uzbek security forces", "UZB", ["COP", "MIL"])
E("b08", "Uzbekistan drops plan to curb Karakalpak autonomy", UZB, KKPRO, ["08"], "0832", "2022-07", None, False, "headline")
E("b08", "President Shavkat Mirziyoyev has abandoned plans to", MIRZ, KKPRO, ["08"], "0832", "2022-07", None, True,
  "giving up the amendment the crowds opposed: acceding to a demand for policy change 0832 (08); present perfect "
  "without a day of its own: month")
E("b08", "President Shavkat Mirziyoyev has abandoned plans to", KKPRO, UZB, ["14"], "141", "2022-07-01", P("Nukus", "UZB"),
  True, "street protest 141 in an 'after' clause with its own agent and day ('on Friday'); the clause names Nukus")
E("b08", "Mirziyoyev told local deputies that the articles", MIRZ, KKPRO, ["08"], "0832", "2022-07-02", P("Nukus", "UZB"),
  False, "the same concession stated on Saturday in Nukus: restatement of the lead, optional")
E("b08", "he declared a month-long state of emergency", MIRZ, A("Karakalpakstan", "UZB", None), COUP, "1724", "2022-07-02",
  P("Karakalpakstan", "UZB"), True, "emergency over one region in answer to its unrest: 1724 (17/19), target the region "
  "(country, sector null); 'The same day' = Saturday")
E("b08", "he declared a month-long state of emergency", MIRZ, A("Karakalpakstan", "UZB", None), ["17"], "1723", "2022-07-02",
  P("Karakalpakstan", "UZB"), False, "curfew, second verb: optional")
E("b08", "Security forces fired tear gas and stun", UZBSF, KKPRO, REPR, "175", "2022-07-01", P("Nukus", "UZB"), True,
  "tear gas and stun grenades 175 (17/18); 'late on Friday'; the clause names Nukus")
E("b08", "Officials said police had detained 516 people", A("Uzbek police", "UZB", "COP"), KKPRO, ["17"], "173", "2022-07",
  None, True, "detentions 173; the authorities' own figure, undisputed; pluperfect, no day: month")
E("b08", "The authorities accused the protesters of trying", UZB, KKPRO, ["11"], "112", "2022-07", None, True,
  "accusation; no day: month")
E("b08", "They also arrested Dauletmurat Tazhimuratov, a lawyer", UZB, A("Dauletmurat Tazhimuratov", "UZB", ["MED", "OPP"]),
  ["17"], "173", "2022-07", None, True, "arrest; 'They' = the authorities; no day: month; his earlier call to rally (relative "
  "clause, no date) is optional below")
E("b08", "They also arrested Dauletmurat Tazhimuratov, a lawyer", A("Dauletmurat Tazhimuratov", "UZB", ["MED", "OPP"]),
  A("Karakalpak residents", "UZB", "CVL"), DEMAND, "020", "2022-07", None, False, "undated appeal to rally in a relative "
  "clause: optional")
E("b08", "for stirring up the crowds, without naming", MIRZ, A("foreign forces", None, None), ["11"], "112", "2022-07", None,
  False, "accusation with no named country: optional")
E("b08", "The European Union called for an open", A("European Union", "EUR", "IGO"), UZB, DEMAND, "1011", "2022-07", None,
  False, "single outside reaction (call for an investigation): optional")
E("b08", "The European Union called for an open", A("U.N. human rights office", "UNO", "IGO"), UZBSF, DEMAND, "0256",
  "2022-07", None, False, "second outside call (restraint): optional")
F("b08", "Karakalpaks make up less than 2 percent", "count")
F("b08", "It was not clear how many of", "speculation")

# ---------------------------------------------------------------- b09 Madrid, Americas (Argentina / Spain)
S("b09", "2012-04-17", "Americas", """
Spain vows to retaliate as Argentina seizes Repsol's stake in YPF

MADRID, Spain —

Spain promised on Tuesday to hit back at Argentina after President Cristina Fernandez de Kirchner moved to expropriate most of the Spanish energy group Repsol's stake in the oil company YPF.

Industry Minister Jose Manuel Soria said the government would answer with "clear and forceful" measures in the coming days, without giving details. Prime Minister Mariano Rajoy, speaking in Puerto Vallarta, Mexico, called the takeover a hostile decision against Spain and its companies.

Foreign Minister Jose Manuel Garcia-Margallo summoned Argentina's ambassador, Carlos Bettini, on Monday night to protest.

Fernandez announced on Monday that she would send Congress a bill to take a 51 percent stake in YPF, saying Repsol had failed to invest. Within hours, Planning Minister Julio De Vido and the deputy economy minister, Axel Kicillof, took over the company's headquarters in Buenos Aires, and Repsol managers were escorted out of the building.

Repsol's chairman, Antonio Brufau, denounced the seizure as illegal and said the group would seek at least $10 billion in compensation before an international arbitration panel.

The European Commission put off a meeting with Argentine officials that had been planned for this week, a spokesman, John Clancy, said.

Repsol had owned 57 percent of YPF. It was not clear whether Madrid would target imports of Argentine goods.
""")
ESP = A("Spain", "ESP", "GOV")
ARG = A("Argentina", "ARG", "GOV")
REPSOL = A("Repsol", "ESP", "BUS")
CFK = A("Cristina Fernandez de Kirchner", "ARG", "GOV")
E("b09", "Spain vows to retaliate as Argentina seizes", ESP, ARG, ["13"], "130", "2012-04-17", None, False, "headline")
E("b09", "Spain vows to retaliate as Argentina seizes", ARG, REPSOL, ["17"], "1711", "2012-04-16", None, False, "headline")
E("b09", "Spain promised on Tuesday to hit back", ESP, ARG, ["13"], "130", "2012-04-17", None, True,
  "promise of retaliation: unspecified threat 130; Tuesday in a Tuesday paper")
E("b09", "Spain promised on Tuesday to hit back", CFK, REPSOL, ["17"], "1711", "2012-04-16", None, False,
  "'moved to expropriate': lead summary of the fourth paragraph: optional")
E("b09", "Industry Minister Jose Manuel Soria said the", A("Jose Manuel Soria", "ESP", "GOV"), ARG, ["13"], "130", "2012-04",
  None, False, "restatement of the lead's threat by the minister: optional")
E("b09", "called the takeover a hostile decision against", A("Mariano Rajoy", "ESP", "GOV"), ARG, ["11", "12"], "111", "2012-04",
  P("Puerto Vallarta", "MEX"), True, "criticism 111; 'speaking in Puerto Vallarta, Mexico' names where he spoke; no day: month")
E("b09", "summoned Argentina's ambassador, Carlos Bettini, on Monday", A("Jose Manuel Garcia-Margallo", "ESP", "GOV"),
  A("Carlos Bettini", "ARG", "GOV"), ["11"], "114", "2012-04-16", None, True,
  "summoning an envoy to protest 114 (news-dev convention); 'on Monday night'")
E("b09", "Fernandez announced on Monday that she would", CFK, REPSOL, ["17"], "1711", "2012-04-16", None, False,
  "announced bill to take the stake, an intention put as a plan for Congress: optional")
E("b09", "Fernandez announced on Monday that she would", CFK, REPSOL, ["11"], "112", "2012-04-16", None, False,
  "'saying Repsol had failed to invest': accusation in a participle clause: optional")
E("b09", "Planning Minister Julio De Vido and the", A("Julio De Vido", "ARG", "GOV"), REPSOL, ["17"], "1711", "2012-04-16",
  P("Buenos Aires", "ARG"), True, "taking over the headquarters: confiscation 1711; compound subject, first member "
  "required; 'Within hours' of Monday's announcement; the clause names Buenos Aires")
E("b09", "Planning Minister Julio De Vido and the", A("Axel Kicillof", "ARG", "GOV"), REPSOL, ["17"], "1711", "2012-04-16",
  P("Buenos Aires", "ARG"), False, "second member of the compound subject: optional")
E("b09", "Planning Minister Julio De Vido and the", ARG, A("Repsol managers", "ESP", "BUS"), ["17"], "174", "2012-04-16",
  P("Buenos Aires", "ARG"), False, "'were escorted out', agentless passive: optional")
E("b09", "denounced the seizure as illegal and said", A("Antonio Brufau", "ESP", "BUS"), ARG, ["11", "12"], "111", "2012-04",
  None, True, "denunciation 111; no day: month")
E("b09", "denounced the seizure as illegal and said", A("Antonio Brufau", "ESP", "BUS"), ARG, DEMAND, "1031", "2012-04",
  None, False, "claim for compensation through arbitration, second verb: optional")
E("b09", "The European Commission put off a meeting", A("European Commission", "EUR", "IGO"), ARG, ["16", "12"], "160",
  "2012-04", None, True, "postponing a planned meeting in protest: reduced relations 160 (16; 12 tolerated as a rejected "
  "meeting); the Commission's own spokesman; no day: month")
F("b09", "Repsol had owned 57 percent of YPF", "standing situation (ownership share)")
F("b09", "It was not clear whether Madrid would", "speculation")

# ---------------------------------------------------------------- b10 Guatemala City, Americas (Guatemala)
S("b10", "2015-09-04", "Americas", """
Guatemalan judge jails ex-president Perez Molina hours after he quits over fraud scandal

GUATEMALA CITY, Guatemala —

A Guatemalan judge ordered former President Otto Perez Molina held in a military barracks on Thursday while he decides whether to try him for running a customs fraud ring, hours after the retired general resigned.

Perez Molina, 64, sent his resignation to Congress shortly before midnight on Wednesday, after Judge Miguel Angel Galvez issued a warrant for his arrest. Lawmakers had voted unanimously on Tuesday to lift his immunity from prosecution.

Prosecutors and a U.N.-backed commission against impunity, known as CICIG, accuse him of heading a network that took bribes from importers in exchange for lower duties. Attorney General Thelma Aldana told reporters that the evidence included thousands of wiretapped calls. Perez Molina denies the charges.

Congress swore in Vice President Alejandro Maldonado, a former judge, to serve out the term, which ends in January.

Thousands of people gathered outside the National Palace to celebrate, many of them veterans of weekly rallies that had called for his resignation since April. The commission's head, Ivan Velasquez, a Colombian prosecutor, said the case showed that no one in Guatemala was above the law.

The former vice president, Roxana Baldetti, was arrested in August on related charges.

Guatemala holds a presidential run-off in October. It was not clear when a trial could begin.
""")
OPM = A("Otto Perez Molina", "GTM", ["GOV", "ELI"])
GALVEZ = A("Miguel Angel Galvez", "GTM", "JUD")
GTMLEG = A("Congress of Guatemala", "GTM", "LEG")
GTMPRO = A("Guatemalan protesters", "GTM", ["CVL", "OPP"])
E("b10", "Guatemalan judge jails ex-president Perez Molina hours", GALVEZ, OPM, COURT, "173", "2015-09-03", None, False, "headline")
E("b10", "hours after he quits over fraud scandal", OPM, GTMLEG, ["08"], "0831", "2015-09-02", None, False, "headline")
E("b10", "A Guatemalan judge ordered former President Otto", GALVEZ, OPM, COURT, "173", "2015-09-03", None, True,
  "court-ordered detention 173 (17/11); 'A Guatemalan judge' = Galvez, named in the next paragraph; Thursday in a Friday paper")
E("b10", "A Guatemalan judge ordered former President Otto", OPM, GTMLEG, ["08"], "0831", "2015-09-02", None, False,
  "'hours after the retired general resigned': lead summary of the next paragraph: optional")
E("b10", "sent his resignation to Congress shortly before", OPM, GTMLEG, ["08"], "0831", "2015-09-02", None, True,
  "resignation under judicial and street pressure: 0831 (news-dev), target the Congress it was addressed to; 'shortly "
  "before midnight on Wednesday'")
E("b10", "after Judge Miguel Angel Galvez issued a", GALVEZ, OPM, COURT, "173", "2015-09", None, True,
  "arrest warrant 173 (17/11) in an 'after' clause with its own agent; no day of its own: month")
E("b10", "Lawmakers had voted unanimously on Tuesday to", GTMLEG, OPM, REMOVE, "172", "2015-09-01", None, True,
  "lifting immunity: administrative sanction 172 (17/16); 'on Tuesday'")
E("b10", "Prosecutors and a U.N.-backed commission against impunity", A("Guatemalan prosecutors", "GTM", "JUD"), OPM, ["11"],
  "112", "2015", None, True, "accusation, present tense: the year; compound subject, first member required")
E("b10", "Prosecutors and a U.N.-backed commission against impunity", A("CICIG", "UNO", "IGO"), OPM, ["11"], "112", "2015",
  None, False, "second member of the compound subject (a U.N.-backed commission): optional")
E("b10", "Perez Molina denies the charges", OPM, A("Guatemalan prosecutors", "GTM", "JUD"), DENY, "016", "2015", None, False,
  "denial 016 (01/12): optional")
E("b10", "Thousands of people gathered outside the National", GTMPRO, OPM, DEMAND, "1041", "2015", None, False,
  "habitual rallies 'since April' in a relative clause, a span rather than a date: optional")
E("b10", "The former vice president, Roxana Baldetti, was", A("Guatemalan authorities", "GTM", "GOV"),
  A("Roxana Baldetti", "GTM", ["GOV", "ELI"]), ["17"], "173", "2015-08", None, False, "agentless passive arrest: optional")
F("b10", "Guatemala holds a presidential run-off in October", "schedule (no event)")
F("b10", "It was not clear when a trial", "speculation")

# ---------------------------------------------------------------- b11 Islamabad, South Asia (Pakistan / U.S.)
S("b11", "2011-05-04", "South Asia", """
Pakistan warns U.S. against repeat of raid that killed bin Laden

ISLAMABAD, Pakistan —

Pakistan warned the United States on Tuesday against any repeat of the unilateral raid that killed Osama bin Laden in the garrison town of Abbottabad, saying such an operation would undermine cooperation between the two countries.

In a statement, the foreign ministry faulted the Americans for failing to inform Islamabad in advance. It rejected suggestions in the U.S. Congress that Pakistani agencies had knowingly sheltered the al Qaeda leader.

U.S. Navy commandos flew in from Afghanistan aboard helicopters early on Monday and shot bin Laden dead in a walled compound in Abbottabad, less than a mile from the country's main military academy. One of the helicopters crash-landed and was destroyed by the team.

CIA Director Leon Panetta said Washington had kept Pakistan in the dark because officials feared it might tip off the targets.

Pakistani troops took several of bin Laden's wives and children into custody after the Americans left, a security official said.

Ehsanullah Ehsan, a spokesman for the Pakistani Taliban, vowed revenge against Pakistan's leaders and its army, whom he called American allies.

Senator Carl Levin, who heads the Armed Services Committee, said Islamabad had a lot of explaining to do.

Pakistan receives billions of dollars in U.S. aid each year. It was not clear whether Congress would cut that assistance.
""")
PAK = A("Pakistan", "PAK", "GOV")
USA = A("United States", "USA", "GOV")
PAKMFA = A("Pakistani foreign ministry", "PAK", "GOV")
USSEAL = A("U.S. Navy commandos", "USA", "MIL")
OBL = A("Osama bin Laden", None, ["RAD", "REB"])
E("b11", "Pakistan warns U.S. against repeat of raid", PAK, USA, ["13"], "130", "2011-05-03", None, False, "headline")
E("b11", "Pakistan warned the United States on Tuesday", PAK, USA, ["13"], "130", "2011-05-03", None, True,
  "warning against a repeat ('would undermine cooperation'): 130; Tuesday in a Wednesday paper")
E("b11", "Pakistan warned the United States on Tuesday", USSEAL, OBL, ["18", "19"], "186", "2011-05-02",
  P("Abbottabad", "PAK"), False, "nominal raid in a relative clause, detailed in the third paragraph: optional")
E("b11", "the foreign ministry faulted the Americans for", PAKMFA, USA, ["11", "12"], "111", "2011-05", None, True,
  "criticism 111; 'the Americans' = the United States; 'In a statement' has no day of its own: month")
E("b11", "It rejected suggestions in the U.S. Congress", PAKMFA, A("U.S. Congress", "USA", "LEG"), DENY, "016", "2011-05", None,
  True, "denial of the charge of sheltering bin Laden 016 (01/12); 'It' = the foreign ministry; no day: month")
E("b11", "shot bin Laden dead in a walled", USSEAL, OBL, ["18", "19"], "186", "2011-05-02", P("Abbottabad", "PAK"), True,
  "killing of a targeted leader 186 (18; 19 tolerated for a military raid); 'early on Monday'; the clause names Abbottabad; "
  "bin Laden has no country in the text's terms: null")
E("b11", "CIA Director Leon Panetta said Washington had", A("Leon Panetta", "USA", ["SPY", "GOV"]), PAK, ["11"], "112",
  "2011-05", None, False, "implied distrust ('might tip off the targets'): optional")
E("b11", "Pakistani troops took several of bin Laden's", A("Pakistani army", "PAK", "MIL"),
  A("bin Laden's family", None, "CVL"), ["17"], "173", "2011-05", None, True, "custody 173; the security official's own "
  "account, undisputed; no day: month")
E("b11", "vowed revenge against Pakistan's leaders and its", A("Ehsanullah Ehsan", "PAK", ["REB", "RAD"]), PAK, ["13"], "138",
  "2011-05", None, True, "threat of violence 138 by the Pakistani Taliban's spokesman; compound object, first member "
  "(Pakistan's leaders) required; no day: month")
E("b11", "vowed revenge against Pakistan's leaders and its", A("Ehsanullah Ehsan", "PAK", ["REB", "RAD"]),
  A("Pakistani army", "PAK", "MIL"), ["13"], "138", "2011-05", None, False, "second member of the compound object: optional")
E("b11", "said Islamabad had a lot of explaining", A("Carl Levin", "USA", "LEG"), PAK, DEMAND, "101", "2011-05", None, False,
  "single outside reaction (demand for an explanation): optional")
F("b11", "Pakistan receives billions of dollars in U.S.", "standing situation")
F("b11", "It was not clear whether Congress would", "speculation")

# ---------------------------------------------------------------- b12 Kingston, Caribbean (Jamaica / U.S.)
S("b12", "2010-05-26", "Caribbean", """
Jamaican troops storm Kingston stronghold in hunt for alleged drug lord wanted by U.S.

KINGSTON, Jamaica —

Soldiers and police pressed their search for Christopher "Dudus" Coke through the West Kingston district of Tivoli Gardens on Tuesday, a day after they stormed the barricaded neighbourhood in an operation that has left at least 44 people dead.

Gunmen fired on the troops from rooftops as they moved in, Police Commissioner Owen Ellington said. He said police had detained more than 500 men for questioning.

The government declared a state of emergency in the capital on Sunday after gunmen loyal to Coke attacked at least four police stations and set one ablaze.

Coke is wanted in New York on drug and gun-running charges. Prime Minister Bruce Golding, who represents the West Kingston constituency that takes in Tivoli Gardens, agreed on May 17 to sign the extradition order after nine months of resisting requests from Washington.

Residents said soldiers had shot unarmed young men inside their homes. Earl Witter, the public defender, said his office would investigate every death.

Opposition leader Portia Simpson Miller demanded that Golding explain to parliament how he had handled the case.

Tivoli Gardens has been a stronghold of the Labour Party for decades. It was not clear whether Coke was still on the island.
""")
JAMM = A("Jamaica Defence Force", "JAM", "MIL")
JAMP = A("Jamaica Constabulary Force", "JAM", "COP")
COKEMEN = A("Coke's gunmen", "JAM", ["CRM", "CVL"])
GOLD = A("Bruce Golding", "JAM", "GOV")
TIVRES = A("Tivoli Gardens residents", "JAM", "CVL")
E("b12", "Jamaican troops storm Kingston stronghold in hunt", JAMM, COKEMEN, FORCE, "190", "2010-05-24", None, False, "headline")
E("b12", "Soldiers and police pressed their search for", JAMM, COKEMEN, FORCE, "190", "2010-05-24", P("Kingston", "JAM"), True,
  "storming the neighbourhood inside an 'a day after' clause with its own agent ('they' = soldiers and police): 190 "
  "(19/18); Monday; 'the West Kingston district of Tivoli Gardens' gives Kingston; compound subject, first member required")
E("b12", "Soldiers and police pressed their search for", JAMP, COKEMEN, FORCE, "190", "2010-05-24", P("Kingston", "JAM"), False,
  "second member of the compound subject: optional")
E("b12", "Gunmen fired on the troops from rooftops", COKEMEN, JAMM, FORCE, "190", "2010-05-24", None, False,
  "gunfire reported by the police commissioner, one side's account: optional")
E("b12", "He said police had detained more than", JAMP, TIVRES, ["17"], "173", "2010-05", None, True,
  "detentions 173; 'He' = Ellington, the police's own figure, undisputed; no day: month")
E("b12", "The government declared a state of emergency", A("Jamaica", "JAM", "GOV"), A("Kingston", "JAM", None), COUP, "1724",
  "2010-05-23", P("Kingston", "JAM"), True, "emergency over the capital in answer to attacks: 1724 (17/19), target the "
  "area (country, sector null) as b08; 'on Sunday'; 'the capital' with the dateline is Kingston")
E("b12", "after gunmen loyal to Coke attacked at", COKEMEN, JAMP, FORCE, "190", "2010-05", None, True,
  "armed attacks on police stations 190 (19/18) in an 'after' clause with its own agent; no day of its own: month")
E("b12", "agreed on May 17 to sign the", GOLD, USA, ["03", "06", "08"], "0313", "2010-05-17", None, True,
  "agreement to sign the extradition order: intent to cooperate judicially 0313 (03; 06 and 08 tolerated: judicial "
  "cooperation, yielding); the request came from Washington (= the United States); 'on May 17'")
E("b12", "agreed on May 17 to sign the", GOLD, USA, ["12"], "1212", "2010", None, False,
  "'after nine months of resisting requests': a span of refusals, no date: optional")
E("b12", "Residents said soldiers had shot unarmed young", TIVRES, JAMM, ["11"], "112", "2010-05", None, True,
  "residents' accusation 112 (the shooting itself is disputed and stays inside the accusation); no day: month")
E("b12", "Earl Witter, the public defender, said his", A("Earl Witter", "JAM", "GOV"), JAMM, ["10", "02"], "101", "2010-05",
  None, False, "announced investigation: optional")
E("b12", "Portia Simpson Miller demanded that Golding explain", A("Portia Simpson Miller", "JAM", ["OPP", "PTY"]), GOLD, DEMAND,
  "101", "2010-05", None, True, "demand for an explanation 101 (10/02); no day: month")
F("b12", "Tivoli Gardens has been a stronghold of", "standing situation")
F("b12", "It was not clear whether Coke was", "speculation")

write(HERE)
