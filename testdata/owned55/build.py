#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned55 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned55/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
KILL = ["18", "19", "17"]  # a killing by state forces: assassination, armed force or repression, coders split
UNK = A("unidentified attackers", None, None)

# ---------------------------------------------------------------- bd01 Monrovia, Africa (Liberia)
S("bd01", "1980-04-13", "Africa", """
Liberian soldiers kill Tolbert and seize power; Sergeant Doe heads new council

MONROVIA, Liberia —

Soldiers led by a 28-year-old master sergeant, Samuel Doe, overthrew the government of President William Tolbert before dawn on Saturday and killed him in the Executive Mansion, the new rulers said in a radio broadcast.

Doe, who named himself chairman of a People's Redemption Council of enlisted men, suspended the constitution and banned all political parties. The council also imposed a dusk-to-dawn curfew on the capital.

Troops rounded up dozens of ministers and officials of the ruling True Whig Party during the day. Doe accused them of rampant corruption and said they would face military tribunals.

Crowds of young men poured into the streets to cheer the soldiers, and some looted shops near the port.

Tolbert's government had been badly shaken in April 1979, when police fired on crowds in Monrovia protesting against a proposed rise in the price of rice, killing dozens. In March, the president had opposition leader Gabriel Baccus Matthews arrested on treason charges; the council said on Saturday that Matthews had been freed.

The State Department in Washington, Liberia's closest foreign partner, deplored the killing and urged the new leaders to spare the lives of the detained officials.

Liberia, founded by freed American slaves in 1847, had been ruled by descendants of the settlers for more than a century. It was not clear how many people died in the fighting at the mansion.
""")
LBRMIL = A("Liberian soldiers", "LBR", "MIL")
DOE = A("Samuel Doe", "LBR", ["MIL", "GOV"])
PRC = A("People's Redemption Council", "LBR", ["MIL", "GOV"])
TOLB = A("William Tolbert", "LBR", "GOV")
LBRG = A("Liberian government", "LBR", "GOV")
TWP = A("True Whig Party officials", "LBR", ["GOV", "PTY"])
E("bd01", "Liberian soldiers kill Tolbert and seize power", LBRMIL, TOLB, ATTACK, "186", "1980-04", None, False,
  "headline")
E("bd01", "Liberian soldiers kill Tolbert and seize power", LBRMIL, LBRG, COUP, "172", "1980-04", None, False,
  "headline, second verb")
E("bd01", "overthrew the government of President William Tolbert", LBRMIL, LBRG, COUP, "172", "1980-04-12", None, True,
  "coup (17/19 as news-dev); 'Soldiers led by ... Samuel Doe': the soldiers are the subject, Doe (MIL) also fits the "
  "country and sector; 'before dawn on Saturday' in a Sunday paper")
E("bd01", "killed him in the Executive Mansion, the", LBRMIL, TOLB, ATTACK, "186", "1980-04-12", None, True,
  "killing of the president 186; 'him' refers back to Tolbert; the Executive Mansion is a building, not a place")
E("bd01", "suspended the constitution and banned all political", DOE, A("Liberians", "LBR", "CVL"), ["17"], "1721",
  "1980-04", None, False, "suspending the constitution: coders split on a code (1721 or none): optional")
E("bd01", "banned all political parties", DOE, A("Liberian political parties", "LBR", "PTY"), ["17"], "1722",
  "1980-04", None, True, "ban on parties 1722; 'Doe, who named himself chairman ...' relative is no event; no day of "
  "its own: month")
E("bd01", "imposed a dusk-to-dawn curfew on the capital", PRC, A("Monrovia residents", "LBR", "CVL"), ["17"],
  "1723", "1980-04", P("Monrovia", "LBR"), True,
  "curfew 1723 (as owned35 ai09); 'the capital' with the Monrovia dateline names the place; month")
E("bd01", "Troops rounded up dozens of ministers and", LBRMIL, TWP, ["17"], "173", "1980-04", None, True,
  "arrests 173; unnamed troops are Liberia's; 'during the day' has no day of its own in the sentence: month")
E("bd01", "Doe accused them of rampant corruption", DOE, TWP, ["11"], "1121", "1980-04", None, True,
  "accusation of corruption 1121; 'them' = the detained ministers")
E("bd01", "said they would face military tribunals", DOE, TWP, ["13", "17"], "137", "1980-04", None, False,
  "trial put as an intention: optional")
E("bd01", "when police fired on crowds in Monrovia", A("Liberian police", "LBR", "COP"),
  A("Liberian rice protesters", "LBR", "CVL"), REPR, "175", "1979-04", P("Monrovia", "LBR"), True,
  "dated background ('in April 1979, when'): live fire on protesters 175; unnamed police are Liberia's")
E("bd01", "when police fired on crowds in Monrovia", A("Liberian rice protesters", "LBR", "CVL"), LBRG, ["14"], "141",
  "1979-04", P("Monrovia", "LBR"), False, "the protest inside the object of the shooting: optional")
E("bd01", "the president had opposition leader Gabriel Baccus", TOLB, A("Gabriel Baccus Matthews", "LBR", ["OPP", "PTY"]),
  ["17"], "173", "1980-03", None, True, "causative 'had ... arrested': the arrest is Tolbert's; 'In March' of the "
  "publication year")
E("bd01", "the council said on Saturday that Matthews", PRC, A("Gabriel Baccus Matthews", "LBR", ["OPP", "PTY"]),
  ["08"], "0841", "1980-04", None, False, "release reported in a passive with no agent and no day of its own: optional")
E("bd01", "deplored the killing and urged the new", A("U.S. State Department", "USA", "GOV"), DOE, ["11"], "111",
  "1980-04", None, False, "single outside reaction: optional")
E("bd01", "urged the new leaders to spare the", A("U.S. State Department", "USA", "GOV"), DOE, DEMAND, "020",
  "1980-04", None, False, "appeal, second verb of an outside reaction: optional")
F("bd01", "Liberia, founded by freed American slaves in", "standing situation and history")
F("bd01", "It was not clear how many people", "speculation and count")

# ---------------------------------------------------------------- bd02 Komatipoort, Africa (Mozambique / South Africa)
S("bd02", "1984-03-17", "Africa", """
Machel and Botha sign Nkomati pact, pledge to stop backing each other's foes

KOMATIPOORT, South Africa —

President Samora Machel of Mozambique and Prime Minister P.W. Botha of South Africa signed a non-aggression pact here on Friday at a ceremony on the border, each pledging that his territory would no longer serve as a base for attacks on the other.

Under the accord, named after the Nkomati River that marks the frontier, Pretoria is to stop supplying the Mozambique National Resistance rebels, while Maputo is to curb the African National Congress, which has used Mozambique as a route into South Africa.

Machel, in a marshal's uniform, shook hands with Botha in front of hundreds of guests from both countries. The two governments also agreed to set up a joint security commission to watch over the pact.

The ANC, which was not consulted, accused Maputo of bowing to apartheid. Its president, Oliver Tambo, said the movement would keep up its armed struggle.

Relations had been at their worst in May last year, when South African jets bombed suburbs of Maputo three days after a car bomb outside air force headquarters in Pretoria killed 19 people. In January 1981, South African commandos raided ANC houses in the Maputo suburb of Matola, killing 13 ANC members.

Mozambique, independent from Portugal since 1975, has suffered years of drought and economic collapse.

It was unclear whether the rebels, thought to number about 10,000, would stop fighting without South African help.
""")
MACH = A("Samora Machel", "MOZ", "GOV")
BOTHA = A("P.W. Botha", "ZAF", "GOV")
ZAFG = A("South African government", "ZAF", "GOV")
MOZG = A("Mozambique's government", "MOZ", "GOV")
ANC = A("African National Congress", "ZAF", ["REB", "OPP"])
E("bd02", "Machel and Botha sign Nkomati pact, pledge", MACH, BOTHA, AGREE, "057", "1984-03", None, False, "headline")
E("bd02", "signed a non-aggression pact here on Friday", MACH, BOTHA, AGREE, "057", "1984-03-16",
  P("Komatipoort", "ZAF"), True, "signed agreement 057 (05/03/08); first-mentioned direction required; 'here' with "
  "the Komatipoort dateline names the place; 'on Friday' before a Saturday paper")
