#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned50 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned50/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
EXPEL = ["17", "16"]

# ---------------------------------------------------------------- ay01 Ouagadougou, Africa (Burkina Faso)
S("ay01", "2015-09-17", "Africa", """
Burkina Faso guard unit dissolves transitional government, names Diendere leader

OUAGADOUGOU, Burkina Faso —

Soldiers of Burkina Faso's presidential guard announced on state television on Thursday that they had dissolved the transitional government, a day after they burst into a cabinet meeting and seized interim President Michel Kafando and Prime Minister Isaac Zida.

The officers named Gen. Gilbert Diendere, for years the right-hand man of former President Blaise Compaore, as head of a new National Council for Democracy.

Compaore stepped down and fled to Ivory Coast last October in the face of mass protests against his bid to extend his 27-year rule.

Diendere accused the transitional authorities of shutting Compaore's supporters out of the Oct. 11 elections. The vote was meant to complete a year-long return to civilian rule.

Hundreds of people who gathered in the capital to denounce the takeover were dispersed by soldiers firing into the air, and a hospital official said at least three people had died of gunshot wounds.

The African Union called the takeover a terrorist act and threatened the officers with sanctions, while France, the former colonial power, demanded the immediate release of Kafando and Zida.

Senegalese President Macky Sall, who chairs the West African bloc ECOWAS, said he would fly to Ouagadougou on Friday with Benin's Thomas Boni Yayi to try to mediate.

It was not clear where Kafando was being held.
""")
RSP = A("Burkina Faso presidential guard", "BFA", "MIL")
KAF = A("Michel Kafando", "BFA", "GOV")
ZIDA = A("Isaac Zida", "BFA", "GOV")
BFAGOV = A("Burkina Faso transitional government", "BFA", "GOV")
DIEN = A("Gilbert Diendere", "BFA", "MIL")
COMP = A("Blaise Compaore", "BFA", "GOV")
BFAP = A("Burkinabe protesters", "BFA", "CVL")
E("ay01", "guard unit dissolves transitional government, names Diendere", RSP, BFAGOV, COUP, "170", "2015-09-17", None,
  False, "headline; a takeover 17/19 (news-dev)")
E("ay01", "that they had dissolved the transitional government", RSP, BFAGOV, COUP, "170", "2015-09-17", None, True,
  "the declared takeover: coups and takeovers 17/19 (news-dev), 170 as the general code; 'on Thursday' in a Thursday paper; the announcer is "
  "the guard itself")
E("ay01", "burst into a cabinet meeting and seized", RSP, KAF, ["17", "18"], "173", "2015-09-16", None, True,
  "seizing the interim president 173 (181 abduction also right: 17/18); 'a day after' Thursday; first member of "
  "the compound object")
E("ay01", "Prime Minister Isaac Zida", RSP, ZIDA, ["17", "18"], "173", "2015-09-16", None, False,
  "second member of the compound object: optional")
E("ay01", "Compaore stepped down and fled to Ivory", COMP, BFAP, ["08"], "0831", "2014-10", None, True,
  "resignation under protest pressure 0831 with the protesters as implied target (news-dev d09); dated background "
  "'last October' (the year before publication); 'fled to Ivory Coast' names a destination, not a place")
E("ay01", "Diendere accused the transitional authorities of shutting", DIEN, BFAGOV, ["11"], "112", "2015-09", None,
  True, "accusation 112; no day of its own: month")
E("ay01", "were dispersed by soldiers firing into the", A("Burkinabe soldiers", "BFA", "MIL"), BFAP, REPR, "175",
  "2015-09", P("Ouagadougou", "BFA"), True,
  "passive with agent: force against protesters 175 (17/18); unnamed soldiers are Burkina's (and the guard's); "
  "'in the capital' with the dateline = Ouagadougou; no day: month")
E("ay01", "Hundreds of people who gathered in the", BFAP, RSP, ["14"], "141", "2015-09", P("Ouagadougou", "BFA"),
  False, "the protest itself, in the subject's relative: optional")
E("ay01", "The African Union called the takeover a", A("African Union", "AFR", "IGO"), RSP, ["11"], "111", "2015-09",
  None, True, "denunciation 111; first clause of a three-part sentence; month")
E("ay01", "threatened the officers with sanctions, while France", A("African Union", "AFR", "IGO"), RSP, ["13"], "1312",
  "2015-09", None, True, "threat of sanctions 1312, its own verb in the same sentence: required (as owned35 ai07)")
E("ay01", "demanded the immediate release of Kafando and", A("France", "FRA", "GOV"), RSP, DEMAND, "1053", "2015-09",
  None, True, "demand for release 1053 (10/02); target the guard holding them; month")
E("ay01", "said he would fly to Ouagadougou on", A("Macky Sall", "SEN", "GOV"), BFAGOV, ["04", "03"], "045",
  "2015-09", None, False, "mediation put as an intention ('would fly ... to try to mediate'): optional; Ouagadougou is "
  "a destination")
F("ay01", "The vote was meant to complete a", "standing situation")
F("ay01", "It was not clear where Kafando was", "speculation / unknown")

# ---------------------------------------------------------------- ay02 Mbabane, Africa (Eswatini)
S("ay02", "2021-07-01", "Africa", """
Eswatini imposes curfew, cuts internet as pro-democracy unrest spreads

MBABANE, Eswatini —

Soldiers fired tear gas and rubber bullets at crowds in the commercial hub of Manzini on Wednesday, a day after the government of Africa's last absolute monarchy imposed a dusk-to-dawn curfew and shut down internet access across the kingdom.

Acting Prime Minister Themba Masuku appealed for calm and denied reports that King Mswati III had fled the country, saying the monarch was at home and working with the government.

Protesters set fire to shops, trucks and businesses linked to the royal family and looted warehouses on Monday and Tuesday, witnesses said.

Mswati, who came to the throne in 1986, names the prime minister and the cabinet and has the final say over parliament.

The unrest grew out of marches in May over the death of a law student, Thabani Nkomonye, whose family blamed the police.

Last week the government banned the delivery of petitions to members of parliament, which young people had used to demand an elected prime minister.

The banned opposition party PUDEMO accused the security forces of killing dozens of unarmed protesters, a charge the government rejected.

It was not clear how many people had died.

The United States embassy urged the authorities to show restraint and to respect the right to protest.
""")
SWZGOV = A("Eswatini's government", "SWZ", "GOV")
SWZP = A("Eswatini protesters", "SWZ", ["CVL", "OPP"])
SWZMIL = A("Eswatini soldiers", "SWZ", "MIL")
SWZCVL = A("Eswatini citizens", "SWZ", "CVL")
E("ay02", "Eswatini imposes curfew, cuts internet as", SWZGOV, SWZCVL, ["17"], "1723", "2021-06-29", None, False,
  "headline")
