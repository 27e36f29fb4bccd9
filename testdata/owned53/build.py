#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned53 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned53/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
SOV = "RUS"  # the Soviet Union: its successor state's code (ISO 3166-1 has no current code for the USSR)

# ---------------------------------------------------------------- bb01 New Delhi, South Asia (India)
S("bb01", "1975-06-27", "South Asia", """
India's Gandhi declares emergency; opposition leaders held in dawn raids

NEW DELHI, India —

Police arrested hundreds of opposition politicians across India before dawn on Thursday, hours after President Fakhruddin Ali Ahmed proclaimed a state of emergency late on Wednesday at the request of Prime Minister Indira Gandhi.

Among those detained were Jayaprakash Narayan, the 72-year-old leader of a year-long campaign against corruption and misrule, and Morarji Desai, a former deputy prime minister.

In a radio broadcast on Thursday morning, Gandhi told the nation there was no cause for panic and accused the opposition of a deep and widespread conspiracy to block her government's reforms.

The government also imposed censorship on all newspapers. Electricity to the printing presses on the capital's newspaper row had been cut off on Wednesday night, editors said, and most morning papers failed to appear.

The crisis began on June 12, when a court in Allahabad found Gandhi guilty of electoral malpractice in the 1971 campaign and voided her seat in Parliament, a ruling that would have barred her from elected office for six years.

On Wednesday Narayan told a rally of tens of thousands in Delhi that the prime minister must resign, and he urged soldiers and police not to obey unlawful orders.

It was unclear how many people were being held or how long the emergency would last.

India has been governed under its parliamentary constitution since 1950, and civil liberties had never before been suspended in peacetime.
""")
GANDHI = A("Indira Gandhi", "IND", "GOV")
INDOPP = A("Indian opposition politicians", "IND", ["OPP", "PTY"])
INDCOP = A("Indian police", "IND", "COP")
NARAYAN = A("Jayaprakash Narayan", "IND", ["OPP", "CVL"])
INDCVL = A("Indian citizens", "IND", "CVL")
E("bb01", "India's Gandhi declares emergency; opposition leaders held", GANDHI, INDCVL, ["17"], "1724", "1975-06", None,
  False, "headline")
E("bb01", "Police arrested hundreds of opposition politicians across", INDCOP, INDOPP, ["17"], "173", "1975-06-26", None,
  True, "mass arrest 173; unnamed police are India's; 'before dawn on Thursday' before a Friday paper; 'across India' "
  "names no place")
E("bb01", "proclaimed a state of emergency late on", A("Fakhruddin Ali Ahmed", "IND", "GOV"), INDCVL, ["17"], "1724",
  "1975-06-25", None, True, "declared emergency 1724 (news-dev); 'hours after' clause with its own agent and day "
  "('late on Wednesday'): required; the president proclaims it, so he is the source")
E("bb01", "at the request of Prime Minister Indira", GANDHI, A("Fakhruddin Ali Ahmed", "IND", "GOV"), DEMAND, "100",
  "1975-06-25", None, False, "request put as a nominal phrase: optional")
E("bb01", "Among those detained were Jayaprakash Narayan, the", INDCOP, NARAYAN, ["17"], "173", "1975-06-26", None, False,
  "agentless restatement of the lead's arrests, first member: optional")
E("bb01", "and Morarji Desai, a former deputy prime", INDCOP, A("Morarji Desai", "IND", ["OPP", "PTY"]), ["17"], "173",
  "1975-06-26", None, False, "second member of the restatement: optional")
E("bb01", "accused the opposition of a deep and", GANDHI, INDOPP, ["11"], "112", "1975-06-26", None, True,
  "accusation 112 in a broadcast 'on Thursday morning'; 'told the nation there was no cause for panic' is no event")
E("bb01", "The government also imposed censorship on all", A("Indian government", "IND", "GOV"),
  A("Indian newspapers", "IND", "MED"), ["17"], "1721", "1975-06", None, True,
  "censorship 1721 (restriction of political freedoms); no day of its own: month")
E("bb01", "Electricity to the printing presses on the", A("Indian government", "IND", "GOV"),
  A("Indian newspapers", "IND", "MED"), ["17"], "1721", "1975-06-25", P("New Delhi", "IND"), False,
  "agentless passive ('had been cut off'), reported by editors: optional; 'the capital's newspaper row' with the "
  "dateline gives New Delhi")
E("bb01", "when a court in Allahabad found Gandhi", A("Allahabad High Court", "IND", "JUD"), GANDHI, ["17", "11"], "172",
  "1975-06-12", P("Allahabad", "IND"), True, "court verdict voiding her seat (news-dev court verdicts 17/11; 172 for "
  "the disqualification); dated background in a 'when' clause with its own agent: required; 'a court in Allahabad' "
  "names the place")
E("bb01", "told a rally of tens of thousands", NARAYAN, GANDHI, DEMAND, "1041", "1975-06-25", P("Delhi", "IND"), True,
  "demand for resignation 1041 (10/02); 'On Wednesday'; 'in Delhi' names the place")
E("bb01", "he urged soldiers and police not to", NARAYAN, A("Indian army", "IND", "MIL"), DEMAND, "020", "1975-06-25", None,
  False, "appeal to security forces to disobey, second clause with a pronoun: optional (coders split on the code)")
F("bb01", "It was unclear how many people were", "speculation")
F("bb01", "India has been governed under its parliamentary", "standing situation; negated suspension")

# ---------------------------------------------------------------- bb02 Nairobi, Africa (Uganda / Israel / Kenya)
S("bb02", "1976-07-04", "Africa", """
Israeli commandos storm Entebbe airport, free hostages held by hijackers

NAIROBI, Kenya —

Israeli commandos flew more than 2,000 miles to Uganda and stormed the old terminal building at Entebbe airport shortly before midnight on Saturday, freeing about 100 hostages held there by pro-Palestinian hijackers for a week.

Israeli officials said all seven hijackers were killed. Ugandan soldiers guarding the terminal opened fire on the raiders, and about 20 of them died in the gun battle that followed.

Before flying out early on Sunday, the commandos blew up about a dozen Ugandan air force MiG fighters parked on the airfield.

Kenya let the Israeli transport planes refuel at Nairobi airport on their way home, an official here said.

Uganda radio said President Idi Amin, who had visited the hostages several times during the week, condemned the raid as an act of aggression.

The hijackers, two West Germans and two Palestinians, seized an Air France airliner with more than 250 people aboard on June 27, shortly after it left Athens on a flight from Tel Aviv to Paris, and forced it to fly to Entebbe by way of Libya.

They had demanded that Israel free 40 jailed guerrillas and that four other governments release 13 more, and had let most of the non-Israeli passengers go.

It was not known what had become of a 75-year-old hostage who had been taken to a hospital in Kampala before the raid.

Entebbe lies on the shore of Lake Victoria, about 20 miles south of the capital.
""")
ISRMIL = A("Israeli commandos", "ISR", "MIL")
HIJ = A("pro-Palestinian hijackers", None, ["RAD", "CRM"])
UGAMIL = A("Ugandan soldiers", "UGA", "MIL")
E("bb02", "Israeli commandos storm Entebbe airport, free hostages", ISRMIL, HIJ, ["19", "18"], "190", "1976-07", None, False,
  "headline")