E("bd02", "signed a non-aggression pact here on Friday", BOTHA, MACH, AGREE, "057", "1984-03-16",
  P("Komatipoort", "ZAF"), False, "reverse direction: optional")
E("bd02", "Pretoria is to stop supplying the Mozambique", ZAFG, A("Mozambique National Resistance", "MOZ", "REB"),
  ["03", "16", "08"], "030", "1984-03", None, False, "the accord's terms, a future commitment: optional")
E("bd02", "Maputo is to curb the African National", MOZG, ANC, ["03", "17"], "030", "1984-03", None, False,
  "the accord's terms, a future commitment: optional")
E("bd02", "shook hands with Botha in front of", MACH, BOTHA, ["04", "05"], "040", "1984-03", None, False,
  "handshake at the ceremony, a restatement of the meeting: optional")
E("bd02", "agreed to set up a joint security commission", MOZG, ZAFG, AGREE, "030", "1984-03", None, False,
  "'The two governments' gives no first-mentioned member; part of the signed pact: optional")
E("bd02", "accused Maputo of bowing to apartheid", ANC, MOZG, ["11"], "112", "1984-03", None, True,
  "accusation 112; 'Maputo' stands for Mozambique's government; the 'which was not consulted' relative is negated, "
  "no event; no day of its own: month")
E("bd02", "said the movement would keep up its", A("Oliver Tambo", "ZAF", ["REB", "OPP"]), ZAFG, ["13"], "138",
  "1984-03", None, False, "vow to keep fighting, an intention: optional")
E("bd02", "when South African jets bombed suburbs of Maputo", A("South African air force", "ZAF", "MIL"),
  A("Mozambique", "MOZ", None), ["19", "18"], "195", "1983-05", P("Maputo", "MOZ"), True,
  "dated background air strike 195 ('in May last year, when'); 'suburbs of Maputo' names the place")
E("bd02", "a car bomb outside air force headquarters", UNK, A("South African air force", "ZAF", "MIL"), ATTACK,
  "1832", "1983-05", P("Pretoria", "ZAF"), True,
  "car bomb 1832 by unnamed bombers (null/null as news-dev), inside 'three days after' with its own subject; the "
  "text names no bomber; 'in Pretoria' names the place; month")
E("bd02", "South African commandos raided ANC houses in", A("South African commandos", "ZAF", "MIL"), ANC,
  ["19", "18"], "190", "1981-01", P("Matola", "MOZ"), True,
  "cross-border raid 190 (19/18); 'In January 1981'; 'the Maputo suburb of Matola' names the place (Matola, not "
  "Maputo)")
F("bd02", "Mozambique, independent from Portugal since 1975, has", "standing situation")
F("bd02", "It was unclear whether the rebels, thought", "speculation and count")

# ---------------------------------------------------------------- bd03 Beirut, Middle East (Lebanon)
S("bd03", "1975-04-14", "Middle East", """
Gunmen kill 27 on Palestinian bus in Beirut suburb; Phalangists and guerrillas clash

BEIRUT, Lebanon —

Gunmen opened fire on a bus carrying Palestinians through the Christian suburb of Ain el-Remmaneh on Sunday, killing 27 passengers, hours after men in a passing car had shot dead four people outside a church where Phalangist Party leader Pierre Gemayel was attending a service.

The Palestine Liberation Organization accused the Phalangists of a premeditated massacre. The party denied that its members had planned the attack and said its militiamen had been fired on first.

Fighting between Phalangist militiamen and Palestinian guerrillas spread overnight to several districts of the capital, and the two sides traded rocket and machine-gun fire until dawn on Monday, police said.

Prime Minister Rashid Solh appealed to the Phalangists and the Palestinian groups to stop fighting. Kamal Jumblatt, leader of the Progressive Socialist Party, demanded that the two Phalangist ministers be thrown out of the cabinet.

Government mediators and Palestinian leaders agreed on a ceasefire early on Monday, but it was broken within hours.

Tension between the Christian militias and the armed Palestinian groups, whose presence in Lebanon is governed by the 1969 Cairo agreement, has grown for months. Police said at least 40 people had been killed in all since Sunday.
""")
PAL = A("Palestinian bus passengers", "PSE", "CVL")
PHAL = A("Phalangist Party", "LBN", ["PTY", "REB"])
PGUER = A("Palestinian guerrillas", "PSE", ["REB", "GOV"])
PLO = A("Palestine Liberation Organization", "PSE", ["REB", "GOV"])
LBNG = A("Lebanese government", "LBN", "GOV")
E("bd03", "Gunmen kill 27 on Palestinian bus in", UNK, PAL, ATTACK, "180", "1975-04", P("Beirut", "LBN"), False,
  "headline")
E("bd03", "Phalangists and guerrillas clash", PHAL, PGUER, CLASH, "190", "1975-04", None, False, "headline")
E("bd03", "Gunmen opened fire on a bus carrying", UNK, PAL, ATTACK, "180", "1975-04-13",
  P("Ain el-Remmaneh", "LBN"), True, "attack on civilians 180 (18/19/20); the text names no gunmen here (the "
  "PLO's charge comes later and is denied): null/null as news-dev; 'the Christian suburb of Ain el-Remmaneh' names "
  "the place; 'on Sunday' before a Monday paper")
E("bd03", "men in a passing car had shot dead", UNK, A("churchgoers", "LBN", "CVL"), ATTACK, "180", "1975-04-13", None,
  True, "dated background in an 'hours after' clause with its own agent (unnamed: null/null); 'outside a church' "
  "names no place; the 'where Gemayel was attending' relative is no event")
E("bd03", "accused the Phalangists of a premeditated massacre", PLO, PHAL, ["11"], "112", "1975-04", None, True,
  "accusation 112; no day of its own: month")
E("bd03", "The party denied that its members had", PHAL, PLO, DENY, "016", "1975-04", None, True,
  "denial 016 (01/12); 'The party' refers back to the Phalangists")
E("bd03", "said its militiamen had been fired on", PHAL, PGUER, ["11"], "112", "1975-04", None, False,
  "counter-charge in a passive, second clause: optional")
E("bd03", "Fighting between Phalangist militiamen and Palestinian guerrillas", PHAL, PGUER, CLASH, "190", "1975-04",
  P("Beirut", "LBN"), True, "clashes 190 (19/18/14); first-mentioned direction required; 'several districts of the "
  "capital' with the Beirut dateline names the place; 'overnight ... until dawn on Monday' spans two days: month")
E("bd03", "Fighting between Phalangist militiamen and Palestinian guerrillas", PGUER, PHAL, CLASH, "190", "1975-04",
  P("Beirut", "LBN"), False, "reverse direction: optional")
E("bd03", "the two sides traded rocket and machine-gun", PHAL, PGUER, CLASH, "190", "1975-04", P("Beirut", "LBN"),
  False, "restatement of the fighting: optional")
E("bd03", "appealed to the Phalangists and the Palestinian", A("Rashid Solh", "LBN", "GOV"), PHAL, DEMAND, "0256",
  "1975-04", None, True, "appeal to stop fighting (02/10); compound object: the Phalangists, first member, required")
E("bd03", "appealed to the Phalangists and the Palestinian", A("Rashid Solh", "LBN", "GOV"), PGUER, DEMAND, "0256",
  "1975-04", None, False, "second member of the compound object: optional")
E("bd03", "demanded that the two Phalangist ministers be", A("Kamal Jumblatt", "LBN", ["PTY", "OPP"]), LBNG, DEMAND,
  "1041", "1975-04", None, True, "demand to remove ministers 1041 (10/02); target the cabinet, i.e. the government; "
  "month")