E("ay02", "Soldiers fired tear gas and rubber bullets", SWZMIL, SWZP, REPR, "175", "2021-06-30",
  P("Manzini", "SWZ"), True, "force against protesters 175 (17/18); 'on Wednesday' before a Thursday paper; "
  "'the commercial hub of Manzini' names the place")
E("ay02", "imposed a dusk-to-dawn curfew and shut down", SWZGOV, SWZCVL, ["17"], "1723", "2021-06-29", None, True,
  "curfew 1723; 'a day after' Wednesday: Tuesday; 'the government of Africa's last absolute monarchy' is Eswatini's")
E("ay02", "shut down internet access across the kingdom", SWZGOV, SWZCVL, ["17"], "1721", "2021-06-29", None, True,
  "internet shutdown 1721 (as owned21 d04), its own verb: required")
E("ay02", "denied reports that King Mswati III had", A("Themba Masuku", "SWZ", "GOV"), None, DENY, "016", "2021-06",
  None, True, "denial 016 (01/12) of reports, no target; the appeal for calm has no addressee; no day: month")
E("ay02", "Protesters set fire to shops, trucks and", SWZP, A("Mswati III", "SWZ", ["GOV", "ELI"]), VPROT, "145",
  "2021-06", None, True, "violent protest 145 (14/18/17) against the monarchy; witnesses' account nobody disputes; "
  "'on Monday and Tuesday' is a span: month")
E("ay02", "The unrest grew out of marches in", SWZP, A("Eswatini police", "SWZ", "COP"), ["14"], "141", "2021-05", None,
  True, "dated background event noun 'marches in May': protest 141 against the police")
E("ay02", "whose family blamed the police", A("Nkomonye family", "SWZ", "CVL"), A("Eswatini police", "SWZ", "COP"),
  ["11"], "112", "2021", None, False, "undated accusation in a relative: optional")
E("ay02", "Last week the government banned the delivery", SWZGOV, SWZP, ["17"], "1721", "2021-06", None, True,
  "ban on petitions: restriction of political freedoms 1721; 'Last week' before July 1 falls in June: month")
E("ay02", "which young people had used to demand", SWZP, SWZGOV, DEMAND, "104", "2021", None, False,
  "demand for reform inside a relative, undated: optional")
E("ay02", "The banned opposition party PUDEMO accused the", A("PUDEMO", "SWZ", ["OPP", "PTY"]),
  A("Eswatini security forces", "SWZ", ["MIL", "COP"]), ["11"], "112", "2021-06", None, True,
  "accusation 112; month (no day; the killings it names are in late June)")
E("ay02", "a charge the government rejected", SWZGOV, A("PUDEMO", "SWZ", ["OPP", "PTY"]), DENY, "016", "2021-06",
  None, False, "denial as a reduced relative: optional")
E("ay02", "The United States embassy urged the authorities", A("United States embassy", "USA", "GOV"), SWZGOV,
  ["02", "10"], "025", "2021-06", None, False, "single outside reaction: optional; appeal for restraint 025")
F("ay02", "who came to the throne in 1986", "standing situation (constitutional powers)")
F("ay02", "It was not clear how many people", "speculation / unknown count")

# ---------------------------------------------------------------- ay03 Rafah, Middle East (Gaza / Egypt / Israel)
S("ay03", "2008-01-24", "Middle East", """
Gazans pour into Egypt after militants blow holes in Rafah border wall

RAFAH, Egypt —

Tens of thousands of Palestinians streamed across the border from the Gaza Strip into Egypt on Wednesday after Hamas fighters blew up long stretches of the metal wall that divides this town, breaking an Israeli blockade of the territory.

Israel sealed its crossings with the Hamas-run enclave last week, halting deliveries of fuel and most goods, in response to rocket fire on its southern towns.

Egyptian President Hosni Mubarak said he had told his border guards on Wednesday to let the Palestinians in to buy food and then go home, as long as they carried no weapons.

The crossing came a day after Egyptian riot police used water cannon and clubs to drive back hundreds of Palestinian women who had tried to force open the Rafah crossing gate.

About 1.5 million people live in the Gaza Strip, most of them dependent on food aid.

Israel's Foreign Ministry said on Thursday it expected Egypt to restore order on the border and to stop weapons and militants from entering Gaza.

Ismail Haniyeh, the Hamas leader in Gaza, called for talks with Egypt and with the Palestinian Authority of President Mahmoud Abbas on new arrangements for the crossing.

Hamas seized full control of Gaza in June after a week of fighting with forces loyal to Abbas, who then dismissed the Hamas-led government.

It was unclear how long Egypt would leave the border open.
""")
HAMAS = A("Hamas", "PSE", ["REB", "GOV"])
GAZA = A("Gaza Strip", "PSE", None)
PALS = A("Palestinians of Gaza", "PSE", "CVL")
EGYGOV = A("Egypt", "EGY", "GOV")
E("ay03", "militants blow holes in Rafah border wall", HAMAS, A("Egypt", "EGY", None), ["18", "19", "14"], "180",
  "2008-01-23", None, False, "headline")
E("ay03", "Hamas fighters blew up long stretches of", HAMAS, A("Egypt", "EGY", None), ["18", "19", "14"], "180",
  "2008-01-23", P("Rafah", "EGY"), False,
  "destroying a border barrier: coders split (18, 19 or none), so optional; 'this town' with the dateline = Rafah")
E("ay03", "Israel sealed its crossings with the Hamas-run", A("Israel", "ISR", "GOV"), GAZA, ["19", "17", "16"], "191",
  "2008-01", None, True, "closing the crossings is a blockade 191 (19/17/16); 'last week': month")
E("ay03", "in response to rocket fire on its", A("Gaza militants", "PSE", ["REB", "RAD"]), A("Israel", "ISR", None),
  ["19", "18"], "190", "2008-01", None, False, "undated event noun inside the reason: optional")
E("ay03", "had told his border guards on Wednesday", A("Hosni Mubarak", "EGY", "GOV"), PALS, ["08", "07"], "0863",
  "2008-01-23", None, True, "letting the Palestinians in to buy food: allowing relief 0863 as news-dev d04 (08/07); "
  "the told act is dated Wednesday")
E("ay03", "Egyptian riot police used water cannon and", A("Egyptian riot police", "EGY", "COP"),
  A("Palestinian women protesters", "PSE", "CVL"), REPR, "175", "2008-01-22", P("Rafah", "EGY"), True,
  "force against protesters 175 in a dated 'a day after' clause with its own agent: Tuesday; 'the Rafah crossing "
  "gate' names Rafah")
E("ay03", "who had tried to force open the", A("Palestinian women protesters", "PSE", "CVL"), EGYGOV, VPROT, "145",
  "2008-01-22", P("Rafah", "EGY"), False, "the attempt in the object's relative: optional")
E("ay03", "Israel's Foreign Ministry said on Thursday it", A("Israel's Foreign Ministry", "ISR", "GOV"), EGYGOV, DEMAND,
  "100", "2008-01-24", None, True, "'expected Egypt to restore order' is a demand (10/02); 'on Thursday' in a "
  "Thursday paper")