E("bb02", "stormed the old terminal building at Entebbe", ISRMIL, HIJ, ["19", "18"], "190", "1976-07-03",
  P("Entebbe", "UGA"), True, "armed rescue raid 190 (19/18); target the hijackers (the text gives them no single "
  "nationality: null); 'shortly before midnight on Saturday' in a Sunday paper; 'at Entebbe airport' names the place")
E("bb02", "Israeli officials said all seven hijackers were", ISRMIL, HIJ, ["19", "18"], "190", "1976-07", None, False,
  "agentless passive restating the raid: optional")
E("bb02", "Ugandan soldiers guarding the terminal opened fire", UGAMIL, ISRMIL, ["19", "18"], "190", "1976-07", None,
  True, "exchange of fire 190; first-mentioned direction (Ugandan soldiers) required; no day in the sentence: month; "
  "'the terminal' names no city")
E("bb02", "about 20 of them died in the", ISRMIL, UGAMIL, ["19", "18"], "190", "1976-07", None, False,
  "reverse direction of the gun battle, agentless: optional")
E("bb02", "the commandos blew up about a dozen", ISRMIL, A("Ugandan air force", "UGA", "MIL"), ["19", "18"], "190",
  "1976-07-04", None, True, "destroying military aircraft 190; 'early on Sunday' in the participle clause; 'the "
  "airfield' names no place")
E("bb02", "Kenya let the Israeli transport planes refuel", A("Kenya", "KEN", "GOV"), A("Israel", "ISR", ["GOV", "MIL"]),
  ["06", "07"], "062", "1976-07", P("Nairobi", "KEN"), True, "letting military planes refuel: military cooperation "
  "062 (06/07); 'at Nairobi airport' names the place; no day of its own: month")
E("bb02", "condemned the raid as an act of", A("Idi Amin", "UGA", "GOV"), A("Israel", "ISR", "GOV"), ["11"], "111",
  "1976-07", None, True, "denunciation 111, reported by Uganda radio (attribution); month")
E("bb02", "who had visited the hostages several times", A("Idi Amin", "UGA", "GOV"), A("hostages", None, "CVL"), ["04"],
  "040", "1976-07", None, False, "undated pluperfect relative: optional")
E("bb02", "seized an Air France airliner with more", HIJ, A("Air France airliner and passengers", "FRA", ["BUS", "CVL"]),
  ["18"], "181", "1976-06-27", None, True, "hijacking 181; dated background ('on June 27'); the apposition 'two West "
  "Germans and two Palestinians' is no compound subject: one line, country null; Athens is where the plane had "
  "left, not the place of the seizure")
E("bb02", "They had demanded that Israel free 40", HIJ, A("Israel", "ISR", "GOV"), DEMAND, "1053", "1976", None, True,
  "demand to release prisoners 1053 (10/02); 'They' = the hijackers; undated pluperfect inside a week that spans "
  "June and July: year")
E("bb02", "and that four other governments release 13", HIJ, A("four other governments", None, "GOV"), DEMAND, "1053",
  "1976", None, False, "second member of the demand: optional")
E("bb02", "had let most of the non-Israeli passengers", HIJ, A("non-Israeli passengers", None, "CVL"), ["08"], "0841",
  "1976", None, False, "release of hostages 0841, third clause: optional")
F("bb02", "It was not known what had become", "unknown fate: nothing happened in the sentence")
F("bb02", "Entebbe lies on the shore of Lake", "geography")

# ---------------------------------------------------------------- bb03 Rome, Europe/Eurasia (Italy)
S("bb03", "1978-03-17", "Europe/Eurasia", """
Red Brigades kidnap Aldo Moro in Rome, kill five bodyguards

ROME, Italy —

Red Brigades guerrillas kidnapped Aldo Moro, the president of Italy's governing Christian Democrats, in a Rome street on Thursday morning, killing all five police officers of his escort in a burst of automatic fire.

Witnesses said about a dozen attackers, some dressed as airline crew, blocked Moro's car at a crossroads as he was being driven to Parliament, bundled him into another car and escaped.

The left-wing group claimed the attack in a telephone call to a news agency.

Interior Minister Francesco Cossiga ordered roadblocks on every road out of the capital, and thousands of police and soldiers searched cars and apartments through the day.

The country's three main trade union federations called a general strike for the afternoon, and millions of workers left their jobs in protest.

Communist leader Enrico Berlinguer, whose party was to back a Christian Democrat government for the first time that day, called the attack a blow against the republic itself. Hours later, Parliament approved Prime Minister Giulio Andreotti's new cabinet in a vote of confidence.

The Red Brigades had shot dead a police marshal in Turin on March 10, during the trial there of the group's founder, Renato Curcio.

Moro, 61, has been prime minister five times and was widely expected to become the next head of state.

It was not known where he was being held or whether he had been wounded.
""")
BR = A("Red Brigades", "ITA", ["RAD", "REB"])
MORO = A("Aldo Moro", "ITA", ["PTY", "ELI"])
ITACOP = A("Italian police", "ITA", "COP")
E("bb03", "Red Brigades kidnap Aldo Moro in Rome", BR, MORO, ["18"], "181", "1978-03", P("Rome", "ITA"), False, "headline")
E("bb03", "Red Brigades guerrillas kidnapped Aldo Moro, the", BR, MORO, ["18"], "181", "1978-03-16", P("Rome", "ITA"), True,
  "abduction 181; 'on Thursday morning' before a Friday paper; 'in a Rome street' names the place")
E("bb03", "killing all five police officers of his", BR, ITACOP, ATTACK, "180", "1978-03-16", P("Rome", "ITA"), True,
  "killing of the escort, participle clause with its own object: a second event (18/19/20)")
E("bb03", "Witnesses said about a dozen attackers, some", BR, MORO, ["18"], "181", "1978-03-16", None, False,
  "witness account restating the abduction: optional")
E("bb03", "Interior Minister Francesco Cossiga ordered roadblocks on", A("Francesco Cossiga", "ITA", "GOV"), BR,
  ["15", "17", "14"], "151", "1978-03", P("Rome", "ITA"), False, "raising police alert 151; coders split (15/17/14): "
  "optional; 'the capital' with the dateline gives Rome")
E("bb03", "called a general strike for the afternoon", A("Italian trade union federations", "ITA", "LAB"), BR, ["14"], "143",
  "1978-03", None, True, "call for a general strike 143 against the kidnapping; 'for the afternoon' has no day of its "
  "own: month")