E("bd03", "Government mediators and Palestinian leaders agreed on", LBNG, PLO, AGREE, "0871", "1975-04-14", None, True,
  "agreed ceasefire (05/03/08; 0871 within 08); first-mentioned direction required; 'early on Monday' in a Monday "
  "paper")
E("bd03", "Government mediators and Palestinian leaders agreed on", PLO, LBNG, AGREE, "0871", "1975-04-14", None, False,
  "reverse direction: optional")
E("bd03", "but it was broken within hours", PHAL, PGUER, ["19"], "196", "1975-04-14", None, False,
  "ceasefire violation in an agentless passive: optional")
F("bd03", "Tension between the Christian militias and the", "standing situation")
F("bd03", "Police said at least 40 people had", "count")

# ---------------------------------------------------------------- bd04 Tehran, Middle East (Iran / United States)
S("bd04", "1979-11-05", "Middle East", """
Iranian students seize U.S. embassy in Tehran, hold Americans hostage

TEHRAN, Iran —

Several hundred Iranian students stormed the United States Embassy here on Sunday and took about 60 Americans hostage, saying they would not leave until Washington sent the deposed shah back to Iran to stand trial.

The students, who call themselves followers of Ayatollah Ruhollah Khomeini's line, climbed the gates during a march marking the anniversary of a student killing and overpowered the Marine guards, who did not fire.

Blindfolded hostages were paraded before crowds chanting outside the walls.

The State Department said it held the Iranian government responsible for the safety of the Americans and demanded their immediate release. Officials in Washington said Prime Minister Mehdi Bazargan's government had promised to help.

Khomeini's office issued a statement praising the students, and the state radio called the embassy "a nest of spies."

The Carter administration allowed the shah, Mohammad Reza Pahlavi, into the United States for cancer treatment on Oct. 22, and Iranian leaders have since accused Washington of plotting to restore him to power.

In February, leftist guerrillas briefly overran the same embassy and held about 70 people for two hours before Khomeini's supporters drove them out.

Never before had so many American diplomats been held at one time, officials said. It was unclear who, if anyone, in Tehran could order the students out.
""")
IRSTU = A("Iranian students", "IRN", ["CVL", "RAD"])
USEMB = A("U.S. embassy staff", "USA", "GOV")
USAG = A("United States government", "USA", "GOV")
IRNG = A("Iranian government", "IRN", "GOV")
KHOM = A("Ayatollah Ruhollah Khomeini", "IRN", ["GOV", "REL"])
E("bd04", "Iranian students seize U.S. embassy in Tehran", IRSTU, USEMB, ["18", "17"], "181", "1979-11",
  P("Tehran", "IRN"), False, "headline")
E("bd04", "stormed the United States Embassy here on", IRSTU, USEMB, ["14", "18", "17"], "145", "1979-11-04",
  P("Tehran", "IRN"), False, "the storming, first verb of the hostage-taking: optional (coders split 145 or 181)")
E("bd04", "took about 60 Americans hostage", IRSTU, USEMB, ["18", "17"], "181", "1979-11-04", P("Tehran", "IRN"), True,
  "hostage-taking 181; 'here' with the Tehran dateline names the place; 'on Sunday' before a Monday paper")
E("bd04", "saying they would not leave until Washington", IRSTU, USAG, DEMAND, "1013", "1979-11-04", None, True,
  "demand to hand over the shah (judicial cooperation 1013, roots 10/02); 'Washington' is an actor, not a place; put "
  "as a condition but it is the students' stated demand")
E("bd04", "overpowered the Marine guards, who did not", IRSTU, A("U.S. Marine guards", "USA", "MIL"), ["18", "17"],
  "182", "1979-11-04", None, False, "part of the storming, a restatement: optional")
E("bd04", "demanded their immediate release", A("U.S. State Department", "USA", "GOV"), IRNG, DEMAND, "1053",
  "1979-11", None, True, "demand for the release of hostages 1053 (10/02); target the government held responsible; "
  "no day of its own: month")
E("bd04", "said it held the Iranian government responsible", A("U.S. State Department", "USA", "GOV"), IRNG, ["11", "13"],
  "112", "1979-11", None, False, "holding responsible: a warning coders split on: optional")
E("bd04", "government had promised to help", A("Mehdi Bazargan", "IRN", "GOV"), USAG, ["03"], "030", "1979-11", None,
  False, "promise reported second-hand, pluperfect: optional")
E("bd04", "issued a statement praising the students", KHOM, IRSTU, ["05"], "051", "1979-11", None, True,
  "praise 051; 'Khomeini's office' speaks for Khomeini; month")
E("bd04", "and the state radio called the embassy", A("Iranian state radio", "IRN", ["MED", "GOV"]), USAG, ["11"],
  "1125", "1979-11", None, True, "accusation of espionage 1125; second member of a compound sentence with its own "
  "subject, not a restatement; month")
E("bd04", "The Carter administration allowed the shah, Mohammad", USAG,
  A("Mohammad Reza Pahlavi", "IRN", "ELI"), ["07", "05"], "075", "1979-10-22", None, True,
  "dated background: admitting the shah, a refuge 075 (07; 05 also right); 'into the United States' is a "
  "destination, not a place")
E("bd04", "have since accused Washington of plotting to", A("Iranian leaders", "IRN", "GOV"), USAG, ["11"], "112",
  "1979", None, False, "standing accusation 'since' Oct. 22: optional; the year")
E("bd04", "leftist guerrillas briefly overran the same embassy", A("Iranian leftist guerrillas", "IRN", ["REB", "RAD"]),
  USEMB, ["18", "17"], "181", "1979-02", None, True,
  "dated background ('In February' of the publication year): seizing the embassy and holding its staff 181; 'the same "
  "embassy' names no city in its clause")
E("bd04", "before Khomeini's supporters drove them out", A("Khomeini supporters", "IRN", ["CVL", "RAD"]),
  A("Iranian leftist guerrillas", "IRN", ["REB", "RAD"]), ["17", "19"], "170", "1979-02", None, False,
  "expulsion of the guerrillas from the compound: optional (coders split)")
F("bd04", "Never before had so many American diplomats", "standing comparison, no event")
F("bd04", "It was unclear who, if anyone, in", "speculation")

# ---------------------------------------------------------------- bd05 Jakarta, Asia (Indonesia / East Timor)
S("bd05", "1975-12-08", "Asia", """
Indonesian forces land in Dili; Portugal breaks off relations with Jakarta

JAKARTA, Indonesia —

Indonesian paratroopers and marines landed in Dili, the capital of Portuguese Timor, at dawn on Sunday and took control of the town after heavy fighting with Fretilin guerrillas, according to radio messages monitored in Australia.

Jakarta described the troops as volunteers helping pro-Indonesian Timorese parties. Foreign Minister Adam Malik said Indonesia had no territorial ambitions.

Fretilin, the left-wing movement that had held most of the territory since September, appealed to the United Nations to force the invaders out. A Fretilin broadcast said Indonesian warships were shelling the coast.

Portugal, which still claims sovereignty over the territory, broke off diplomatic relations with Indonesia on Sunday and asked the U.N. Security Council to meet urgently.

The landings came hours after President Gerald Ford and Secretary of State Henry Kissinger left Jakarta at the end of a visit during which they met President Suharto. A State Department official said the United States had not been told of the operation in advance.

Australia's government said it deeply regretted the Indonesian action.

The Portuguese governor and his staff left Dili for the offshore island of Atauro in August, after the Timorese Democratic Union, a conservative party, tried to seize power in Dili and Fretilin fought back. Nobody could say how many people had been killed in the capital.
""")
IDNMIL = A("Indonesian paratroopers", "IDN", "MIL")
FRET = A("Fretilin", "TLS", ["REB", "PTY"])
PRTG = A("Portuguese government", "PRT", "GOV")
IDNG = A("Indonesian government", "IDN", "GOV")
E("bd05", "Indonesian forces land in Dili; Portugal breaks", IDNMIL, FRET, ["19"], "190", "1975-12", P("Dili", "TLS"),
  False, "headline")