E("ay03", "called for talks with Egypt and with", A("Ismail Haniyeh", "PSE", ["REB", "GOV"]), EGYGOV, ["02", "03"],
  "026", "2008-01", None, True, "appeal to negotiate 026 (02/03); first member of the compound object; month")
E("ay03", "Palestinian Authority of President Mahmoud Abbas on", A("Ismail Haniyeh", "PSE", ["REB", "GOV"]),
  A("Palestinian Authority", "PSE", "GOV"), ["02", "03"], "026", "2008-01", None, False, "second member: optional")
E("ay03", "Hamas seized full control of Gaza in", HAMAS, A("Forces loyal to Abbas", "PSE", ["GOV", "MIL"]), COUP, "190",
  "2007-06", None, True, "dated background: the takeover by force 17/19; 'in June' before a January paper is 2007")
E("ay03", "who then dismissed the Hamas-led government", A("Mahmoud Abbas", "PSE", "GOV"), HAMAS, ["17", "16"], "172",
  "2007-06", None, False, "'then' inside a relative: optional (coders split on dismissals)")
F("ay03", "About 1.5 million people live in the", "count and standing situation")
F("ay03", "It was unclear how long Egypt would", "speculation")

# ---------------------------------------------------------------- ay04 Baghdad, Middle East (Iraq / Sweden)
S("ay04", "2023-07-20", "Middle East", """
Iraq expels Swedish ambassador after Sadr supporters set embassy ablaze

BAGHDAD, Iraq —

Iraq ordered Sweden's ambassador to leave the country on Thursday and recalled its own charge d'affaires from Stockholm, hours after hundreds of supporters of Shi'ite cleric Moqtada al-Sadr stormed the Swedish embassy in Baghdad and set it on fire.

The crowd was angered by a Swedish police decision to allow an Iraqi-born refugee, Salwan Momika, to burn a copy of the Koran outside Iraq's embassy in Stockholm. At the rally later on Thursday, Momika kicked the book but did not set it alight.

Riot police used water cannon and electric batons on Thursday morning to drive the crowd out of the compound, and several protesters were detained, Iraqi officials said.

Sweden's Foreign Ministry said all its staff were safe and condemned the attack, saying Iraq had failed in its duty to protect diplomatic missions. It summoned Iraq's envoy in Stockholm.

Prime Minister Mohammed Shia al-Sudani had warned Stockholm on Wednesday that any new burning of the Koran on Swedish soil would lead to a break in relations.

Sadr's followers had also forced their way into the embassy last month, a day after Momika burned pages of the Koran outside Stockholm's main mosque on June 28.

Swedish law treats such burnings as protected expression unless they threaten public order.

It was not clear whether the embassy staff would return to Baghdad.
""")
IRQGOV = A("Iraq's government", "IRQ", "GOV")
SWEGOV = A("Sweden's government", "SWE", "GOV")
SADRP = A("Sadr supporters", "IRQ", ["CVL", "PTY"])
SWEEMB = A("Swedish embassy in Baghdad", "SWE", None)
E("ay04", "Iraq expels Swedish ambassador after Sadr supporters", IRQGOV, SWEGOV, SANCT, "161", "2023-07-20", None,
  False, "headline")
E("ay04", "Iraq ordered Sweden's ambassador to leave the", IRQGOV, SWEGOV, SANCT, "161", "2023-07-20", None, True,
  "expelling an ambassador 161 (16/17, as owned35 ai04); 'on Thursday' in a Thursday paper")
E("ay04", "recalled its own charge d'affaires from Stockholm", IRQGOV, SWEGOV, SANCT, "161", "2023-07-20", None, True,
  "recalling one's own envoy 161 (news-dev), its own verb: required; Stockholm is where the envoy was")
E("ay04", "stormed the Swedish embassy in Baghdad and", SADRP, SWEEMB, VPROT, "145", "2023-07-20",
  P("Baghdad", "IRQ"), True, "embassy riot 145 (14/18/17) in an 'hours after' clause with its own agent; premises "
  "are the country with sector null; 'in Baghdad' names the place")
E("ay04", "At the rally later on Thursday, Momika", A("Salwan Momika", "IRQ", ["CVL", "REF"]), IRQGOV, ["14"], "141",
  "2023-07-20", P("Stockholm", "SWE"), False, "desecration as protest: coders split (14 or nothing): optional; "
  "'the rally' refers to the Stockholm protest")
E("ay04", "Riot police used water cannon and electric", A("Iraqi riot police", "IRQ", "COP"), SADRP, REPR, "175",
  "2023-07-20", None, True, "force against the crowd 175 (17/18); unnamed police are Iraq's; 'the compound' names no "
  "place")
E("ay04", "and several protesters were detained, Iraqi officials", A("Iraqi police", "IRQ", "COP"), SADRP, ["17"],
  "173", "2023-07-20", None, False, "agentless passive in the second clause: optional")
E("ay04", "said all its staff were safe and", A("Sweden's Foreign Ministry", "SWE", "GOV"), IRQGOV, ["11"], "111",
  "2023-07", None, True, "condemnation and the charge that Iraq failed in its duty: 111 (112 also right under 11); "
  "no day of its own: month")
E("ay04", "It summoned Iraq's envoy in Stockholm", A("Sweden's Foreign Ministry", "SWE", "GOV"), IRQGOV, ["11"], "114",
  "2023-07", None, True, "summoning an envoy to protest 114 (news-dev); 'It' refers back to the ministry; month")
E("ay04", "had warned Stockholm on Wednesday that any", A("Mohammed Shia al-Sudani", "IRQ", "GOV"), SWEGOV, ["13"],
  "1313", "2023-07-19", None, True, "threat to break relations 1313; 'Stockholm' is Sweden's government, not a place; "
  "dated background 'on Wednesday'")
E("ay04", "Sadr's followers had also forced their way", SADRP, SWEEMB, VPROT, "145", "2023-06", None, True,
  "dated background 'last month': the first embassy intrusion 145 (14/18/17); 'the embassy' names no city")
E("ay04", "Momika burned pages of the Koran outside", A("Salwan Momika", "IRQ", ["CVL", "REF"]), None, ["14"], "141",
  "2023-06-28", P("Stockholm", "SWE"), False, "desecration as protest: coders split, so optional although dated")
F("ay04", "Swedish law treats such burnings as protected", "normative / standing")
F("ay04", "It was not clear whether the embassy", "speculation")