E("bb03", "millions of workers left their jobs in", A("Italian workers", "ITA", "LAB"), BR, ["14"], "143", "1978-03", None,
  False, "the strike itself, second clause: optional")
E("bb03", "called the attack a blow against the", A("Enrico Berlinguer", "ITA", "PTY"), BR, ["11"], "111", "1978-03", None,
  True, "condemnation 111; the relative about his party's support is no event")
E("bb03", "Parliament approved Prime Minister Giulio Andreotti's new", A("Italian Parliament", "ITA", ["LEG", "GOV"]),
  A("Giulio Andreotti", "ITA", "GOV"), ["05", "03"], "050", "1978-03", None, False,
  "vote of confidence: support, coders split: optional")
E("bb03", "had shot dead a police marshal in", BR, ITACOP, ATTACK, "180", "1978-03-10", P("Turin", "ITA"), True,
  "dated background killing ('on March 10'); 'in Turin' names the place; the trial is no event")
F("bb03", "Moro, 61, has been prime minister five", "standing facts and expectation")
F("bb03", "It was not known where he was", "unknown: nothing happened")

# ---------------------------------------------------------------- bb04 Washington, Middle East (Egypt / Israel)
S("bb04", "1978-09-18", "Middle East", """
Sadat and Begin sign Camp David accords; Egypt to regain Sinai

WASHINGTON, United States —

Egyptian President Anwar Sadat and Israeli Prime Minister Menachem Begin signed two agreements at the White House on Sunday night that set out a path to a peace treaty within three months, ending 13 days of secluded talks with President Jimmy Carter at Camp David.

Under the first accord, Israel is to return the Sinai peninsula, which it captured in the 1967 war, and the two countries are to establish normal relations. The second sets a five-year transition to self-rule for Palestinians in the occupied West Bank and Gaza Strip.

Begin promised to put the removal of Israel's settlements in Sinai to a vote in the Knesset within two weeks.

Carter, who mediated much of the summit by shuttling between the two leaders' cabins, urged King Hussein of Jordan and Palestinian leaders to join the negotiations on the West Bank.

In Beirut, the Palestine Liberation Organisation denounced the accords on Monday as a betrayal of the Palestinian people. Syria rejected them as well, its state radio said.

Egypt's foreign minister, Mohamed Ibrahim Kamel, resigned in protest before the signing, officials in Cairo said.

Sadat, who stunned the Arab world by flying to Jerusalem last November, embraced Begin after the ceremony.

Egypt and Israel have fought four wars since 1948.

Whether other Arab states would follow Sadat's lead was far from clear.
""")
SADAT = A("Anwar Sadat", "EGY", "GOV")
BEGIN = A("Menachem Begin", "ISR", "GOV")
CARTER = A("Jimmy Carter", "USA", "GOV")
PLO = A("Palestine Liberation Organisation", "PSE", ["REB", "NGO", "GOV"])
E("bb04", "Sadat and Begin sign Camp David accords;", SADAT, BEGIN, AGREE, "057", "1978-09", None, False, "headline")
E("bb04", "signed two agreements at the White House", SADAT, BEGIN, AGREE, "057", "1978-09-17", P("Washington", "USA"), True,
  "signing 057 (05/03/08); compound subject, first-mentioned direction required; 'on Sunday night' before a Monday "
  "paper; 'at the White House' with the Washington dateline names the place")
E("bb04", "signed two agreements at the White House", BEGIN, SADAT, AGREE, "057", "1978-09-17", P("Washington", "USA"),
  False, "reverse direction: optional")
E("bb04", "ending 13 days of secluded talks with", SADAT, CARTER, ["04"], "046", "1978-09", P("Camp David", "USA"), False,
  "the summit talks, participle restating the background of the signing: optional")
E("bb04", "Begin promised to put the removal of", BEGIN, SADAT, ["03"], "030", "1978-09", None, False,
  "pledge inside the agreement's terms: optional (coders split on 03 and 08)")
E("bb04", "urged King Hussein of Jordan and Palestinian", CARTER, A("King Hussein", "JOR", "GOV"), DEMAND, "026", "1978-09",
  None, True, "appeal to join negotiations 026 (02/10); first member of the compound object required; no day: month")
E("bb04", "urged King Hussein of Jordan and Palestinian", CARTER, A("Palestinian leaders", "PSE", ["GOV", "REB"]), DEMAND,
  "026", "1978-09", None, False, "second member: optional")
E("bb04", "who mediated much of the summit by", CARTER, SADAT, ["04"], "045", "1978-09", None, False,
  "mediation 045 in an undated relative: optional")
E("bb04", "denounced the accords on Monday as a", PLO, A("Egypt", "EGY", "GOV"), ["11"], "111", "1978-09-18",
  P("Beirut", "LBN"), True, "denunciation 111; target the first signatory; 'In Beirut' opens the clause; 'on Monday' "
  "in a Monday paper; the PLO's sector as a list (news-dev gives Hamas REB/GOV)")
E("bb04", "Syria rejected them as well, its state", A("Syria", "SYR", "GOV"), A("Egypt", "EGY", "GOV"), ["12"], "127",
  "1978-09", None, True, "rejecting a peace plan 127; 'them' = the accords; no day: month")
E("bb04", "resigned in protest before the signing, officials", A("Mohamed Ibrahim Kamel", "EGY", "GOV"), SADAT,
  ["14", "12"], "140", "1978-09", None, False, "a resignation in protest has no clear CAMEO class: optional")
E("bb04", "who stunned the Arab world by flying", SADAT, A("Israel", "ISR", "GOV"), ["04"], "042", "1977-11",
  P("Jerusalem", "ISR"), True, "dated background visit 042 in a relative with its own agent ('last November' = the "
  "year before publication); a visit to a foreign capital takes the city as place")
E("bb04", "embraced Begin after the ceremony", SADAT, BEGIN, ["05"], "051", "1978-09-17", None, False,
  "gesture of support, weak: optional")
F("bb04", "Egypt and Israel have fought four wars", "count and standing history")
F("bb04", "Whether other Arab states would follow Sadat's", "speculation")