E("bd05", "Portugal breaks off relations with Jakarta", PRTG, IDNG, ["16"], "161", "1975-12", None, False, "headline")
E("bd05", "paratroopers and marines landed in Dili, the", IDNMIL, FRET, ["19"], "190", "1975-12-07", P("Dili", "TLS"),
  True, "invasion and fighting 190; target the named defenders, Fretilin (TLS: East Timor); compound subject: the "
  "paratroopers, first member, required; 'in Dili' names the place; 'at dawn on Sunday' before a Monday paper; the "
  "radio monitoring is attribution")
E("bd05", "paratroopers and marines landed in Dili, the", A("Indonesian marines", "IDN", "MIL"), FRET, ["19"], "190",
  "1975-12-07", P("Dili", "TLS"), False, "second member of the compound subject: optional")
E("bd05", "appealed to the United Nations to force", FRET, A("United Nations", "UNO", "IGO"), DEMAND, "0234", "1975-12",
  None, True, "appeal for intervention (02/10); the 'that had held most of the territory since September' relative is "
  "a standing situation; no day of its own: month")
E("bd05", "said Indonesian warships were shelling the coast", A("Indonesian navy", "IDN", "MIL"), FRET, ["19"], "194",
  "1975-12", None, False, "account by one side: optional")
E("bd05", "broke off diplomatic relations with Indonesia on", PRTG, IDNG, ["16"], "161", "1975-12-07", None, True,
  "breaking relations 161; 'on Sunday'; the 'which still claims sovereignty' relative is standing")
E("bd05", "asked the U.N. Security Council to meet", PRTG, A("U.N. Security Council", "UNO", "IGO"), DEMAND, "020",
  "1975-12-07", None, False, "request for a meeting of the council, second verb; coders split on the code: optional")
E("bd05", "during which they met President Suharto", A("Gerald Ford", "USA", "GOV"), A("Suharto", "IDN", "GOV"),
  ["04"], "042", "1975-12", P("Jakarta", "IDN"), True,
  "visit 042 inside the 'hours after' clause, with its own agents; compound subject: Ford, first member, required; "
  "'left Jakarta at the end of a visit' names the city; 'hours after' the Sunday landings may fall on Saturday: month")
E("bd05", "during which they met President Suharto", A("Henry Kissinger", "USA", "GOV"), A("Suharto", "IDN", "GOV"),
  ["04"], "042", "1975-12", P("Jakarta", "IDN"), False, "second member: optional")
E("bd05", "said it deeply regretted the Indonesian action", A("Australian government", "AUS", "GOV"), IDNG, ["11"],
  "111", "1975-12", None, False, "single outside reaction: optional")
E("bd05", "tried to seize power in Dili and", A("Timorese Democratic Union", "TLS", ["PTY", "REB"]),
  A("Portuguese Timor administration", "TLS", "GOV"), COUP, "172", "1975-08", P("Dili", "TLS"), True,
  "dated background in an 'in August, after' clause with its own agent: attempted seizure of power (17/19); 'in Dili' "
  "names the place")
E("bd05", "Dili and Fretilin fought back", FRET, A("Timorese Democratic Union", "TLS", ["PTY", "REB"]), ["19"], "190", "1975-08",
  None, False, "second member of the 'after' clause, the answering fight: optional")
E("bd05", "The Portuguese governor and his staff left", A("Portuguese governor of Timor", "PRT", "GOV"), FRET, ["08"],
  "0874", "1975-08", None, False, "withdrawal of the administration: coders split on any code: optional")
F("bd05", "A State Department official said the United", "negated act: not told")
F("bd05", "Nobody could say how many people had", "speculation and count")

# ---------------------------------------------------------------- bd06 Beijing, Asia (China)
S("bd06", "1976-04-08", "Asia", """
China strips Deng of all posts after Tiananmen riot; Hua named premier

BEIJING, China —

China's Communist Party leadership dismissed Deng Xiaoping from all his posts on Wednesday, blaming the senior vice-premier for a riot in Tiananmen Square, and named Hua Guofeng, the acting premier, as prime minister and first vice-chairman of the party.

The official New China News Agency said the Politburo had acted unanimously on a proposal by Chairman Mao Zedong. It called Monday's disturbance a counter-revolutionary incident and accused Deng of having stirred up the crowds.

Tens of thousands of people had gathered in the square over the weekend to lay wreaths for Premier Zhou Enlai and to put up poems attacking radical leaders. On Monday, after the wreaths were taken away overnight, crowds set fire to vehicles and stormed a building used by the security forces, the agency said.

That night, thousands of militiamen, police and soldiers armed with clubs cleared the square and detained dozens of people, according to foreigners who watched from nearby.

Rallies in support of the leadership's decision were held in the capital and other cities on Wednesday night, the agency said.

Deng, 71, had been brought back to power in 1973 after being purged during the Cultural Revolution. Diplomats said it was not clear whether he had been arrested.

Zhou's death in January ended more than half a century at the top of the party.
""")
POLIT = A("Chinese Communist Party Politburo", "CHN", ["GOV", "PTY"])
DENG = A("Deng Xiaoping", "CHN", "GOV")
CHNCR = A("Tiananmen crowds", "CHN", "CVL")
CHNSEC = A("Chinese security forces", "CHN", ["COP", "MIL"])
E("bd06", "China strips Deng of all posts after", POLIT, DENG, ["17", "12", "11"], "172", "1976-04", None, False,
  "headline")
E("bd06", "Tiananmen riot; Hua named premier", CHNCR, CHNSEC, VPROT, "145", "1976-04", P("Beijing", "CHN"), False,
  "headline, the riot as a noun")
E("bd06", "dismissed Deng Xiaoping from all his posts", POLIT, DENG, ["17", "12", "11"], "172", "1976-04-07", None, True,
  "removal from office 172 (17/12/11, as owned35 codes a removal); 'China's Communist Party leadership' = the "
  "Politburo (GOV/PTY); 'on Wednesday' before a Thursday paper")
E("bd06", "blaming the senior vice-premier for a riot", POLIT, DENG, ["11"], "112", "1976-04-07", None, True,
  "blame 112 in a participle with the same agent and day; 'the senior vice-premier' refers to Deng; 'in Tiananmen "
  "Square' is where the riot was, not the meeting")
E("bd06", "accused Deng of having stirred up the", A("New China News Agency", "CHN", ["MED", "GOV"]), DENG, ["11"],
  "112", "1976-04", None, False, "the state agency repeating the leadership's charge: restatement, optional")
E("bd06", "It called Monday's disturbance a counter-revolutionary incident", A("New China News Agency", "CHN",
  ["MED", "GOV"]), CHNCR, ["11"], "111", "1976-04", None, False, "denunciation, first clause of the restatement: "
  "optional")
E("bd06", "Tens of thousands of people had gathered", A("Beijing mourners", "CHN", "CVL"),
  A("radical party leaders", "CHN", ["GOV", "PTY"]), ["14"], "141", "1976-04", None, True,
  "demonstration 141 (wreaths for Zhou and poems against radical leaders); 'the square' names no city in its clause "
  "(Tiananmen Square is named in the sentence before): no place; 'over the weekend' before a Thursday paper: month")
E("bd06", "crowds set fire to vehicles and stormed", CHNCR, CHNSEC, VPROT, "145", "1976-04-05", None, True,
  "riot 145 (14/18/17); 'On Monday'; the state agency's account is confirmed by the foreigners' report of the "
  "clearing, nobody disputes that the riot happened; no place in the sentence")
E("bd06", "after the wreaths were taken away overnight", CHNSEC, A("Beijing mourners", "CHN", "CVL"), ["17"], "1711",
  "1976-04", None, False, "removal of the wreaths in an agentless passive: optional")
E("bd06", "militiamen, police and soldiers armed with clubs", A("Beijing militia", "CHN", ["MIL", "COP"]), CHNCR, REPR,
  "175", "1976-04-05", None, True, "clearing the crowd with clubs 175 (17/18); 'That night' = Monday night; compound "
  "subject: the militiamen, first member, required; 'the square' names no city in its clause")