# ---------------------------------------------------------------- ay05 Bishkek, Asia (Kyrgyzstan)
S("ay05", "2019-08-08", "Asia", """
Kyrgyz ex-president Atambayev held after deadly standoff at his compound

BISHKEK, Kyrgyzstan —

Security forces detained former Kyrgyz President Almazbek Atambayev on Thursday after he gave himself up, a day after his armed supporters fought off a special forces raid on his walled compound outside Bishkek.

The State Committee for National Security said its officers had moved in on Wednesday evening to arrest Atambayev on charges linked to the early release of a jailed crime boss, but met gunfire from men inside the compound in the village of Koi-Tash. One officer was killed and six were taken hostage before being freed overnight.

President Sooronbay Jeenbekov cut short his holiday and told an emergency meeting of the Security Council on Thursday that his predecessor had grossly violated the constitution and used his supporters as human shields.

In a video recorded before his arrest, Atambayev said he had fired at the attackers himself and accused Jeenbekov of ordering his killing.

Parliament stripped Atambayev of his immunity as a former head of state in June, opening the way for his prosecution. He had ignored three summonses for questioning since then.

Atambayev, who met Russian President Vladimir Putin in Moscow last month, once picked Jeenbekov as his successor; the two men have since fallen out bitterly.

Kyrgyzstan, a former Soviet republic of six million people, hosts a Russian air base.

It was not clear what charges Atambayev would face.
""")
ATAM = A("Almazbek Atambayev", "KGZ", ["ELI", "OPP", "PTY"])
ATSUP = A("Atambayev supporters", "KGZ", ["CVL", "OPP"])
KGZSF = A("Kyrgyz security forces", "KGZ", ["COP", "SPY"])
JEEN = A("Sooronbay Jeenbekov", "KGZ", "GOV")
E("ay05", "Kyrgyz ex-president Atambayev held after deadly standoff", KGZSF, ATAM, ["17"], "173", "2019-08-08", None,
  False, "headline")
E("ay05", "Security forces detained former Kyrgyz President Almazbek", KGZSF, ATAM, ["17"], "173", "2019-08-08", None,
  True, "arrest 173; 'on Thursday' in a Thursday paper; unnamed security forces are Kyrgyzstan's")
E("ay05", "his armed supporters fought off a special", ATSUP, KGZSF, CLASH, "190", "2019-08-07", None, True,
  "armed resistance to the raid 190 (19/18/14) in a 'a day after' clause with its own agent; 'outside Bishkek' is "
  "where the compound is, not a named place of the act")
E("ay05", "but met gunfire from men inside the", ATSUP, KGZSF, CLASH, "190", "2019-08-07", P("Koi-Tash", "KGZ"), False,
  "restatement inside the committee's account: optional; 'in the village of Koi-Tash' names the place")
E("ay05", "had moved in on Wednesday evening to", KGZSF, ATAM, ["17"], "173", "2019-08-07", None, False,
  "the attempted arrest, restated: optional")
E("ay05", "One officer was killed and six were", ATSUP, KGZSF, ["18", "19"], "181", "2019-08-07", None, False,
  "agentless passives (killing, hostage-taking): optional")
E("ay05", "told an emergency meeting of the Security", JEEN, ATAM, ["11"], "112", "2019-08-08", None, True,
  "accusation 112; 'his predecessor' = Atambayev; 'on Thursday'")
E("ay05", "accused Jeenbekov of ordering his killing", ATAM, JEEN, ["11"], "112", "2019-08", None, True,
  "accusation 112; 'before his arrest' gives no day: month")
E("ay05", "Atambayev said he had fired at the", ATAM, KGZSF, CLASH, "190", "2019-08", None, False,
  "his own account of the shooting, restated: optional")
E("ay05", "Parliament stripped Atambayev of his immunity as", A("Kyrgyz parliament", "KGZ", ["LEG", "GOV"]), ATAM,
  ["17", "11"], "172", "2019-06", None, True,
  "lifting immunity: administrative sanction 172 (17/11, as a parliament's removal in owned35); dated 'in June'")
E("ay05", "He had ignored three summonses for questioning", ATAM, KGZSF, ["12"], "120", "2019", None, False,
  "defiance with no date of its own: optional")
E("ay05", "who met Russian President Vladimir Putin in", ATAM, A("Vladimir Putin", "RUS", "GOV"), ["04"], "042",
  "2019-07", P("Moscow", "RUS"), True, "visit 042 in a relative with its own agent and date ('last month'); 'in "
  "Moscow' names the place")
E("ay05", "once picked Jeenbekov as his successor; the", ATAM, JEEN, ["05"], "051", None, None, False,
  "undated endorsement ('once'): optional, date null")
F("ay05", "Kyrgyzstan, a former Soviet republic of six", "count and standing situation")
F("ay05", "It was not clear what charges Atambayev", "speculation")

# ---------------------------------------------------------------- ay06 Beijing, Asia (China / Canada)
S("ay06", "2018-12-13", "Asia", """
China confirms it holds two Canadians as row over Huawei executive deepens

BEIJING, China —

China said on Thursday it had detained two Canadian men, former diplomat Michael Kovrig and businessman Michael Spavor, on suspicion of endangering national security, days after Canada's arrest of a senior executive of the telecoms giant Huawei.

Foreign Ministry spokesman Lu Kang said the cases were being handled in accordance with the law but would not say whether they were linked to the executive's case.

Meng Wanzhou, Huawei's chief financial officer and the daughter of its founder, was arrested by Canadian police in Vancouver on Dec. 1 at the request of the United States, which accuses her of helping the company evade sanctions on Iran.

A Canadian court freed her on bail of 10 million Canadian dollars on Tuesday.

Beijing summoned Canada's ambassador, John McCallum, on Saturday and warned of grave consequences unless Meng was released, and a day later summoned U.S. Ambassador Terry Branstad to lodge a similar protest.

Canadian Foreign Minister Chrystia Freeland said Ottawa had raised the cases with Chinese officials and was pressing for consular access to both men.

Kovrig, who works for the International Crisis Group, was taken away in Beijing on Monday night, the group said.

Huawei, the world's largest maker of telecoms equipment, employs about 180,000 people.
""")
CHNGOV = A("China's government", "CHN", "GOV")
CANGOV = A("Canada's government", "CAN", "GOV")
KOV = A("Michael Kovrig", "CAN", ["NGO", "CVL"])
SPAV = A("Michael Spavor", "CAN", ["BUS", "CVL"])
MENG = A("Meng Wanzhou", "CHN", "BUS")
E("ay06", "China confirms it holds two Canadians as", CHNGOV, KOV, ["17"], "173", "2018-12", None, False, "headline")
E("ay06", "it had detained two Canadian men, former", CHNGOV, KOV, ["17"], "173", "2018-12", None, True,
  "detention 173; first member of the compound object; 'had detained' with no day: month (the day comes later, "
  "optional there)")
E("ay06", "businessman Michael Spavor, on suspicion of endangering", CHNGOV, SPAV, ["17"], "173", "2018-12", None,
  False, "second member: optional")
E("ay06", "days after Canada's arrest of a senior", CANGOV, MENG, ["17"], "173", "2018-12", None, False,
  "lead summary of the arrest detailed later: optional")