# ---------------------------------------------------------------- bb05 Buenos Aires, Americas (Argentina)
S("bb05", "1976-03-25", "Americas", """
Argentine military ousts Isabel Peron; three-man junta dissolves Congress

BUENOS AIRES, Argentina —

Argentina's armed forces seized power early on Wednesday and deposed President Isabel Peron, ending two years of her rule amid guerrilla violence, strikes and runaway inflation.

Air force officers detained Mrs. Peron shortly after midnight, when the helicopter taking her from Government House to the presidential residence put down instead at the city's domestic airport. She was flown to a government lodge in the southern province of Neuquen, officials said.

In a communique read on state radio, a junta of the army, navy and air force commanders, headed by Gen. Jorge Rafael Videla, dissolved Congress and suspended all activity by political parties and trade unions.

Troops occupied the headquarters of the General Confederation of Labour, the Peronist union federation, and detained several of its leaders during the day.

Tanks took up positions in the Plaza de Mayo, but the capital was calm and there was no sign of resistance.

The takeover had been expected for weeks. In December, air force officers rebelled at a base near the capital and demanded that Mrs. Peron step down, before surrendering four days later.

Mrs. Peron, 45, succeeded her husband, Juan Peron, when he died in July 1974.

Consumer prices rose by more than 300 percent last year, according to official figures.
""")
ARGMIL = A("Argentine armed forces", "ARG", "MIL")
PERON = A("Isabel Peron", "ARG", "GOV")
JUNTA = A("Argentine military junta", "ARG", ["MIL", "GOV"])
E("bb05", "Argentine military ousts Isabel Peron; three-man junta", ARGMIL, PERON, COUP, "1724", "1976-03", None, False,
  "headline")
E("bb05", "Argentina's armed forces seized power early on", ARGMIL, PERON, COUP, "1724", "1976-03-24", None, True,
  "military takeover (news-dev: coups 17/19, a declared takeover 1724); 'early on Wednesday' before a Thursday paper")
E("bb05", "Air force officers detained Mrs. Peron shortly", A("Argentine air force officers", "ARG", "MIL"), PERON, ["17"],
  "173", "1976-03-24", P("Buenos Aires", "ARG"), True, "detention 173; 'shortly after midnight' of the coup night in "
  "the lead; the 'when' clause's 'the city's domestic airport' with the dateline gives Buenos Aires")
E("bb05", "She was flown to a government lodge", ARGMIL, PERON, ["17"], "173", "1976-03", None, False,
  "agentless passive continuing the detention: optional")
E("bb05", "dissolved Congress and suspended all activity by", JUNTA, A("Argentine Congress", "ARG", "LEG"), ["17"], "172",
  "1976-03", None, True, "dissolving Congress 172; the communique has no day of its own: month")
E("bb05", "suspended all activity by political parties and", JUNTA, A("Argentine political parties", "ARG", "PTY"), ["17"],
  "1722", "1976-03", None, False, "ban on party and union activity 1722, second verb: optional")
E("bb05", "Troops occupied the headquarters of the General", ARGMIL, A("General Confederation of Labour", "ARG", "LAB"),
  ["17"], "1711", "1976-03", None, False, "seizing a building 1711, first verb of a compound predicate whose second "
  "verb (the detentions) is the clearer act: optional")
E("bb05", "and detained several of its leaders during", ARGMIL, A("Argentine union leaders", "ARG", "LAB"), ["17"], "173",
  "1976-03", None, True, "detention 173; unnamed troops are Argentina's; 'during the day' has no day of its own: month")
E("bb05", "Tanks took up positions in the Plaza", ARGMIL, A("Argentine citizens", "ARG", "CVL"), ["15"], "150", "1976-03",
  P("Buenos Aires", "ARG"), False, "show of force 150: optional; the Plaza de Mayo is in the capital")
E("bb05", "demanded that Mrs. Peron step down, before", A("Argentine air force rebels", "ARG", "MIL"), PERON, DEMAND,
  "1041", "1975-12", None, True, "demand for resignation 1041; dated background 'In December' = the year before "
  "publication; 'a base near the capital' names no place")
E("bb05", "air force officers rebelled at a base", A("Argentine air force rebels", "ARG", "MIL"), PERON, ["17", "19"], "170",
  "1975-12", None, False, "the rebellion itself, no clear CAMEO class: optional")
F("bb05", "The takeover had been expected for weeks", "expectation: nothing happened")
F("bb05", "Consumer prices rose by more than 300", "count")

# ---------------------------------------------------------------- bb06 Bangkok, Asia (Thailand)
S("bb06", "1976-10-07", "Asia", """
Thai military seizes power after police storm Bangkok university

BANGKOK, Thailand —

Thailand's armed forces seized power on Wednesday evening, hours after police and right-wing militiamen stormed Thammasat University in the capital and opened fire on students who had occupied the campus.

The government put the death toll at 46, though students and doctors said it was higher. Witnesses said some students who fled the campus were beaten to death by mobs in the park outside.

Police said about 3,000 students had been arrested and taken to detention camps outside the city.

A group of senior officers calling itself the National Administrative Reform Council, headed by Admiral Sangad Chaloryu, announced on radio that it had dissolved Parliament, scrapped the constitution and imposed martial law.

The council accused the students of plotting with communist Vietnam to overthrow the monarchy.

Prime Minister Seni Pramoj, whose coalition had governed since April, was not detained, aides said.

The students had been protesting since last month against the return of Field Marshal Thanom Kittikachorn, the military ruler driven out by a student uprising in 1973, who came back from exile in Singapore on Sept. 19 wearing the saffron robes of a Buddhist monk.

Right-wing newspapers had accused the students of insulting the crown prince in a mock hanging staged on the campus.
""")
THAMIL = A("Thai armed forces", "THA", "MIL")
THACOUNCIL = A("National Administrative Reform Council", "THA", ["MIL", "GOV"])
THASTU = A("Thai students", "THA", ["CVL", "EDU"])
E("bb06", "Thai military seizes power after police storm", THAMIL, A("Thai government", "THA", "GOV"), COUP, "1724",
  "1976-10", None, False, "headline")
E("bb06", "Thailand's armed forces seized power on Wednesday", THAMIL, A("Thai government", "THA", "GOV"), COUP, "1724",
  "1976-10-06", None, True, "military takeover 1724 (17/19); 'on Wednesday evening' before a Thursday paper")
E("bb06", "police and right-wing militiamen stormed Thammasat University", A("Thai police", "THA", "COP"), THASTU,
  ["17", "18", "19"], "175", "1976-10-06", P("Bangkok", "THA"), True, "violent repression 175 (17/18/19); 'hours after' "
  "clause with its own agent: required; first member of the compound subject; 'in the capital' gives Bangkok")
E("bb06", "police and right-wing militiamen stormed Thammasat University", A("Thai right-wing militiamen", "THA",
  ["RAD", "CVL"]), THASTU, ["18", "17"], "180", "1976-10-06", P("Bangkok", "THA"), False, "second member: optional")
E("bb06", "Witnesses said some students who fled the", A("Thai right-wing mobs", "THA", ["RAD", "CVL"]), THASTU,
  ["18"], "1823", "1976-10", None, False, "witness account of killings by mobs: optional; 'the park outside' names "
  "no place")
E("bb06", "Police said about 3,000 students had been", A("Thai police", "THA", "COP"), THASTU, ["17"], "173", "1976-10",
  None, True, "arrests reported by the arresting police 173, required (as owned21 d11 and owned35 ai05); no day: month")