E("bd06", "militiamen, police and soldiers armed with clubs", A("Beijing police", "CHN", "COP"), CHNCR, REPR, "175",
  "1976-04-05", None, False, "second member: optional")
E("bd06", "militiamen, police and soldiers armed with clubs", A("Chinese soldiers", "CHN", "MIL"), CHNCR, REPR, "175",
  "1976-04-05", None, False, "third member: optional")
E("bd06", "detained dozens of people, according to foreigners", CHNSEC, CHNCR, ["17"], "173", "1976-04-05", None,
  False, "arrests inside an account by witnesses: optional")
E("bd06", "Rallies in support of the leadership's decision", A("Chinese citizens", "CHN", "CVL"), POLIT, ["05", "14"],
  "053", "1976-04-07", P("Beijing", "CHN"), False, "organised rallies in an agentless passive: optional; 'the "
  "capital' with the dateline names the place")
E("bd06", "had been brought back to power in", A("Chinese Communist Party", "CHN", ["GOV", "PTY"]), DENG, ["08"], "080",
  "1973", None, False, "rehabilitation in an agentless passive; coders split on any code: optional")
F("bd06", "Diplomats said it was not clear whether", "speculation: not known whether arrested")
F("bd06", "Zhou's death in January ended more than", "background fact, a death and a career")

# ---------------------------------------------------------------- bd07 Bonn, Europe (West Germany / Somalia)
S("bd07", "1977-10-18", "Europe/Eurasia", """
West German commandos storm hijacked jet in Mogadishu, free all hostages

BONN, West Germany —

West German commandos stormed a hijacked Lufthansa airliner at Mogadishu airport shortly after midnight and freed all 86 passengers and crew members still on board, the government announced early on Tuesday.

Three of the four hijackers, who said they were fighting for the Palestinian cause, were killed in the assault, and the fourth, a woman, was wounded and captured. One commando and four hostages suffered slight injuries.

The raid by the GSG-9 border police unit was carried out with the permission of Somalia's president, Mohammed Siad Barre. Chancellor Helmut Schmidt telephoned Siad Barre to thank him, and Bonn promised Somalia economic aid, officials said.

The hijackers seized the Boeing 737 on Oct. 13 on a flight from the Spanish island of Majorca to Frankfurt. They demanded the release of 11 members of the Red Army Faction held in West German jails, among them Andreas Baader.

On Sunday, in the South Yemeni port of Aden, their leader shot dead the plane's captain, Juergen Schumann.

Hours after the rescue, Baader and Gudrun Ensslin were found dead in their cells at Stammheim prison near Stuttgart, and a third prisoner was badly hurt.

The hijacking was meant to back the Red Army Faction guerrillas who kidnapped the industrialist Hanns-Martin Schleyer in Cologne on Sept. 5, killing four of his escorts. His fate was unknown.
""")
GSG = A("GSG-9 commandos", "DEU", ["COP", "MIL"])
HIJ = A("hijackers of the Lufthansa jet", "PSE", ["RAD", "REB"])
DEUG = A("West German government", "DEU", "GOV")
BARRE = A("Mohammed Siad Barre", "SOM", "GOV")
RAF = A("Red Army Faction", "DEU", ["RAD", "REB"])
E("bd07", "West German commandos storm hijacked jet in", GSG, HIJ, ["19", "18", "17"], "190", "1977-10",
  P("Mogadishu", "SOM"), False, "headline")
E("bd07", "stormed a hijacked Lufthansa airliner at Mogadishu", GSG, HIJ, ["19", "18", "17"], "190", "1977-10-18",
  P("Mogadishu", "SOM"), True, "armed rescue assault on the hijackers 190 (19/18/17); 'West German commandos' = "
  "GSG-9 (border police, COP/MIL); 'at Mogadishu airport' names the place; 'shortly after midnight ... early on "
  "Tuesday' in a Tuesday paper")
E("bd07", "Three of the four hijackers, who said", GSG, HIJ, ["19", "18", "17"], "190", "1977-10-18",
  P("Mogadishu", "SOM"), False, "restatement in an agentless passive: optional; the hijackers are PSE on their own "
  "word ('fighting for the Palestinian cause')")
E("bd07", "carried out with the permission of Somalia's", BARRE, DEUG, ["08", "06"], "086", "1977-10", None, False,
  "permission as a noun: allowing foreign involvement 086; optional")
E("bd07", "Chancellor Helmut Schmidt telephoned Siad Barre to", A("Helmut Schmidt", "DEU", "GOV"), BARRE, ["04"], "041",
  "1977-10", None, True, "phone call 041; no day of its own: month")
E("bd07", "telephoned Siad Barre to thank him", A("Helmut Schmidt", "DEU", "GOV"), BARRE, ["05"], "051", "1977-10",
  None, False, "thanks, the purpose of the call: optional")
E("bd07", "Bonn promised Somalia economic aid", DEUG, A("Somali government", "SOM", "GOV"), ["03", "07"], "0331",
  "1977-10", None, True, "promise of economic aid 0331 (03; 07 also right); 'Bonn' is the government; month")
E("bd07", "The hijackers seized the Boeing 737 on", HIJ, A("Lufthansa passengers and crew", "DEU", ["CVL", "BUS"]),
  ["18"], "181", "1977-10-13", None, True, "dated background hijacking 181; target the people on board, DEU as a "
  "German airline's flight (the text gives no passenger's nationality); 'on a flight from ... to Frankfurt' names no "
  "place of the seizure")
E("bd07", "They demanded the release of 11 members", HIJ, DEUG, DEMAND, "1053", "1977-10", None, True,
  "demand for the release of prisoners 1053; 'They' refers back to the hijackers; target the jailing government; "
  "no day of its own: month")
E("bd07", "their leader shot dead the plane's captain", A("leader of the hijackers", "PSE", ["RAD", "REB"]),
  A("Juergen Schumann", "DEU", "BUS"), ATTACK, "180", "1977-10-16", P("Aden", "YEM"), True,
  "killing of a hostage 180; 'On Sunday' before a Tuesday paper; 'in the South Yemeni port of Aden' names the place "
  "(YEM for South Yemen)")
E("bd07", "who kidnapped the industrialist Hanns-Martin Schleyer in", RAF,
  A("Hanns-Martin Schleyer", "DEU", ["BUS", "ELI"]), ["18"], "181", "1977-09-05", P("Cologne", "DEU"), True,
  "dated background kidnapping 181 inside a relative clause with its own agent; 'in Cologne' names the place")
E("bd07", "killing four of his escorts", RAF, A("Schleyer's escorts", "DEU", ["COP", "CVL"]), ATTACK, "180",
  "1977-09-05", P("Cologne", "DEU"), True, "participle with the same agent and date: the killings 180, required as "
  "their own event")
F("bd07", "One commando and four hostages suffered slight", "count of injuries")
F("bd07", "His fate was unknown", "standing situation, uncertainty")

# ---------------------------------------------------------------- bd08 Omagh, Europe (United Kingdom / Ireland)
S("bd08", "1998-08-17", "Europe/Eurasia", """
Car bomb kills 28 in Omagh; Adams joins leaders in condemning attack

OMAGH, Northern Ireland —

A car bomb tore through the crowded main street of this market town on Saturday afternoon, killing 28 people, among them children and a woman pregnant with twins.

Police said the bombers had telephoned warnings that named the courthouse, leading officers to move shoppers down the hill toward the place where the car was parked. The Royal Ulster Constabulary's chief constable, Ronnie Flanagan, accused the bombers of deliberately misleading his officers.

Suspicion fell on the so-called Real IRA, a splinter group opposed to the peace agreement signed on Good Friday. The group has not said whether it planted the bomb.

Prime Minister Tony Blair called the attack an appalling act of savagery. Irish Prime Minister Bertie Ahern said his government would take the toughest measures against those responsible.

Gerry Adams, the leader of Sinn Fein, condemned the bombing without reservation, the first time he had condemned an attack by republicans in such terms.

President Bill Clinton also denounced the bombing, and Queen Elizabeth sent a message of sympathy to the town.

In July, loyalists firebombed a house in Ballymoney, killing three young Catholic brothers.

Northern Ireland's conflict has claimed more than 3,200 lives since 1969.
""")
BOMBERS = A("Omagh bombers", None, None)
E("bd08", "Car bomb kills 28 in Omagh; Adams", BOMBERS, A("Omagh shoppers", "GBR", "CVL"), ATTACK, "1832", "1998-08",
  P("Omagh", "GBR"), False, "headline")