E("ay06", "was arrested by Canadian police in Vancouver", A("Canadian police", "CAN", "COP"), MENG, ["17"], "173",
  "2018-12-01", P("Vancouver", "CAN"), True, "passive with agent, dated 'on Dec. 1'; 'in Vancouver' names the place")
E("ay06", "which accuses her of helping the company", A("United States", "USA", "GOV"), MENG, ["11"], "112", "2018-12",
  None, False, "standing charge in a present-tense relative: optional")
E("ay06", "A Canadian court freed her on bail", A("Canadian court", "CAN", "JUD"), MENG, ["08"], "0841", "2018-12-11",
  None, True, "release 0841; 'on Tuesday' before a Thursday paper")
E("ay06", "Beijing summoned Canada's ambassador, John McCallum, on", CHNGOV, A("John McCallum", "CAN", "GOV"), ["11"],
  "114", "2018-12-08", None, True, "summoning an envoy to protest 114 (news-dev); 'Beijing' is the government; 'on "
  "Saturday' before a Thursday paper")
E("ay06", "warned of grave consequences unless Meng was", CHNGOV, CANGOV, ["13"], "130", "2018-12-08", None, True,
  "threat 130, its own verb in the same sentence: required (as owned35 ai07)")
E("ay06", "a day later summoned U.S. Ambassador Terry", CHNGOV, A("Terry Branstad", "USA", "GOV"), ["11"], "114",
  "2018-12-09", None, True, "second summons, 'a day later': Sunday")
E("ay06", "Ottawa had raised the cases with Chinese", A("Chrystia Freeland", "CAN", "GOV"), CHNGOV, DEMAND, "101",
  "2018-12", None, True, "pressing for consular access: a demand 10 (10/02); month")
E("ay06", "was taken away in Beijing on Monday", CHNGOV, KOV, ["17"], "173", "2018-12-10", P("Beijing", "CHN"), False,
  "agentless passive restating the detention: optional; 'on Monday night' before a Thursday paper")
F("ay06", "but would not say whether they were", "refusal to comment on a link: no act")
F("ay06", "Huawei, the world's largest maker of telecoms", "count and standing situation")

# ---------------------------------------------------------------- ay07 Moscow, Europe/Eurasia (Russia)
S("ay07", "2015-02-28", "Europe/Eurasia", """
Kremlin critic Nemtsov shot dead near Red Square; Putin calls killing a provocation

MOSCOW, Russia —

Boris Nemtsov, a former deputy prime minister and one of President Vladimir Putin's fiercest critics, was shot dead by an unidentified gunman late on Friday on a bridge in central Moscow, within sight of the Kremlin.

The attacker fired at least four shots from a passing car as Nemtsov walked home with a Ukrainian companion, investigators said. His companion was not hurt.

Putin condemned the killing, calling it a provocation, and took personal charge of the investigation, his spokesman Dmitry Peskov said.

The Investigative Committee said it was looking at several motives, including a plot to destabilise the country and the conflict in Ukraine.

Western leaders, among them U.S. President Barack Obama and German Chancellor Angela Merkel, urged the Russian authorities to carry out a swift and transparent investigation.

Opposition politician Mikhail Kasyanov, a close ally, accused the authorities of stoking an atmosphere of hatred toward Kremlin critics.

Nemtsov, 55, had been preparing a report on the role of Russian soldiers in eastern Ukraine and was due to lead an opposition march on Sunday.

He helped organise the mass rallies in Moscow in December 2011 against alleged fraud in parliamentary elections, the largest protests of Putin's years in power.

Investigators searched Nemtsov's apartment early on Saturday and took away papers and computer hard drives.
""")
NEMT = A("Boris Nemtsov", "RUS", ["OPP", "PTY"])
PUTIN = A("Vladimir Putin", "RUS", "GOV")
RUSGOV = A("Russia's government", "RUS", "GOV")
GUN = A("unidentified gunman", None, None)
E("ay07", "Kremlin critic Nemtsov shot dead near Red", GUN, NEMT, ATTACK, "186", "2015-02-27", None, False, "headline")
E("ay07", "was shot dead by an unidentified gunman", GUN, NEMT, ATTACK, "186", "2015-02-27", P("Moscow", "RUS"), True,
  "killing by an unnamed gunman 186 (18/19/20), null/null as news-dev; passive with agent; 'late on Friday' before a "
  "Saturday paper; 'in central Moscow' names the place (the Kremlin here is a landmark, not an actor)")
E("ay07", "The attacker fired at least four shots", GUN, NEMT, ATTACK, "186", "2015-02-27", None, False,
  "restatement: optional")
E("ay07", "Putin condemned the killing, calling it a", PUTIN, GUN, ["11"], "111", "2015-02", None, True,
  "condemnation 111 of the unknown killers (null/null); month (the spokesman's report gives no day)")
E("ay07", "U.S. President Barack Obama and German Chancellor", A("Barack Obama", "USA", "GOV"), RUSGOV, DEMAND, "101",
  "2015-02", None, True, "demand for an investigation 101 (10/02); first member of the compound subject; month")
E("ay07", "urged the Russian authorities to carry out", A("Angela Merkel", "DEU", "GOV"), RUSGOV, DEMAND, "101",
  "2015-02", None, False, "second member (Merkel): optional")
E("ay07", "accused the authorities of stoking an atmosphere", A("Mikhail Kasyanov", "RUS", ["OPP", "PTY"]), RUSGOV,
  ["11"], "112", "2015-02", None, True, "accusation 112; 'the authorities' are Russia's; month")
E("ay07", "He helped organise the mass rallies in", NEMT, RUSGOV, ["14"], "141", "2011-12", P("Moscow", "RUS"), True,
  "dated background 'in December 2011': protest 141; 'He' = Nemtsov; 'in Moscow' names the place")
E("ay07", "Investigators searched Nemtsov's apartment early on Saturday", A("Russian investigators", "RUS",
  ["JUD", "COP"]), NEMT, ["17"], "1711", "2015-02-28", None, False,
  "seizing papers in a search 1711: coders split on searches, optional")
F("ay07", "The Investigative Committee said it was looking", "speculation about motives")
F("ay07", "His companion was not hurt", "negated: nothing happened")