E("bb06", "announced on radio that it had dissolved", THACOUNCIL, A("Thai Parliament", "THA", "LEG"), ["17"], "172",
  "1976-10", None, True, "dissolving Parliament 172, first of three acts; the announcement has no day of its own: "
  "month")
E("bb06", "scrapped the constitution and imposed martial law", THACOUNCIL, A("Thai citizens", "THA", "CVL"), ["17"],
  "1724", "1976-10", None, False, "martial law 1724, restating the takeover: optional")
E("bb06", "The council accused the students of plotting", THACOUNCIL, THASTU, ["11"], "112", "1976-10", None, True,
  "accusation 112; 'The council' refers back; communist Vietnam is inside the charge, not a target")
E("bb06", "had been protesting since last month against", THASTU, A("Thanom Kittikachorn", "THA", ["MIL", "ELI"]), ["14"],
  "141", "1976-09", None, True, "protest 141 'since last month': the month before publication")
E("bb06", "driven out by a student uprising in", THASTU, A("Thanom Kittikachorn", "THA", ["MIL", "GOV"]), VPROT, "145",
  "1973", None, False, "passive with its agent inside an apposition: optional")
E("bb06", "Right-wing newspapers had accused the students of", A("Thai right-wing newspapers", "THA", "MED"), THASTU,
  ["11"], "112", "1976", None, False, "undated pluperfect accusation by newspapers: optional")
F("bb06", "The government put the death toll at", "count")
F("bb06", "Prime Minister Seni Pramoj, whose coalition had", "negated act and standing situation")

# ---------------------------------------------------------------- bb07 Beirut, Middle East (Lebanon / U.S. / France)
S("bb07", "1983-10-24", "Middle East", """
Suicide bombers kill scores of U.S. Marines and French troops in Beirut

BEIRUT, Lebanon —

A suicide bomber drove a truck packed with explosives into the headquarters of the U.S. Marines at Beirut airport early on Sunday, destroying the four-storey building and killing at least 161 Americans, a Marine spokesman said.

Minutes later a second bomber drove a van into a building used by French paratroopers in the Jnah district of west Beirut, bringing it down on the men inside. French officials said 27 soldiers were dead and dozens missing.

A caller who said he spoke for a group called Islamic Jihad claimed both attacks in a telephone call to a French news agency.

President Reagan called the bombing a despicable act and said the Marines, part of a multinational peacekeeping force with French, Italian and British troops, would stay in Lebanon.

French President Francois Mitterrand flew to Beirut on Monday to visit the wounded and the ruins of the paratroopers' post.

Lebanese President Amin Gemayel condemned the attacks and declared three days of mourning.

The Marines landed in Beirut in September last year, and in April a car bomb wrecked the U.S. embassy in west Beirut, killing 63 people.

Rescue workers using cranes and bare hands worked through the night to free Marines trapped under the concrete.

Officials could not say how the truck got past the sentries at the gate.
""")
BOMBER = A("unidentified suicide bomber", None, None)
USMAR = A("U.S. Marines", "USA", "MIL")
FRAMIL = A("French paratroopers", "FRA", "MIL")
E("bb07", "Suicide bombers kill scores of U.S. Marines", BOMBER, USMAR, ATTACK, "1831", "1983-10", None, False, "headline")
E("bb07", "drove a truck packed with explosives into", BOMBER, USMAR, ATTACK, "1831", "1983-10-23", P("Beirut", "LBN"), True,
  "suicide truck bombing 1831 (18/19/20); unnamed bomber null/null (news-dev); 'early on Sunday' before a Monday "
  "paper; 'at Beirut airport' names the place")
E("bb07", "Minutes later a second bomber drove a", BOMBER, FRAMIL, ATTACK, "1831", "1983-10-23", P("Beirut", "LBN"), True,
  "second suicide bombing; 'Minutes later' anchors to Sunday; 'west Beirut' names the place")
E("bb07", "President Reagan called the bombing a despicable", A("Ronald Reagan", "USA", "GOV"), BOMBER, ["11"], "111",
  "1983-10", None, True, "condemnation 111; target the unnamed bomber; no day: month; the promise that the Marines "
  "would stay is no event")
E("bb07", "Francois Mitterrand flew to Beirut on Monday", A("Francois Mitterrand", "FRA", "GOV"), A("Lebanon", "LBN", "GOV"),
  ["04"], "042", "1983-10-24", P("Beirut", "LBN"), True, "visit 042 to a foreign capital, the city as place; 'on "
  "Monday' in a Monday paper")
E("bb07", "Amin Gemayel condemned the attacks and declared", A("Amin Gemayel", "LBN", "GOV"), BOMBER, ["11"], "111",
  "1983-10", None, True, "condemnation 111 by the host government; the mourning is no event; month")
E("bb07", "The Marines landed in Beirut in September", USMAR, A("Lebanon", "LBN", "GOV"), ["07", "15"], "074", "1982-09",
  P("Beirut", "LBN"), True, "peacekeeping deployment 074 (news-dev 07/15); dated background 'in September last "
  "year'; 'in Beirut' names the place")
E("bb07", "in April a car bomb wrecked the", A("unidentified car bomber", None, None), A("U.S. embassy", "USA", None),
  ATTACK, "1832", "1983-04", P("Beirut", "LBN"), True, "car bombing 1832; premises are the country with sector null; "
  "dated background 'in April'; 'in west Beirut' names the place")
F("bb07", "Rescue workers using cranes and bare hands", "rescue work: no political event")
F("bb07", "Officials could not say how the truck", "negated statement")

# ---------------------------------------------------------------- bb08 Hamilton, Pacific (New Zealand)
S("bb08", "1981-07-26", "Pacific", """
Protesters invade pitch, force cancellation of Springbok match in Hamilton

HAMILTON, New Zealand —

About 350 anti-apartheid demonstrators tore down a fence and occupied the pitch at Rugby Park here on Saturday, forcing police to call off the match between the touring South African Springboks and the Waikato provincial team.

Police said they cancelled the game an hour before kick-off after learning that a man who had stolen a light aircraft was threatening to crash it into the grandstand.

Spectators, many of whom had waited hours to watch the match, then attacked the protesters with fists, bottles and cans as police led them off the field, and dozens were hurt.

Prime Minister Robert Muldoon, whose government has refused to stop the tour, said on Sunday that the protesters had won a victory for mob rule.

Organisers of the Halt All Racist Tours campaign said they would try to disrupt every one of the team's remaining matches.

Several thousand people demonstrated at Auckland airport when the South Africans arrived a week ago.

Most black African nations boycotted the 1976 Olympic Games because New Zealand, whose All Blacks had toured South Africa that year, was allowed to take part.

New Zealanders are deeply divided over the tour, opinion polls show.

It was unclear whether the remaining matches would go ahead.
""")
NZPROT = A("New Zealand anti-apartheid protesters", "NZL", ["CVL", "NGO"])
SPRING = A("Springboks (South African rugby team)", "ZAF", None)
E("bb08", "Protesters invade pitch, force cancellation of Springbok", NZPROT, SPRING, ["14"], "144", "1981-07", None, False,
  "headline")