E("bd08", "Adams joins leaders in condemning attack", A("Gerry Adams", "GBR", ["PTY", "OPP"]), BOMBERS, ["11"], "111",
  "1998-08", None, False, "headline")
E("bd08", "A car bomb tore through the crowded", BOMBERS, A("Omagh shoppers", "GBR", "CVL"), ATTACK, "1832",
  "1998-08-15", P("Omagh", "GBR"), True, "car bomb 1832 by bombers the text does not name (null/null as news-dev); "
  "'this market town' with the Omagh dateline names the place; 'on Saturday afternoon' before a Monday paper")
E("bd08", "accused the bombers of deliberately misleading his", A("Ronnie Flanagan", "GBR", "COP"), BOMBERS, ["11"],
  "112", "1998-08", None, True, "accusation 112; the police account of the warnings in the sentence before is "
  "attribution, no event; no day of its own: month")
E("bd08", "Prime Minister Tony Blair called the attack", A("Tony Blair", "GBR", "GOV"), BOMBERS, ["11"], "111",
  "1998-08", None, True, "condemnation 111; target the bombers; month")
E("bd08", "said his government would take the toughest", A("Bertie Ahern", "IRL", "GOV"), BOMBERS, ["13"], "137",
  "1998-08", None, True, "threat of a crackdown 137 (as owned35 counts a threat an event); month")
E("bd08", "condemned the bombing without reservation, the first", A("Gerry Adams", "GBR", ["PTY", "OPP"]), BOMBERS,
  ["11"], "111", "1998-08", None, True, "condemnation 111; Sinn Fein's leader is GBR (a Belfast MP) with PTY/OPP; "
  "the 'first time he had condemned' apposition restates it")
E("bd08", "President Bill Clinton also denounced the bombing", A("Bill Clinton", "USA", "GOV"), BOMBERS, ["11"], "111",
  "1998-08", None, False, "single outside reaction: optional")
E("bd08", "Queen Elizabeth sent a message of sympathy", A("Queen Elizabeth", "GBR", ["GOV", "ELI"]),
  A("Omagh residents", "GBR", "CVL"), ["01", "05"], "018", "1998-08", None, False,
  "sympathy 018, no PLOVER type: optional")
E("bd08", "loyalists firebombed a house in Ballymoney, killing", A("loyalist militants", "GBR", ["RAD", "REB"]),
  A("Catholic residents of Ballymoney", "GBR", "CVL"), ATTACK, "180", "1998-07", P("Ballymoney", "GBR"), True,
  "dated background: arson attack that killed three children 180; 'In July' of the publication year; 'in Ballymoney' "
  "names the place")
F("bd08", "The group has not said whether it", "negated statement: no claim")
F("bd08", "Northern Ireland's conflict has claimed more than", "count")

# ---------------------------------------------------------------- bd09 Washington, Americas (United States / Panama)
S("bd09", "1977-09-08", "Americas", """
Carter and Torrijos sign treaties handing canal to Panama by 2000

WASHINGTON, United States —

President Jimmy Carter and Panama's leader, Gen. Omar Torrijos, signed two treaties at the headquarters of the Organization of American States here on Wednesday evening that will hand control of the Panama Canal to Panama at the end of the century.

Leaders from 26 countries of the hemisphere, among them Chile's Gen. Augusto Pinochet and Argentina's Gen. Jorge Videla, watched the ceremony.

Under the first treaty, the United States will run the waterway until Dec. 31, 1999, with a growing Panamanian role. The second guarantees the canal's permanent neutrality.

Torrijos said the treaties did not satisfy all his people's hopes but thanked Carter for his courage.

Opponents in the Senate, where two-thirds must approve the pacts, vowed to defeat them. Former California Gov. Ronald Reagan, who has made the canal a campaign theme, accused the administration of giving away American property.

Outside the building, several hundred demonstrators waving American flags protested against the signing, police said.

Negotiations had dragged on since 1964, when U.S. troops fired on Panamanians rioting over the flying of the U.S. flag in the Canal Zone, leaving more than 20 of them dead. Panama broke off relations with Washington for three months after the clashes.

Panama is to hold a referendum on the treaties next month. It remains unclear whether enough senators will vote for them.
""")
CARTER = A("Jimmy Carter", "USA", "GOV")
TORR = A("Omar Torrijos", "PAN", ["GOV", "MIL"])
PANR = A("Panamanian rioters", "PAN", "CVL")
E("bd09", "Carter and Torrijos sign treaties handing canal", CARTER, TORR, AGREE, "057", "1977-09", None, False,
  "headline")
E("bd09", "signed two treaties at the headquarters of", CARTER, TORR, AGREE, "057", "1977-09-07",
  P("Washington", "USA"), True, "signed agreement 057; first-mentioned direction required; 'here' with the Washington "
  "dateline names the place; 'on Wednesday evening' before a Thursday paper")
E("bd09", "signed two treaties at the headquarters of", TORR, CARTER, AGREE, "057", "1977-09-07",
  P("Washington", "USA"), False, "reverse direction: optional")
E("bd09", "but thanked Carter for his courage", TORR, CARTER, ["05"], "051", "1977-09", None, True,
  "praise 051; the first clause ('did not satisfy all his people's hopes') is a reservation, not coded; month")
E("bd09", "Opponents in the Senate, where two-thirds must", A("U.S. Senate opponents", "USA", ["LEG", "OPP"]),
  CARTER, ["12", "13"], "120", "1977-09", None, False, "vow to defeat, an intention: optional")
E("bd09", "accused the administration of giving away American", A("Ronald Reagan", "USA", ["PTY", "OPP", "ELI"]),
  A("Carter administration", "USA", "GOV"), ["11"], "112", "1977-09", None, True,
  "accusation 112; the 'who has made the canal a campaign theme' relative is standing; month")
E("bd09", "demonstrators waving American flags protested against the", A("American demonstrators", "USA", "CVL"),
  A("Carter administration", "USA", "GOV"), ["14"], "141", "1977-09", None, True,
  "demonstration 141; police are the source of the report; 'Outside the building' gives no place when the city is "
  "named only in another sentence (as owned35 ai07); no day of its own: month")
E("bd09", "when U.S. troops fired on Panamanians rioting", A("U.S. troops", "USA", "MIL"), PANR, ["17", "18", "19"],
  "175", "1964", P("Panama Canal Zone", "PAN"), True,
  "dated background ('since 1964, when'): troops firing on rioters 175 (17/18/19); 'in the Canal Zone' names the "
  "place; the year")
E("bd09", "when U.S. troops fired on Panamanians rioting", PANR, A("United States", "USA", None), VPROT, "145", "1964",
  P("Panama Canal Zone", "PAN"), False, "the riot inside the object: optional")
E("bd09", "Panama broke off relations with Washington for", A("Panamanian government", "PAN", "GOV"),
  A("United States government", "USA", "GOV"), ["16"], "161", "1964", None, True,
  "breaking relations 161; 'after the clashes' of 1964: the year; 'Washington' is an actor")
F("bd09", "Under the first treaty, the United States", "terms of a treaty, a definition")
F("bd09", "It remains unclear whether enough senators will", "speculation")