# ---------------------------------------------------------------- ay08 Karlsruhe, Europe/Eurasia (Germany)
S("ay08", "2022-12-07", "Europe/Eurasia", """
German police arrest 25 over far-right plot to storm parliament and install a prince

KARLSRUHE, Germany —

German police detained 25 people in raids across the country on Wednesday, accused of plotting to storm the federal parliament and overthrow the government, federal prosecutors said.

Some 3,000 officers took part in the searches of about 130 homes and offices, the largest operation of its kind in the country's post-war history.

Prosecutors accused Heinrich XIII, a 71-year-old descendant of a princely family, of leading the group and of seeking contacts with Russia to negotiate a new order once the government had fallen.

The Russian embassy in Berlin denied any links to the group, saying diplomatic missions did not maintain contacts with terrorist groups or other illegal organisations.

Interior Minister Nancy Faeser said the suspects were driven by violent fantasies of overthrow and conspiracy myths, and promised that the state would respond with the full force of the law.

The group belongs to the Reichsbuerger movement, whose followers reject the legitimacy of the post-war German state and number about 21,000, according to the domestic intelligence agency.

In April, police arrested four people suspected of planning to kidnap Health Minister Karl Lauterbach.

In August 2020, Reichsbuerger supporters were among hundreds of protesters who broke through police lines and tried to storm the Reichstag building in Berlin during a rally against coronavirus restrictions.

It was not clear how far the group's plans had advanced.
""")
DEUCOP = A("German police", "DEU", "COP")
PLOT = A("Reichsbuerger suspects", "DEU", ["RAD", "CVL"])
DEUPROS = A("German federal prosecutors", "DEU", ["JUD", "GOV"])
E("ay08", "German police arrest 25 over far-right plot", DEUCOP, PLOT, ["17"], "173", "2022-12-07", None, False,
  "headline")
E("ay08", "German police detained 25 people in raids", DEUCOP, PLOT, ["17"], "173", "2022-12-07", None, True,
  "arrests 173; 'on Wednesday' in a Wednesday paper; 'across the country' names no place")
E("ay08", "accused of plotting to storm the federal", DEUPROS, PLOT, ["11"], "112", "2022-12-07", None, False,
  "the charge as a participle: optional")
E("ay08", "Some 3,000 officers took part in the", DEUCOP, PLOT, ["17"], "1711", "2022-12-07", None, False,
  "searches restated with a count: optional")
E("ay08", "Prosecutors accused Heinrich XIII, a 71-year-old descendant", DEUPROS, A("Heinrich XIII", "DEU",
  ["RAD", "ELI"]), ["11"], "112", "2022-12", None, True, "accusation 112; no day of its own: month")
E("ay08", "The Russian embassy in Berlin denied any", A("Russian embassy in Berlin", "RUS", "GOV"), DEUPROS, DENY,
  "016", "2022-12", None, True, "denial 016 (01/12) answering the prosecutors; 'in Berlin' is the embassy's name, "
  "not a place of the act")
E("ay08", "Interior Minister Nancy Faeser said the suspects", A("Nancy Faeser", "DEU", "GOV"), PLOT, ["11"], "112",
  "2022-12", None, True, "accusation 112 in the first clause; month")
E("ay08", "promised that the state would respond with", A("Nancy Faeser", "DEU", "GOV"), PLOT, ["13"], "130",
  "2022-12", None, False, "warning put as a promise of prosecution: optional")
E("ay08", "In April, police arrested four people suspected", DEUCOP, A("Lauterbach kidnap suspects", "DEU",
  ["RAD", "CVL"]), ["17"], "173", "2022-04", None, True, "dated background arrest 173; unnamed police are Germany's")
E("ay08", "who broke through police lines and tried", A("Reichstag protesters", "DEU", ["CVL", "RAD"]),
  A("Reichstag building", "DEU", None), VPROT, "145", "2020-08", P("Berlin", "DEU"), True,
  "dated background 'In August 2020' for a relative with its own agent: violent protest 145 (14/18/17); premises are "
  "the country with sector null; 'in Berlin' names the place")
F("ay08", "The group belongs to the Reichsbuerger movement", "count and standing situation")
F("ay08", "It was not clear how far the", "speculation")

# ---------------------------------------------------------------- ay09 Guatemala City, Americas (Guatemala)
S("ay09", "2019-01-08", "Americas", """
Guatemala's Morales tears up U.N. anti-graft pact, gives investigators a day to leave

GUATEMALA CITY, Guatemala —

President Jimmy Morales said on Monday that Guatemala was pulling out of its agreement with the United Nations on the anti-corruption commission known as CICIG, and gave the commission's foreign staff 24 hours to leave the country.

Foreign Minister Sandra Jovel handed a letter to U.N. Secretary-General Antonio Guterres in New York accusing the commission of overstepping its mandate and breaking Guatemalan law.

Guterres strongly rejected the decision and expected Guatemala to honour its legal obligations, his spokesman said.

The move came two days after immigration agents held a Colombian investigator of the commission, Yilen Osorio, at the capital's airport and refused him entry, until the Constitutional Court ordered that he be let in.

Morales, whose brother and son were charged in a fraud case brought by the commission, announced in August that he would not renew its mandate and later barred its Colombian head, Ivan Velasquez, from returning to the country.

The commission's mandate had been due to expire in September.

Hundreds of people protested outside the National Palace in Guatemala City on Monday evening, demanding Morales's resignation.

It was not clear whether the investigators would comply with the order to leave.
""")
MOR = A("Jimmy Morales", "GTM", "GOV")
CICIG = A("CICIG", "UNO", "IGO")
GTMGOV = A("Guatemala's government", "GTM", "GOV")
E("ay09", "gives investigators a day to leave", MOR, CICIG, ["16", "17"], "166", "2019-01-07", None, False, "headline")
E("ay09", "gave the commission's foreign staff 24 hours", MOR, CICIG, ["16", "17"], "166", "2019-01-07", None, True,
  "expelling a U.N. commission's staff 166 (withdraw observers; 16/17, 174 also right); 'on Monday' before a Tuesday "
  "paper")
E("ay09", "Guatemala was pulling out of its agreement", MOR, A("United Nations", "UNO", "IGO"), ["16", "12"], "160",
  "2019-01-07", None, False, "ending the agreement: coders split (16 or 12): optional; the expulsion is the required "
  "line")
E("ay09", "Foreign Minister Sandra Jovel handed a letter", A("Sandra Jovel", "GTM", "GOV"), CICIG, ["11"], "112",
  "2019-01", P("New York", "USA"), True, "accusation 112 against the commission; 'in New York' names the place; "
  "no day: month")
E("ay09", "Guterres strongly rejected the decision and expected", A("Antonio Guterres", "UNO", "IGO"), GTMGOV, ["12"],
  "120", "2019-01", None, True, "rejection 120; the 'expected ... to honour' demand in the same sentence is optional")
E("ay09", "expected Guatemala to honour its legal obligations", A("Antonio Guterres", "UNO", "IGO"), GTMGOV, DEMAND,
  "100", "2019-01", None, False, "second verb of the reported sentence: optional")
E("ay09", "immigration agents held a Colombian investigator of", A("Guatemalan immigration agents", "GTM",
  ["GOV", "COP"]), A("Yilen Osorio", "COL", ["IGO", "CVL"]), ["17"], "173", "2019-01-05", P("Guatemala City", "GTM"),
  True, "detention 173 in a 'two days after' clause with its own agent (Saturday); 'the capital's airport' with the "
  "dateline = Guatemala City")
E("ay09", "until the Constitutional Court ordered that he", A("Guatemala's Constitutional Court", "GTM", "JUD"), GTMGOV,
  ["10", "17"], "100", "2019-01", None, False, "a court order in an 'until' clause: optional")