E("bb08", "occupied the pitch at Rugby Park here", NZPROT, SPRING, ["14"], "144", "1981-07-25", P("Hamilton", "NZL"), True,
  "occupation of the field 144 (any 14 accepted); target the touring team (the protest is against apartheid sport); "
  "'here' with the dateline names Hamilton; 'on Saturday' in a Sunday paper")
E("bb08", "a man who had stolen a light", A("unidentified pilot", None, None), A("New Zealand police", "NZL", "COP"),
  ["13"], "138", "1981-07-25", None, False, "threat reported by police, unnamed man: optional")
E("bb08", "then attacked the protesters with fists, bottles", A("rugby spectators", "NZL", "CVL"), NZPROT,
  ["18", "14", "17"], "182", "1981-07-25", None, True, "assault 182 (18/14/17); 'then' follows the Saturday "
  "occupation; 'the field' names no city in this sentence")
E("bb08", "as police led them off the field", A("New Zealand police", "NZL", "COP"), NZPROT, ["17"], "170", "1981-07-25",
  None, False, "removal of protesters in a subordinate clause: optional")
E("bb08", "said on Sunday that the protesters had", A("Robert Muldoon", "NZL", "GOV"), NZPROT, ["11"], "111",
  "1981-07-26", None, True, "criticism 111; 'on Sunday' in a Sunday paper")
E("bb08", "whose government has refused to stop the", A("New Zealand government", "NZL", "GOV"), NZPROT, ["12"], "120",
  "1981", None, False, "standing refusal in a present-perfect relative: optional")
E("bb08", "said they would try to disrupt every", A("Halt All Racist Tours", "NZL", "NGO"), SPRING, ["13"], "133",
  "1981-07", None, True, "threat of protest 133; no day: month")
E("bb08", "Several thousand people demonstrated at Auckland airport", NZPROT, SPRING, ["14"], "141", "1981-07",
  P("Auckland", "NZL"), True, "demonstration 141; 'a week ago' gives the month; 'at Auckland airport' names the place")
E("bb08", "Most black African nations boycotted the 1976", A("black African nations", None, "GOV"),
  A("New Zealand", "NZL", "GOV"), ["14"], "143", "1976", None, True, "boycott 143 with its own year: dated background; "
  "source null/GOV as news-dev's 'some UN member states'; no city named")
E("bb08", "whose All Blacks had toured South Africa", A("All Blacks (New Zealand rugby team)", "NZL", None),
  A("South Africa", "ZAF", None), ["04"], "042", "1976", None, False, "a sports tour, not a political visit: optional")
F("bb08", "New Zealanders are deeply divided over the", "opinion polls: standing situation")
F("bb08", "It was unclear whether the remaining matches", "speculation")

# ---------------------------------------------------------------- bb09 Addis Ababa, Africa (Ethiopia)
S("bb09", "1991-05-22", "Africa", """
Ethiopia's Mengistu resigns and flees as rebels close in on Addis Ababa

ADDIS ABABA, Ethiopia —

President Mengistu Haile Mariam resigned and left Ethiopia on Tuesday as rebel armies closed in on the capital, ending 14 years of rule in which hundreds of thousands of Ethiopians died in war, famine and purges, state radio said.

He flew to Zimbabwe, whose government said it had granted him refuge on humanitarian grounds. Officials in Harare said he would live on a farm with his family.

Vice President Tesfaye Gebre-Kidan, named acting head of state, offered the rebels an immediate ceasefire and called for talks on a transitional government.

The government imposed a dusk-to-dawn curfew in the capital, and soldiers manned checkpoints on the main roads into the city.

The main rebel force, the Ethiopian People's Revolutionary Democratic Front, is within about 50 miles of Addis Ababa. Its radio said the front would attend peace talks in London next Monday chaired by Herman Cohen, the U.S. assistant secretary of state for African affairs.

The Eritrean People's Liberation Front, which captured the Red Sea port of Massawa from government troops in February last year, controls almost all of Eritrea.

Mengistu, an army officer, rose to power after the overthrow of Emperor Haile Selassie in 1974 and became head of state in 1977.

It was not clear whether the army would try to defend the capital.
""")
MENG = A("Mengistu Haile Mariam", "ETH", "GOV")
EPRDF = A("Ethiopian People's Revolutionary Democratic Front", "ETH", "REB")
ETHG = A("Ethiopian government", "ETH", "GOV")
E("bb09", "Ethiopia's Mengistu resigns and flees as rebels", MENG, EPRDF, ["08"], "0831", "1991-05", None, False, "headline")
E("bb09", "President Mengistu Haile Mariam resigned and left", MENG, EPRDF, ["08"], "0831", "1991-05-21", None, True,
  "resignation under pressure 0831 with the advancing rebels as implied target (as news-dev d09 with protesters); "
  "'on Tuesday' before a Wednesday paper; leaving the country has no code")
E("bb09", "whose government said it had granted him", A("Zimbabwe", "ZWE", "GOV"), MENG, ["07"], "075", "1991-05", None,
  True, "asylum 075 in a relative with its own agent; no day: month")
E("bb09", "offered the rebels an immediate ceasefire and", A("Tesfaye Gebre-Kidan", "ETH", "GOV"), EPRDF, ["03", "08"],
  "0356", "1991-05", None, True, "offer of a ceasefire: intent to de-escalate 0356 (03/08); 'named acting head of "
  "state' is no event; no day: month")
E("bb09", "called for talks on a transitional government", A("Tesfaye Gebre-Kidan", "ETH", "GOV"), EPRDF, ["03", "02", "10"],
  "036", "1991-05", None, False, "call for talks, second verb: optional")
E("bb09", "The government imposed a dusk-to-dawn curfew in", ETHG, A("Ethiopian citizens", "ETH", "CVL"), ["17"], "1723",
  "1991-05", P("Addis Ababa", "ETH"), True, "curfew 1723; 'in the capital' gives Addis Ababa; month")
E("bb09", "soldiers manned checkpoints on the main roads", A("Ethiopian army", "ETH", "MIL"),
  A("Ethiopian citizens", "ETH", "CVL"), ["15", "17"], "150", "1991-05", None, False, "checkpoints, second clause: optional")
E("bb09", "Its radio said the front would attend", EPRDF, ETHG, ["03"], "036", "1991-05", None, True,
  "intent to negotiate 036; 'Its radio' = the front's; London is where future talks are to be, not a place of the "
  "event; month")
E("bb09", "which captured the Red Sea port of", A("Eritrean People's Liberation Front", "ERI", "REB"),
  A("Ethiopian army", "ETH", "MIL"), ["19"], "192", "1990-02", P("Massawa", "ERI"), True,
  "capture of a town 192 (19); dated background in a relative with its own agent ('in February last year'); the "
  "Eritrean front coded ERI (today's country of Massawa)")