# ---------------------------------------------------------------- bd10 San Cristobal, Americas (Mexico)
S("bd10", "1997-12-24", "Americas", """
Gunmen massacre 45 Indians in Chiapas village; Zedillo orders inquiry

SAN CRISTOBAL DE LAS CASAS, Mexico —

Gunmen killed 45 Tzotzil Indians, most of them women and children, in the hamlet of Acteal in Chiapas state on Monday, firing on refugees who had gathered to pray in a chapel, state officials said.

Survivors said the attackers belonged to a paramilitary group linked to the ruling Institutional Revolutionary Party, and that state police posted nearby did nothing to stop the shooting.

President Ernesto Zedillo condemned the massacre as a cruel and absurd crime and ordered the federal attorney general to take over the investigation. By Tuesday night, federal agents had detained about 40 suspects from a neighbouring village, the attorney general's office said.

The Zapatista National Liberation Army accused the government of sponsoring the killers as part of a war against its supporters. Subcomandante Marcos, the rebels' spokesman, said the government bore direct responsibility.

Bishop Samuel Ruiz of San Cristobal, who has mediated between the rebels and the government, said he had warned state officials of the danger days before the attack.

The victims belonged to Las Abejas, a pacifist Catholic group that sympathizes with the Zapatistas' demands but rejects armed struggle.

Peace talks have been frozen since September 1996, when the Zapatistas walked out, accusing the government of failing to honour an agreement on Indian rights signed that February. It was not known how many of Acteal's people had fled into the mountains.
""")
ACTV = A("Tzotzil villagers of Acteal", "MEX", ["CVL", "REF"])
MEXG = A("Mexican government", "MEX", "GOV")
EZLN = A("Zapatista National Liberation Army", "MEX", "REB")
E("bd10", "Gunmen massacre 45 Indians in Chiapas village", UNK, ACTV, ATTACK, "180", "1997-12", None, False, "headline")
E("bd10", "Chiapas village; Zedillo orders inquiry", A("Ernesto Zedillo", "MEX", "GOV"), UNK, ["09"], "090", "1997-12", None, False,
  "headline")
E("bd10", "Gunmen killed 45 Tzotzil Indians, most of", UNK, ACTV, ATTACK, "180", "1997-12-22", P("Acteal", "MEX"), True,
  "massacre by gunmen the sentence does not name (null/null; the PRI link is the survivors' account, disputed); 180 "
  "(18/19/20; 202 also right); 'in the hamlet of Acteal' names the place; 'on Monday' before a Wednesday paper")
E("bd10", "Survivors said the attackers belonged to a", A("Acteal survivors", "MEX", "CVL"),
  A("Institutional Revolutionary Party", "MEX", ["PTY", "GOV"]), ["11"], "112", "1997-12", None, False,
  "accusation by witnesses: optional")
E("bd10", "condemned the massacre as a cruel and", A("Ernesto Zedillo", "MEX", "GOV"), UNK, ["11"], "111", "1997-12",
  None, True, "condemnation 111; target the unnamed killers (null/null); month")
E("bd10", "ordered the federal attorney general to take", A("Ernesto Zedillo", "MEX", "GOV"), UNK, ["09"], "090",
  "1997-12", None, False, "an order for an inquiry, second verb inside the government: optional")
E("bd10", "federal agents had detained about 40 suspects", A("Mexican federal agents", "MEX", "COP"),
  A("Acteal massacre suspects", "MEX", ["CRM", "CVL"]), ["17"], "173", "1997-12", None, True,
  "arrests reported by the arresting office 173, required (as owned35 ai05); 'By Tuesday night' is a span: month")
E("bd10", "accused the government of sponsoring the killers", EZLN, MEXG, ["11"], "112", "1997-12", None, True,
  "accusation 112; month")
E("bd10", "said the government bore direct responsibility", A("Subcomandante Marcos", "MEX", "REB"), MEXG, ["11"],
  "112", "1997-12", None, False, "restatement by the rebels' spokesman: optional")
E("bd10", "said he had warned state officials of", A("Samuel Ruiz", "MEX", "REL"),
  A("Chiapas state officials", "MEX", "GOV"), ["01", "13"], "010", "1997-12", None, False,
  "earlier warning, undated ('days before'): optional")
E("bd10", "when the Zapatistas walked out, accusing the", EZLN, MEXG, ["16", "12"], "164", "1996-09", None, True,
  "dated background ('since September 1996, when'): breaking off talks 164 (16; 12 also right)")
E("bd10", "accusing the government of failing to honour", EZLN, MEXG, ["11"], "112", "1996-09", None, False,
  "participle accusation with the walkout: optional")
E("bd10", "an agreement on Indian rights signed that", EZLN, MEXG, AGREE, "057", "1996-02", None, False,
  "agreement in an agentless passive participle: optional")
F("bd10", "The victims belonged to Las Abejas, a", "standing situation")
F("bd10", "It was not known how many of", "speculation and count")

# ---------------------------------------------------------------- bd11 Islamabad, South Asia (Pakistan)
S("bd11", "1996-11-05", "South Asia", """
Pakistan's president dismisses Bhutto for second time; husband held in Lahore

ISLAMABAD, Pakistan —

President Farooq Leghari dismissed Prime Minister Benazir Bhutto's government and dissolved the National Assembly before dawn on Tuesday, accusing her administration of corruption, nepotism and the killing of thousands of people by police in Karachi.

Troops surrounded the prime minister's residence and took over state television and the airports before the president's order was read out. Police detained Bhutto's husband, Asif Ali Zardari, a member of her cabinet, in Lahore a few hours later.

Leghari, a longtime member of Bhutto's Pakistan People's Party, named Meraj Khalid, a former speaker of the assembly, as caretaker prime minister and set new elections for Feb. 3.

Bhutto called the dismissal illegal and said she would challenge it in the Supreme Court.

Opposition leader Nawaz Sharif, whom Leghari's predecessor dismissed in 1993, welcomed the decision.

Relations between Bhutto and Leghari soured after police shot dead her estranged brother, Murtaza Bhutto, and six of his supporters outside his home in Karachi on Sept. 20. Murtaza's widow has accused Zardari of ordering the killing, a charge he denies.

Bhutto, the first woman to lead a Muslim nation, had governed since October 1993 and was three years into a five-year term. It was unclear whether the army had pressed Leghari to act.
""")
LEGH = A("Farooq Leghari", "PAK", "GOV")
BHUT = A("Benazir Bhutto", "PAK", "GOV")
ZARD = A("Asif Ali Zardari", "PAK", "GOV")
E("bd11", "Pakistan's president dismisses Bhutto for second time", LEGH, BHUT, ["17", "12", "11"], "172", "1996-11", None,
  False, "headline")
E("bd11", "husband held in Lahore", A("Pakistani police", "PAK", "COP"), ZARD, ["17"], "173", "1996-11",
  P("Lahore", "PAK"), False, "headline, agentless")
E("bd11", "dismissed Prime Minister Benazir Bhutto's government and", LEGH, BHUT, ["17", "12", "11"], "172",
  "1996-11-05", None, True, "removal from office by the president 172 (17/12/11, as owned35 codes a removal); "
  "'before dawn on Tuesday' in a Tuesday paper")
E("bd11", "dissolved the National Assembly before dawn on", LEGH, A("Pakistan's National Assembly", "PAK", "LEG"),
  ["17"], "172", "1996-11-05", None, False, "second verb of the same act: optional")
E("bd11", "accusing her administration of corruption, nepotism and", LEGH, BHUT, ["11"], "1121", "1996-11-05", None,
  True, "accusation of corruption 1121 in a participle with the same agent and day")
E("bd11", "Troops surrounded the prime minister's residence and", A("Pakistani troops", "PAK", "MIL"), BHUT,
  ["17", "15"], "170", "1996-11", None, False,
  "cordon and seizure of broadcasters: coders split on the code (170/171/150): optional")
E("bd11", "Police detained Bhutto's husband, Asif Ali Zardari", A("Pakistani police", "PAK", "COP"), ZARD, ["17"], "173",
  "1996-11-05", P("Lahore", "PAK"), True, "arrest 173; unnamed police are Pakistan's; 'in Lahore' names the place; "
  "'a few hours later' than the Tuesday dawn order")