E("ay09", "later barred its Colombian head, Ivan Velasquez", MOR, A("Ivan Velasquez", "COL", ["IGO", "JUD"]), EXPEL,
  "174", "2018", None, True, "barring return is an expulsion-like act 174 (17/16); 'later' after August with no "
  "date: the year")
E("ay09", "announced in August that he would not", MOR, CICIG, ["12"], "120", "2018-08", None, False,
  "refusal put as an intention ('would not renew'): optional although dated")
E("ay09", "Hundreds of people protested outside the National", A("Guatemalan protesters", "GTM", "CVL"), MOR, ["14"],
  "141", "2019-01-07", P("Guatemala City", "GTM"), True, "protest 141; 'on Monday evening'; 'in Guatemala City' names "
  "the place")
E("ay09", "Monday evening, demanding Morales's resignation", A("Guatemalan protesters", "GTM", "CVL"), MOR, DEMAND, "1041",
  "2019-01-07", P("Guatemala City", "GTM"), False, "demand for resignation as a participle: optional")
F("ay09", "The commission's mandate had been due to", "standing situation")
F("ay09", "It was not clear whether the investigators", "speculation")

# ---------------------------------------------------------------- ay10 Washington, Americas (United States / Russia)
S("ay10", "2016-12-30", "Americas", """
Putin holds off on retaliation after Obama expels 35 Russians over election hacking

WASHINGTON, United States —

Russian President Vladimir Putin said on Friday he would not expel any American diplomats, a day after President Barack Obama ordered 35 Russian officials out of the United States and imposed sanctions on Russia's two main intelligence agencies over what Washington called a campaign of hacking during the presidential election.

The State Department gave the Russians, whom it described as intelligence operatives, 72 hours to leave, and shut two Russian-owned compounds in Maryland and New York that it said were used for spying.

In October, the Department of Homeland Security and the Office of the Director of National Intelligence formally accused Moscow of directing the theft and release of Democratic Party emails.

Putin rejected a proposal by Foreign Minister Sergei Lavrov to expel 35 U.S. diplomats in return, saying Russia would not stoop to irresponsible kitchen diplomacy.

President-elect Donald Trump praised Putin's restraint on Twitter, calling him very smart.

On Thursday evening, Russia's embassy in London mocked Obama on Twitter with a picture of a duckling and the words "lame duck".

Trump takes office on Jan. 20 and could reverse the measures.

The United States and Russia each keep several hundred diplomats in the other's capital.
""")
OBAMA = A("Barack Obama", "USA", "GOV")
RUSG = A("Russia's government", "RUS", "GOV")
USAGOV = A("United States government", "USA", "GOV")
E("ay10", "after Obama expels 35 Russians over election", OBAMA, RUSG, EXPEL, "174", "2016-12-29", None, False,
  "headline")
E("ay10", "said on Friday he would not expel", PUTIN, USAGOV, ["08", "12"], "087", "2016-12-30", None, False,
  "declining to retaliate, put as an intention: optional (coders split between a de-escalation and a refusal)")
E("ay10", "ordered 35 Russian officials out of the", OBAMA, RUSG, EXPEL, "174", "2016-12-29", None, True,
  "expelling diplomats 174 (17/16, 161 also right) in a 'a day after' clause with its own agent: Thursday")
E("ay10", "imposed sanctions on Russia's two main intelligence", OBAMA, A("Russian intelligence agencies", "RUS",
  ["SPY", "MIL"]), SANCT, "163", "2016-12-29", None, True, "sanctions 163 (16/17), its own verb: required")
E("ay10", "The State Department gave the Russians, whom", A("State Department", "USA", "GOV"), RUSG, EXPEL, "174",
  "2016-12", None, False, "restatement of the expulsion: optional")
E("ay10", "shut two Russian-owned compounds in Maryland and", A("State Department", "USA", "GOV"), A("Russia", "RUS",
  None), ["17", "16"], "1711", "2016-12", P("Maryland", "USA"), True,
  "closing and seizing property 1711 (17/16); premises are the country with sector null; the clause names Maryland "
  "first; no day of its own: month")
E("ay10", "In October, the Department of Homeland Security", A("Department of Homeland Security", "USA", "GOV"), RUSG,
  ["11"], "112", "2016-10", None, True, "dated background accusation 112; 'Moscow' is the government; first member of "
  "the compound subject")
E("ay10", "Office of the Director of National Intelligence", A("Director of National Intelligence", "USA",
  ["GOV", "SPY"]), RUSG, ["11"], "112", "2016-10", None, False, "second member: optional")
E("ay10", "Putin rejected a proposal by Foreign Minister", PUTIN, A("Sergei Lavrov", "RUS", "GOV"), ["12"], "120",
  "2016-12", None, True, "rejecting a proposal 120; no day of its own: month")
E("ay10", "President-elect Donald Trump praised Putin's restraint", A("Donald Trump", "USA", ["GOV", "ELI"]), PUTIN,
  ["05"], "051", "2016-12", None, True, "praise 051; month")
E("ay10", "embassy in London mocked Obama on Twitter", A("Russian embassy in London", "RUS", "GOV"), OBAMA, ["11"], "111",
  "2016-12-29", None, False, "insult 111; optional: a side remark; 'On Thursday evening' before a Friday paper; "
  "London is the embassy's, not a place of the act")
F("ay10", "Trump takes office on Jan. 20 and", "future and hypothetical")
F("ay10", "The United States and Russia each keep", "count and standing situation")

# ---------------------------------------------------------------- ay11 New Delhi, South Asia (India / Italy)
S("ay11", "2013-03-18", "South Asia", """
India's top court says Italian envoy lost immunity, extends travel ban in marines row

NEW DELHI, India —

India's Supreme Court on Monday extended an order barring Italy's ambassador from leaving the country, saying he had given up his diplomatic immunity when he personally guaranteed the return of two Italian marines accused of killing Indian fishermen.

Italy refused last week to send the marines, Salvatore Girone and Massimiliano Latorre, back to India after they were allowed home to vote in the February election, arguing that the case belonged before Italian courts.

Prime Minister Manmohan Singh told parliament that Rome's decision was unacceptable and warned of consequences if Italy did not keep its word.

Italian Foreign Minister Giulio Terzi said the order against the ambassador, Daniele Mancini, violated international law.

Under the Vienna Convention, diplomats are immune from arrest and prosecution in the countries where they serve.

The marines, who were guarding an Italian oil tanker, the Enrica Lexie, shot dead two fishermen off the coast of Kerala in February last year, saying they had mistaken them for pirates. Police in Kerala arrested the two men days later.

Chief Justice Altamas Kabir said the court had lost all trust in the ambassador, and adjourned the case until April 2.

It was unclear whether the court could enforce its order if Mancini tried to leave.
""")
INDSC = A("India's Supreme Court", "IND", "JUD")
MANC = A("Daniele Mancini", "ITA", "GOV")
ITAGOV = A("Italy's government", "ITA", "GOV")
INDGOV = A("India's government", "IND", "GOV")
MAR = A("Italian marines", "ITA", "MIL")
E("ay11", "extends travel ban in marines row", INDSC, MANC, ["17", "19", "16"], "172", "2013-03-18", None, False,
  "headline")