E("bb09", "after the overthrow of Emperor Haile Selassie", A("Ethiopian army", "ETH", "MIL"),
  A("Haile Selassie", "ETH", "GOV"), COUP, "1724", "1974", None, False, "nominal event without agent: optional")
F("bb09", "The main rebel force, the Ethiopian People's", "standing situation (position of the front)")
F("bb09", "It was not clear whether the army", "speculation")

# ---------------------------------------------------------------- bb10 Reykjavik, Europe/Eurasia (U.S. / Soviet Union)
S("bb10", "1986-10-13", "Europe/Eurasia", """
Reagan-Gorbachev summit collapses over 'Star Wars'

REYKJAVIK, Iceland —

President Reagan and Soviet leader Mikhail Gorbachev ended two days of talks on Sunday without an agreement after Reagan refused to accept limits on his Strategic Defense Initiative, the planned space-based missile shield known as Star Wars.

The two leaders met for nearly 11 hours here at Hofdi House, a white seaside mansion, in sessions that ran far beyond their schedule.

Gorbachev insisted that research on the shield be confined to laboratories for ten years, and Reagan would not give way.

At his own news conference, Gorbachev blamed the Americans for the failure, saying Washington had come to Reykjavik with nothing new to offer.

Secretary of State George Shultz said he was deeply disappointed. Reagan left for Washington on Sunday night.

The summit was arranged last month after Moscow freed Nicholas Daniloff, an American reporter whom the KGB had arrested on spying charges in August.

Daniloff was seized a week after FBI agents arrested Gennadi Zakharov, a Soviet physicist employed by the United Nations, on a New York subway platform.

The Soviet Union has about 270 SS-20 missiles aimed at Western Europe.

Neither side said when the two leaders might meet again.
""")
REAGAN = A("Ronald Reagan", "USA", "GOV")
GORBY = A("Mikhail Gorbachev", SOV, "GOV")
DANIL = A("Nicholas Daniloff", "USA", "MED")
E("bb10", "Reagan-Gorbachev summit collapses over 'Star Wars'", REAGAN, GORBY, ["04"], "043", "1986-10", None, False,
  "headline")
E("bb10", "after Reagan refused to accept limits on", REAGAN, GORBY, ["12"], "120", "1986-10", None, True,
  "refusal 120 in an 'after' clause with its own agent; the day is the main clause's ('on Sunday'), the refusal's "
  "own hour is not given: month")
E("bb10", "ended two days of talks on Sunday", REAGAN, GORBY, ["04"], "043", "1986-10-12", None, False,
  "the talks, restated by the next sentence: optional")
E("bb10", "The two leaders met for nearly 11", REAGAN, GORBY, ["04"], "043", "1986-10", P("Reykjavik", "ISL"), True,
  "meeting 043; joint subject, first-mentioned (Reagan) direction required; 'here' names Reykjavik; the sessions "
  "span two days: month")
E("bb10", "The two leaders met for nearly 11", GORBY, REAGAN, ["04"], "043", "1986-10", P("Reykjavik", "ISL"), False,
  "reverse direction: optional")
E("bb10", "Gorbachev insisted that research on the shield", GORBY, REAGAN, DEMAND, "100", "1986-10", None, True,
  "demand 10 (10/02); no day of its own: month")
E("bb10", "and Reagan would not give way", REAGAN, GORBY, ["12"], "124", "1986-10", None, False,
  "refusal restating the lead, put with 'would not': optional")
E("bb10", "Gorbachev blamed the Americans for the failure", GORBY, A("United States", "USA", "GOV"), ["11"], "112",
  "1986-10", None, True, "blame 112; 'the Americans' and 'Washington' = the U.S. government; month")
E("bb10", "after Moscow freed Nicholas Daniloff, an American", A("Soviet government", SOV, "GOV"), DANIL, ["08"], "0841",
  "1986-09", None, True, "release 0841; 'Moscow' is an actor; 'last month' in the 'after' clause with its own agent")
E("bb10", "whom the KGB had arrested on spying", A("KGB", SOV, ["SPY", "GOV"]), DANIL, ["17"], "173", "1986-08", None, True,
  "arrest 173, dated background in a relative with its own agent ('in August')")
E("bb10", "Daniloff was seized a week after FBI", A("KGB", SOV, ["SPY", "GOV"]), DANIL, ["17"], "173", "1986-08", None,
  False, "agentless passive restating the KGB arrest: optional")
E("bb10", "FBI agents arrested Gennadi Zakharov, a Soviet", A("FBI", "USA", ["COP", "SPY"]),
  A("Gennadi Zakharov", SOV, ["IGO", "CVL"]), ["17"], "173", "1986-08", P("New York", "USA"), True,
  "arrest 173 in a 'a week after' clause with its own agent; 'a week after' an August arrest: August; 'on a New "
  "York subway platform' names the place")
F("bb10", "The Soviet Union has about 270 SS-20", "count")
F("bb10", "Neither side said when the two leaders", "negated statement")

# ---------------------------------------------------------------- bb11 Geneva, Asia (U.S. / North Korea)
S("bb11", "1994-10-22", "Asia", """
U.S. and North Korea sign deal to freeze Pyongyang's nuclear programme

GENEVA, Switzerland —

The United States and North Korea signed an agreement here on Friday under which Pyongyang is to freeze and eventually dismantle its nuclear reactors in exchange for two new power plants and shipments of fuel oil.

The accord was signed by the chief U.S. negotiator, Robert Gallucci, and North Korea's first deputy foreign minister, Kang Sok Ju, after 16 months of on-and-off talks.

Under its terms, the North will halt work at its Yongbyon complex and let international inspectors return. An international consortium will build two light-water reactors, which are harder to use for weapons, and Washington will supply 500,000 tons of heavy oil a year until the first is finished.

South Korean President Kim Young Sam praised the accord and said Seoul would pay for most of the reactors.

But Republican senators accused the Clinton administration of rewarding North Korea for breaking its treaty obligations.

In May the North defied the International Atomic Energy Agency by unloading spent fuel rods from its main reactor without inspectors present.

The crisis eased in June, when former President Jimmy Carter flew to Pyongyang and met President Kim Il Sung, who died a month later.

Western intelligence agencies believe the North may already have extracted enough plutonium for one or two bombs.

Whether the North would keep its side of the bargain was unclear.
""")
USAG = A("United States", "USA", "GOV")
PRKG = A("North Korea", "PRK", "GOV")
E("bb11", "U.S. and North Korea sign deal to", USAG, PRKG, AGREE, "057", "1994-10", None, False, "headline")
E("bb11", "signed an agreement here on Friday under", USAG, PRKG, AGREE, "057", "1994-10-21", P("Geneva", "CHE"), True,
  "signing 057 (05/03/08); compound subject, first-mentioned direction required; 'here' names Geneva; 'on Friday' "
  "before a Saturday paper; the freeze and the plants are the deal's terms, not separate events")