E("bd11", "Bhutto called the dismissal illegal and said", BHUT, LEGH, ["11", "12"], "111", "1996-11", None, True,
  "condemnation of the dismissal 111 (12 also right, a rejection); month")
E("bd11", "said she would challenge it in the", BHUT, LEGH, ["11"], "115", "1996-11", None, False,
  "legal challenge put as an intention: optional (as owned35 ai01)")
E("bd11", "dismissed in 1993, welcomed the decision", A("Nawaz Sharif", "PAK", ["OPP", "PTY"]), LEGH, ["05"], "051", "1996-11", None, True,
  "approval 051; month")
E("bd11", "whom Leghari's predecessor dismissed in 1993", A("Leghari's predecessor", "PAK", "GOV"),
  A("Nawaz Sharif", "PAK", ["OPP", "PTY"]), ["17", "12", "11"], "172", "1993", None, True,
  "dated background removal inside a relative clause with its own agent; the year")
E("bd11", "after police shot dead her estranged brother", A("Pakistani police", "PAK", "COP"),
  A("Murtaza Bhutto", "PAK", ["PTY", "OPP"]), KILL, "186", "1996-09-20", P("Karachi", "PAK"), True,
  "dated background ('after ... on Sept. 20') with its own agent: police killing of a politician (18/19/17); "
  "compound object: Murtaza, first member, required; 'in Karachi' names the place")
E("bd11", "after police shot dead her estranged brother", A("Pakistani police", "PAK", "COP"),
  A("Murtaza Bhutto's supporters", "PAK", ["PTY", "CVL"]), KILL, "186", "1996-09-20", P("Karachi", "PAK"), False,
  "second member: optional")
E("bd11", "Murtaza's widow has accused Zardari of ordering", A("Ghinwa Bhutto", "PAK", ["PTY", "OPP"]), ZARD, ["11"],
  "112", "1996", None, False, "standing accusation in the present perfect: optional")
E("bd11", "a charge he denies", ZARD, A("Ghinwa Bhutto", "PAK", ["PTY", "OPP"]), DENY, "016", "1996", None, False,
  "standing denial in the present: optional")
F("bd11", "Bhutto, the first woman to lead a", "standing situation")
F("bd11", "It was unclear whether the army had", "speculation")

# ---------------------------------------------------------------- bd12 Noumea, Pacific (New Caledonia / France)
S("bd12", "1985-01-13", "Pacific", """
French police kill Kanak leader Machoro; emergency declared in New Caledonia

NOUMEA, New Caledonia —

French police marksmen shot dead Eloi Machoro, the most militant leader of the Kanak independence movement, and one of his aides at a farm near La Foa early on Saturday, officials said.

Hours later, the territory's high commissioner, Edgard Pisani, declared a state of emergency throughout New Caledonia and imposed a night curfew on Noumea, where European settlers had rampaged through the streets on Friday night.

The settlers, several thousand strong, set fire to cars and attacked the offices of the Kanak Socialist National Liberation Front after a settler's teenage son was shot dead by Kanak gunmen on his family's farm, police said. French gendarmes fired tear gas to break up the crowds.

The gendarmerie said Machoro's group had been occupying the farm and had refused an order to surrender. Jean-Marie Tjibaou, president of the front's provisional government, accused France of murder and said the Kanaks would defend themselves.

Pisani, sent by President Francois Mitterrand last month with a plan for independence in association with France, appealed for calm.

In November, Machoro led the occupation of the mining town of Thio, where armed Kanaks set up road blocks and held the town for weeks.

About 6,000 French troops and police are stationed in the territory. It was unclear whether Pisani's plan, which would put independence to a vote in July, could survive the violence.
""")
FRPOL = A("French police marksmen", "FRA", "COP")
MACHO = A("Eloi Machoro", "NCL", ["REB", "PTY"])
PISANI = A("Edgard Pisani", "FRA", "GOV")
SETT = A("European settlers", "NCL", "CVL")
FLNKS = A("Kanak Socialist National Liberation Front", "NCL", ["PTY", "REB"])
KANAK = A("Kanak militants", "NCL", ["REB", "CVL"])
E("bd12", "French police kill Kanak leader Machoro; emergency", FRPOL, MACHO, KILL, "186", "1985-01", None, False,
  "headline")
E("bd12", "emergency declared in New Caledonia", PISANI, A("New Caledonia", "NCL", None), ["17"], "1724", "1985-01",
  None, False, "headline, agentless passive")
E("bd12", "French police marksmen shot dead Eloi Machoro", FRPOL, MACHO, KILL, "186", "1985-01-12",
  P("La Foa", "NCL"), True, "killing of the separatist leader by police (18/19/17: coders split between an "
  "assassination, armed force and repression); compound object: Machoro, first member, required; 'a farm near La "
  "Foa' names the place; 'early on Saturday' before a Sunday paper")
E("bd12", "French police marksmen shot dead Eloi Machoro", FRPOL, A("Machoro's aide", "NCL", ["REB", "PTY"]), KILL,
  "186", "1985-01-12", P("La Foa", "NCL"), False, "second member: optional")
E("bd12", "declared a state of emergency throughout New", PISANI, A("New Caledonia", "NCL", None), ["17"], "1724",
  "1985-01-12", None, True, "state of emergency 1724 (news-dev); 'Hours later' than early Saturday; 'throughout New "
  "Caledonia' is the whole territory, no place")
E("bd12", "imposed a night curfew on Noumea, where", PISANI, A("Noumea residents", "NCL", "CVL"), ["17"], "1723",
  "1985-01-12", P("Noumea", "NCL"), True, "curfew 1723, second verb with its own object; 'on Noumea' names the place")
E("bd12", "European settlers had rampaged through the streets", SETT, FLNKS, VPROT, "145", "1985-01-11",
  P("Noumea", "NCL"), True, "dated background riot 145 (14/18/17) in a 'where' relative with its own agent; 'on "
  "Friday night'; 'where' = Noumea; target the front whose offices they attacked (next sentence)")
E("bd12", "set fire to cars and attacked the offices", SETT, FLNKS, VPROT, "145", "1985-01-11", None, False,
  "restatement of the riot: optional")
E("bd12", "was shot dead by Kanak gunmen on", KANAK, A("settler's son", "NCL", "CVL"), ATTACK, "180", "1985-01",
  None, True, "killing in a passive with its agent inside an 'after' clause: required; 'on his family's farm' names "
  "no place; no day of its own: month")
E("bd12", "French gendarmes fired tear gas to break", A("French gendarmes", "FRA", "COP"), SETT, REPR, "175", "1985-01",
  None, True, "riot control 175; the gendarmes are French as the text says; no day or place of its own: month")
E("bd12", "had refused an order to surrender", MACHO, A("French gendarmerie", "FRA", "COP"), ["12"], "124", "1985-01",
  None, False, "account by one side: optional")
E("bd12", "accused France of murder and said the", A("Jean-Marie Tjibaou", "NCL", ["PTY", "REB"]),
  A("French government", "FRA", "GOV"), ["11"], "112", "1985-01", None, True, "accusation 112; month")
E("bd12", "said the Kanaks would defend themselves", A("Jean-Marie Tjibaou", "NCL", ["PTY", "REB"]),
  A("French government", "FRA", "GOV"), ["13"], "130", "1985-01", None, False, "veiled threat: optional")
E("bd12", "armed Kanaks set up road blocks and", KANAK, A("French administration", "FRA", "GOV"), ["19", "17", "14"],
  "192", "1984-11", P("Thio", "NCL"), True, "dated background ('In November', year before publication): seizing and "
  "holding the town 192 (19/17/14; the road blocks alone would be 144); 'where' = the mining town of Thio")
E("bd12", "Machoro led the occupation of the mining", MACHO, A("French administration", "FRA", "GOV"), ["19", "17", "14"],
  "192", "1984-11", P("Thio", "NCL"), False, "the same occupation as a noun: optional")
F("bd12", "About 6,000 French troops and police are", "count, standing deployment")
F("bd12", "It was unclear whether Pisani's plan, which", "speculation")

if __name__ == "__main__":
    write(HERE)