E("ay11", "Supreme Court on Monday extended an order", INDSC, MANC, ["17", "19", "16"], "172", "2013-03-18", None,
  True, "barring an envoy from leaving: administrative restriction 172 (17/19/16: 191 restrict movement, 161 also "
  "right); 'on Monday' in a Monday paper")
E("ay11", "Italy refused last week to send the", ITAGOV, INDGOV, ["12"], "120", "2013-03", None, True,
  "stated refusal 120 (not put as an intention); 'last week': month")
E("ay11", "after they were allowed home to vote", INDSC, MAR, ["08"], "0841", "2013", None, False,
  "agentless passive in an 'after' clause with no agent: optional")
E("ay11", "told parliament that Rome's decision was unacceptable", A("Manmohan Singh", "IND", "GOV"), ITAGOV, ["11"],
  "111", "2013-03", None, True, "criticism 111; 'Rome' is the government; no day: month")
E("ay11", "warned of consequences if Italy did not", A("Manmohan Singh", "IND", "GOV"), ITAGOV, ["13"], "130", "2013-03",
  None, True, "threat 130 in the same sentence: required (as owned35 ai07)")
E("ay11", "Italian Foreign Minister Giulio Terzi said the", A("Giulio Terzi", "ITA", "GOV"), INDSC, ["11"], "112",
  "2013-03", None, True, "accusation that the order violates the law 112; month")
E("ay11", "shot dead two fishermen off the coast", MAR, A("Indian fishermen", "IND", "CVL"), ["19", "18"], "190",
  "2012-02", P("Kerala", "IND"), True, "lethal fire by marines 190 (19/18) in the relative-led subject's main clause; "
  "'in February last year'; 'off the coast of Kerala' names the place; 'The marines' refers back (both men; one line)")
E("ay11", "Police in Kerala arrested the two men", A("Kerala police", "IND", "COP"), MAR, ["17"], "173", "2012-02",
  P("Kerala", "IND"), True, "arrest 173; 'days later' after February last year: month; 'in Kerala' names the place")
E("ay11", "said the court had lost all trust", A("Altamas Kabir", "IND", "JUD"), MANC, ["11"], "111", "2013-03-18", None,
  False, "a judge's remark from the bench, restating the order: optional")
F("ay11", "Under the Vienna Convention, diplomats are immune", "normative statement")
F("ay11", "It was unclear whether the court could", "speculation")

# ---------------------------------------------------------------- ay12 Canberra, Pacific (Australia / Israel)
S("ay12", "2010-05-24", "Pacific", """
Australia expels Israeli diplomat over passports forged for Dubai killing

CANBERRA, Australia —

Australia on Monday ordered an Israeli diplomat to leave the country within a week after concluding that Israel was behind the forging of four Australian passports used by the killers of a Hamas commander in Dubai in January.

Foreign Minister Stephen Smith told parliament that an investigation by federal police had left the government in no doubt that Israel was responsible, and that this was not the behaviour Australia expected of a friend.

Smith did not name the diplomat, who is believed to represent the Mossad intelligence agency in Canberra. Australia issues more than a million passports a year.

Mahmoud al-Mabhouh, a founder of the armed wing of Hamas, was killed in a Dubai hotel room on Jan. 19 by a team of assassins carrying forged European and Australian passports. Dubai's police chief, Dahi Khalfan Tamim, has said he is almost certain the Mossad was responsible.

Israel's Foreign Ministry said it regretted the decision, which did not reflect the importance of relations between the two countries. Israel has declined to confirm or deny any role in the killing.

Britain expelled an Israeli diplomat in March after reaching the same conclusion about 12 British passports used in the operation.

Opposition foreign affairs spokeswoman Julie Bishop criticised the expulsion as an overreaction.
""")
AUSGOV = A("Australia's government", "AUS", "GOV")
ISRGOV = A("Israel's government", "ISR", "GOV")
ISRDIP = A("Israeli diplomat", "ISR", "GOV")
E("ay12", "Australia expels Israeli diplomat over passports forged", AUSGOV, ISRDIP, EXPEL, "174", "2010-05-24", None,
  False, "headline")
E("ay12", "Australia on Monday ordered an Israeli diplomat", AUSGOV, ISRDIP, EXPEL, "174", "2010-05-24", None, True,
  "expelling a diplomat 174 (17/16, 161 also right); 'on Monday' in a Monday paper")
E("ay12", "used by the killers of a Hamas", GUN, A("Mahmoud al-Mabhouh", "PSE", ["REB", "GOV"]), ATTACK, "186",
  "2010-01", P("Dubai", "ARE"), False, "lead mention of the killing detailed later: optional")
E("ay12", "Foreign Minister Stephen Smith told parliament that", A("Stephen Smith", "AUS", "GOV"), ISRGOV, ["11"],
  "112", "2010-05", None, True, "accusation 112; no day of its own: month")
E("ay12", "was killed in a Dubai hotel room", A("assassins", None, None), A("Mahmoud al-Mabhouh", "PSE",
  ["REB", "GOV"]), ATTACK, "186", "2010-01-19", P("Dubai", "ARE"), True,
  "killing by unnamed assassins 186, null/null as news-dev; passive with agent; dated 'on Jan. 19'; 'in a Dubai "
  "hotel room' names the place")
E("ay12", "has said he is almost certain the", A("Dahi Khalfan Tamim", "ARE", "COP"), A("Mossad", "ISR",
  ["SPY", "GOV"]), ["11"], "112", "2010", None, True, "accusation 112; present perfect with no date: the year")
E("ay12", "Israel's Foreign Ministry said it regretted the", A("Israel's Foreign Ministry", "ISR", "GOV"), AUSGOV, ["11"],
  "111", "2010-05", None, True, "regret at another's decision is disapproval 111, not an apology; month")
E("ay12", "Israel has declined to confirm or deny", ISRGOV, None, ["01"], "011", "2010", None, False,
  "declining comment 011 (no PLOVER type): optional")
E("ay12", "Britain expelled an Israeli diplomat in March", A("Britain", "GBR", "GOV"), ISRDIP, EXPEL, "174", "2010-03",
  None, True, "dated background expulsion 174 (17/16); 'in March'")
E("ay12", "Julie Bishop criticised the expulsion as an", A("Julie Bishop", "AUS", ["OPP", "PTY", "LEG"]), AUSGOV,
  ["11"], "111", "2010-05", None, True, "criticism 111 of the government's decision; month")
F("ay12", "Smith did not name the diplomat, who", "negated act and belief")
F("ay12", "Australia issues more than a million passports", "count")

if __name__ == "__main__":
    write(HERE)