E("bb11", "signed an agreement here on Friday under", PRKG, USAG, AGREE, "057", "1994-10-21", P("Geneva", "CHE"), False,
  "reverse direction: optional")
E("bb11", "The accord was signed by the chief", A("Robert Gallucci", "USA", "GOV"), A("Kang Sok Ju", "PRK", "GOV"), AGREE,
  "057", "1994-10", None, False, "passive with agents restating the signing: optional")
E("bb11", "Under its terms, the North will halt", PRKG, USAG, ["03", "08"], "030", "1994-10", None, False,
  "terms of the deal, future: optional")
E("bb11", "Washington will supply 500,000 tons of heavy", USAG, PRKG, ["03", "07"], "033", "1994-10", None, False,
  "terms of the deal, future aid: optional")
E("bb11", "Kim Young Sam praised the accord and", A("Kim Young Sam", "KOR", "GOV"), USAG, ["05"], "051", "1994-10", None,
  False, "praise of the accord, target unclear: optional")
E("bb11", "said Seoul would pay for most of", A("South Korea", "KOR", "GOV"), PRKG, ["03"], "033", "1994-10", None, True,
  "intent to provide aid 033; 'Seoul' is an actor; no day of its own: month")
E("bb11", "Republican senators accused the Clinton administration of", A("Republican senators", "USA", ["LEG", "PTY"]),
  A("Clinton administration", "USA", "GOV"), ["11"], "112", "1994-10", None, True, "accusation 112; month")
E("bb11", "In May the North defied the International", PRKG, A("International Atomic Energy Agency", "UNO", "IGO"),
  ["12"], "128", "1994-05", None, True, "defying norms 128; dated background 'In May'; 'its main reactor' names no "
  "place; the IAEA coded UNO/IGO as news-dev's UN")
E("bb11", "former President Jimmy Carter flew to Pyongyang", A("Jimmy Carter", "USA", "ELI"), PRKG, ["04"], "042",
  "1994-06", P("Pyongyang", "PRK"), True, "visit 042 to a foreign capital, the city as place; dated background 'in "
  "June, when'")
E("bb11", "and met President Kim Il Sung, who", A("Jimmy Carter", "USA", "ELI"), A("Kim Il Sung", "PRK", "GOV"), ["04"],
  "043", "1994-06", P("Pyongyang", "PRK"), False, "the meeting, second verb of the visit: optional")
F("bb11", "Western intelligence agencies believe the North may", "opinion / assessment")
F("bb11", "Whether the North would keep its side", "speculation")

# ---------------------------------------------------------------- bb12 Los Angeles, Americas (United States)
S("bb12", "1992-05-01", "Americas", """
Bush orders troops into Los Angeles as riots over King verdict rage on

LOS ANGELES, United States —

President Bush ordered 4,500 Army soldiers and Marines to Los Angeles on Friday and placed the California National Guard under federal command, as rioting over the acquittal of four white police officers spread into a third day.

Rioters have set more than 3,000 fires and looted hundreds of stores, many of them owned by Korean immigrants, since a jury in the suburb of Simi Valley cleared the officers on Wednesday of beating Rodney King, a black motorist.

The officers had been videotaped clubbing and kicking King after a car chase in March last year, and the pictures were shown around the world.

Mayor Tom Bradley imposed a dusk-to-dawn curfew across the city on Thursday and appealed to residents to stay off the streets.

Police Chief Daryl Gates, whose department was criticised for pulling out of the area where the riot began, said more than 4,000 people had been arrested since Wednesday.

Television crews filmed a white truck driver being dragged from his cab and beaten at an intersection on Wednesday evening.

Bush said on Thursday that the Justice Department had reopened its investigation into whether the officers had violated King's civil rights.

At least 38 people have died in the violence, the coroner's office said.

Whether the troops would reach the city before nightfall was unclear.
""")
BUSH = A("George Bush", "USA", "GOV")
LARIOT = A("Los Angeles rioters", "USA", "CVL")
LAPD = A("Los Angeles police officers", "USA", "COP")
E("bb12", "Bush orders troops into Los Angeles as", BUSH, LARIOT, ["15", "17"], "154", "1992-05", None, False, "headline")
E("bb12", "President Bush ordered 4,500 Army soldiers and", BUSH, LARIOT, ["15", "17"], "154", "1992-05-01", None, True,
  "deploying troops against riots 154 (15/17); 'on Friday' in a Friday paper; Los Angeles is the destination, not "
  "a place of the order")
E("bb12", "placed the California National Guard under federal", BUSH, A("California National Guard", "USA", "MIL"),
  ["15"], "150", "1992-05-01", None, False, "second verb: optional")
E("bb12", "Rioters have set more than 3,000 fires", LARIOT, A("Los Angeles shopkeepers", "USA", "BUS"), VPROT, "145", "1992",
  None, True, "riot 145 (14/18/17); target the looted stores' owners; 'since ... on Wednesday' before a Friday paper "
  "spans April and May: year; no place named in the sentence ('Simi Valley' is the jury's)")
E("bb12", "The officers had been videotaped clubbing and", LAPD, A("Rodney King", "USA", "CVL"), ["18", "17"], "182",
  "1991-03", None, True, "beating 182 (18/17), the officers as agents of the gerund; dated background 'in March last "
  "year'; the acquittal in the previous sentence has no CAMEO class and is not coded")
E("bb12", "Mayor Tom Bradley imposed a dusk-to-dawn curfew", A("Tom Bradley", "USA", "GOV"), A("Los Angeles residents", "USA",
  "CVL"), ["17"], "1723", "1992-04-30", P("Los Angeles", "USA"), True, "curfew 1723; 'across the city' with the "
  "dateline gives Los Angeles; 'on Thursday' before a Friday paper; the appeal to stay home has no code")
E("bb12", "said more than 4,000 people had been", A("Daryl Gates", "USA", "COP"), LARIOT, ["17"], "173", "1992", None, True,
  "arrests reported by the arresting police 173, required (owned35 ai05); 'since Wednesday' spans April and May: "
  "year")
E("bb12", "Television crews filmed a white truck driver", LARIOT, A("Reginald Denny", "USA", "CVL"), ["18"], "182",
  "1992-04-29", None, False, "agentless passive: optional")
E("bb12", "Bush said on Thursday that the Justice", A("U.S. Justice Department", "USA", "GOV"), LAPD, ["09"], "092", "1992-04",
  None, True, "investigation of rights abuses 092; the reopening is reported 'on Thursday' but has no day of its own: "
  "month")
F("bb12", "At least 38 people have died in", "count")
F("bb12", "Whether the troops would reach the city", "speculation")

if __name__ == "__main__":
    write(HERE)
