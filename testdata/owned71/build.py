#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned71 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned71/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
TAKE = ["19", "18", "17"]

# ---------------------------------------------------------------- bt01 Mmabatho, Africa (South Africa / Bophuthatswana)
S("bt01", "1994-03-13", "Africa", """
Pretoria removes Mangope as South African troops take control of Bophuthatswana

MMABATHO, Bophuthatswana —

The South African government stripped Lucas Mangope of power in the nominally independent homeland of Bophuthatswana on Saturday, a day after its troops moved in to end three days of looting, mutiny and shooting in which dozens of people died.

Foreign Minister Pik Botha flew to the homeland capital and told Mangope that he was no longer its leader, officials said.

The crisis began when Mangope, who had refused to let the homeland take part in next month's all-race election, was confronted by striking civil servants demanding to know whether their pensions would be paid. Looters ransacked shops in Mmabatho on Thursday, and many homeland police officers joined crowds calling for his removal.

Hundreds of armed white right-wingers, who had answered Mangope's appeal for help, drove into the town on Friday and fired at residents from their cars. Bophuthatswana soldiers turned on them, and a homeland policeman shot dead three wounded members of the Afrikaner Resistance Movement beside their car as photographers watched.

General Constand Viljoen, the leader of the Afrikaner Volksfront, said his men had been betrayed and ordered them out of the homeland on Friday night.

Nelson Mandela, president of the African National Congress, welcomed the removal of Mangope and urged residents to register to vote.

It was not known whether Mangope would stay in the territory.

Bophuthatswana was declared independent in 1977, but no country other than South Africa ever recognised it.
""")
ZAFG = A("South African government", "ZAF", "GOV")
SADF = A("South African troops", "ZAF", "MIL")
MANG = A("Lucas Mangope", "ZAF", "GOV")
BOPG = A("Bophuthatswana government", "ZAF", "GOV")
BOPCS = A("Bophuthatswana civil servants", "ZAF", ["LAB", "CVL"])
BOPCOP = A("Bophuthatswana police officers", "ZAF", "COP")
AWB = A("white right-wing militants", "ZAF", ["RAD", "CVL"])
BOPMIL = A("Bophuthatswana soldiers", "ZAF", "MIL")
BOPRES = A("Mmabatho residents", "ZAF", "CVL")
VILJ = A("Constand Viljoen", "ZAF", ["PTY", "RAD"])
E("bt01", "Pretoria removes Mangope as South African troops", ZAFG, MANG, COUP + ["12"], "172", "1994-03", None, False,
  "headline: the removal")
E("bt01", "South African troops take control of Bophuthatswana", SADF, BOPG, ["15", "17", "19"], "150", "1994-03", None,
  False, "headline: the troops")
E("bt01", "stripped Lucas Mangope of power in the", ZAFG, MANG, ["17", "19", "12"], "172", "1994-03-12", None, True,
  "an outside government deposing the homeland's leader: tolerant 17/19/12 (removal 172 as a parliament's removal in "
  "owned35 ai10, or a takeover); 'on Saturday' in a Sunday paper; 'in the ... homeland' is the domain of his power, "
  "not the place of the act: place null. Bophuthatswana had no ISO code and only South Africa recognised it: ZAF")
E("bt01", "a day after its troops moved in", SADF, BOPG, ["15", "17", "19"], "150", "1994-03-11", None, True,
  "dated background inside 'a day after' with its own agent ('its troops' = South Africa's): deployment into the "
  "homeland 150, tolerant 15/17/19; Friday")
E("bt01", "told Mangope that he was no longer", A("Pik Botha", "ZAF", "GOV"), MANG, ["17", "19", "12"], "172",
  "1994-03", P("Mmabatho", "ZAF"), False,
  "restatement of the removal by the minister who delivered it: optional; 'the homeland capital' with the dateline = "
  "Mmabatho")
E("bt01", "Foreign Minister Pik Botha flew to the", A("Pik Botha", "ZAF", "GOV"), BOPG, ["04"], "042", "1994-03",
  P("Mmabatho", "ZAF"), False, "visit 042: optional")
E("bt01", "was confronted by striking civil servants demanding", BOPCS, MANG, ["14", "10"], "143", "1994-03", None, True,
  "strike and demand by civil servants, a passive with its agent: 143, tolerant 14/10; no day: month")
E("bt01", "who had refused to let the homeland", MANG, ZAFG, ["12"], "120", "1994", None, False,
  "standing refusal in a pluperfect relative, undated: optional, year")
E("bt01", "Looters ransacked shops in Mmabatho on Thursday", A("Mmabatho looters", "ZAF", "CVL"), None, VPROT, "145",
  "1994-03-10", P("Mmabatho", "ZAF"), False, "looting with no political target: optional")
E("bt01", "many homeland police officers joined crowds calling", BOPCOP, MANG, ["14", "10"], "141", "1994-03", None,
  False, "police joining the protest: second clause, the day only by proximity: optional, month")
E("bt01", "drove into the town on Friday and", AWB, BOPRES, ["18", "19"], "180", "1994-03-11", P("Mmabatho", "ZAF"),
  True, "armed militants firing at residents 180 (18/19); 'the town' with the dateline and the preceding sentence = "
  "Mmabatho; the relative 'who had answered Mangope's appeal' is undated and not coded")
E("bt01", "Bophuthatswana soldiers turned on them, and a", BOPMIL, AWB, ["19", "18"], "190", "1994-03", None, True,
  "soldiers attacking the militants 190 (19/18); 'them' = the right-wingers; no day in the sentence: month")
E("bt01", "a homeland policeman shot dead three wounded", A("Bophuthatswana policeman", "ZAF", "COP"),
  A("Afrikaner Resistance Movement", "ZAF", ["RAD", "PTY"]), ATTACK, "180", "1994-03", None, True,
  "killing of wounded men, second clause with its own agent: required; month")
E("bt01", "ordered them out of the homeland on", VILJ, BOPMIL, ["08"], "0874", "1994-03-11", None, True,
  "withdrawal order 0874 (RETREAT) from the forces that fought his men; 'on Friday night'")
E("bt01", "welcomed the removal of Mangope and urged", A("Nelson Mandela", "ZAF", ["PTY", "OPP"]), ZAFG, ["05"], "051",
  "1994-03", None, False, "single reaction: optional")
F("bt01", "It was not known whether Mangope would", "speculation")
F("bt01", "Bophuthatswana was declared independent in 1977, but", "history and a negated act (no recognition)")

# ---------------------------------------------------------------- bt02 Brazzaville, Africa (Congo / Angola)
S("bt02", "1997-10-16", "Africa", """
Sassou Nguesso's fighters seize Brazzaville as Angolan troops take Pointe-Noire

BRAZZAVILLE, Congo —

Fighters loyal to former President Denis Sassou Nguesso captured the presidential palace and the airport in Brazzaville on Wednesday, and President Pascal Lissouba's forces abandoned the capital after more than four months of civil war.

Angolan troops backed by tanks and aircraft, who had crossed into Congo from the Angolan enclave of Cabinda at the weekend, took the oil port of Pointe-Noire with little resistance, residents said.

Lissouba, whose whereabouts were unknown, accused Angola of invading the country to install his rival and appealed to the United Nations to condemn the aggression. Luanda says Lissouba has sheltered Angolan UNITA rebels.

In a radio broadcast, Sassou Nguesso called on the remaining government troops to lay down their arms and promised that there would be no reprisals against them.

Looters roamed the shattered city centre, where thousands of people have been killed since June 5, when government troops surrounded Sassou Nguesso's home in an attempt to disarm his Cobra militia.

Mediation led by Gabonese President Omar Bongo stalled last week after Lissouba rejected a power-sharing proposal under which Sassou Nguesso's camp would have named the prime minister.

France, which kept troops in Brazzaville for several weeks in June to evacuate foreigners, said it was following events closely.

Sassou Nguesso, who ruled Congo from 1979 until he lost the 1992 election to Lissouba, is expected to form a transitional government. No date has been set for a new election.
""")
COBRA = A("Sassou Nguesso's Cobra militia", "COG", ["REB", "OPP"])
SASS = A("Denis Sassou Nguesso", "COG", ["OPP", "REB"])
LISS = A("Pascal Lissouba", "COG", "GOV")
COGG = A("Congo's government", "COG", "GOV")
COGMIL = A("Congolese government troops", "COG", "MIL")
AGOMIL = A("Angolan troops", "AGO", "MIL")
AGOG = A("Angola's government", "AGO", "GOV")
E("bt02", "Sassou Nguesso's fighters seize Brazzaville as Angolan", COBRA, COGG, TAKE, "190", "1997-10", None, False,
  "headline: the capital")
E("bt02", "Angolan troops take Pointe-Noire", AGOMIL, COGG, TAKE, "190", "1997-10", None, False, "headline: the port")
E("bt02", "captured the presidential palace and the airport", COBRA, COGG, TAKE, "190", "1997-10-15",
  P("Brazzaville", "COG"), True, "a militia taking a capital 190 (19/18/17, as owned54's insurgents taking a city); "
  "'in Brazzaville'; 'on Wednesday' in a Thursday paper")
E("bt02", "Lissouba's forces abandoned the capital after more", COGMIL, COBRA, ["08"], "0874", "1997-10-15",
  P("Brazzaville", "COG"), False, "retreat 0874 in the lead's second clause (as owned54's abandoned posts): optional "
  "since the capture is the event the story reports")
E("bt02", "took the oil port of Pointe-Noire with", AGOMIL, COGG, TAKE, "190", "1997-10", P("Pointe-Noire", "COG"), True,
  "foreign troops taking a city 190; 'residents said' is attribution, nobody disputes it; no day: month")
E("bt02", "who had crossed into Congo from the", AGOMIL, COGG, ["19", "15"], "190", "1997-10", None, True,
  "dated background in a relative with its own agent ('at the weekend' before a Thursday paper: month): incursion 190, "
  "tolerant 19/15; Cabinda is the origin, not the place")
E("bt02", "accused Angola of invading the country to", LISS, AGOG, ["11"], "112", "1997-10", None, True,
  "accusation 112; the relative 'whose whereabouts were unknown' is no event; month")
E("bt02", "appealed to the United Nations to condemn", LISS, A("United Nations", "UNO", "IGO"), DEMAND, "020", "1997-10",
  None, False, "appeal, second verb: optional")
E("bt02", "Luanda says Lissouba has sheltered Angolan UNITA", AGOG, LISS, ["11"], "112", "1997", None, False,
  "standing charge in the present tense: optional; 'Luanda' is the government")
E("bt02", "called on the remaining government troops to", SASS, COGMIL, DEMAND, "100", "1997-10", None, True,
  "demand to surrender 100 (10/02); 'In a radio broadcast' gives no day: month")
E("bt02", "promised that there would be no reprisals", SASS, COGMIL, ["03"], "030", "1997-10", None, False,
  "pledge, second verb: optional")
E("bt02", "when government troops surrounded Sassou Nguesso's home", COGMIL, SASS, ["17", "19"], "170", "1997-06-05", None,
  True, "dated background in a 'since June 5, when' clause with its own agent: a cordon to disarm a militia 170 "
  "(17/19); 'his home' names no city")
E("bt02", "after Lissouba rejected a power-sharing proposal under", LISS, A("Omar Bongo", "GAB", "GOV"), ["12"], "120",
  "1997-10", None, True, "dated background ('last week' before a Thursday paper: month) in an 'after' clause with its "
  "own agent: rejection 120; target the mediator whose proposal it was")
E("bt02", "Mediation led by Gabonese President Omar Bongo", A("Omar Bongo", "GAB", "GOV"), COGG, ["04"], "045", "1997-10",
  None, False, "mediation as a nominal subject: optional")
F("bt02", "is expected to form a transitional government", "speculation, with a history aside")
F("bt02", "No date has been set for a", "negated act")

# ---------------------------------------------------------------- bt03 Beirut, Middle East (Lebanon / US / Israel)
S("bt03", "1985-06-17", "Middle East", """
Berri takes charge of TWA hostages as hijackers demand Israel free Shi'ite prisoners

BEIRUT, Lebanon —

Shi'ite Moslem leader Nabih Berri said on Monday that his Amal militia had taken charge of about 40 American passengers from a hijacked Trans World Airlines jet and moved them to secret places in Beirut to prevent any rescue attempt.

Berri, who is also Lebanon's justice minister, said the Americans would be freed only when Israel released more than 700 Lebanese Shi'ites held at its Atlit prison. He called on Washington to press the Israelis to let them go.

Two Lebanese gunmen seized Flight 847 on Friday shortly after it took off from Athens for Rome and forced the pilot to fly twice between Beirut and Algiers. On Saturday they beat and shot dead a passenger, U.S. Navy diver Robert Stethem, and dumped his body on the tarmac at Beirut airport.

During two stops in Algiers, the hijackers freed more than 60 passengers, most of them women and children, after Algerian officials pleaded with them over the control tower radio.

President Reagan said the United States would not make concessions to terrorists and would not ask any other country to do so.

Israeli officials said their government had received no request from Washington.

An Israeli spokesman said the prisoners, most of whom were detained during the army's pullback from southern Lebanon, would be let go once security allowed, but not under pressure from hijackers.

It was unclear whether all the Americans were being held in one place.
""")
BERRI = A("Nabih Berri", "LBN", ["PTY", "GOV"])
AMAL = A("Amal militia", "LBN", ["PTY", "REB"])
HIJ = A("Flight 847 hijackers", "LBN", ["RAD", "REB"])
PASS = A("TWA Flight 847 passengers", "USA", "CVL")
ISR = A("Israel's government", "ISR", "GOV")
E("bt03", "Berri takes charge of TWA hostages as", AMAL, PASS, ["18", "17"], "181", "1985-06", None, False, "headline")
E("bt03", "hijackers demand Israel free Shi'ite prisoners", HIJ, ISR, DEMAND, "1053", "1985-06", None, False, "headline")
E("bt03", "had taken charge of about 40 American", AMAL, PASS, ["18", "17"], "181", "1985-06", P("Beirut", "LBN"), True,
  "holding hostages 181 (18/17); 'his Amal militia' is the agent in the reported clause; the pluperfect act has no day "
  "of its own: month; 'secret places in Beirut'")
E("bt03", "said the Americans would be freed only", BERRI, ISR, DEMAND, "1053", "1985-06", None, True,
  "demand for release of prisoners 1053 (10/02) put as a condition; 'Berri, who is also Lebanon's justice minister' "
  "(hence sector PTY|GOV); month")
E("bt03", "He called on Washington to press the", BERRI, A("United States", "USA", "GOV"), DEMAND, "020", "1985-06", None,
  True, "appeal 020 (10/02); 'He' = Berri, 'Washington' is the government; month")
E("bt03", "Two Lebanese gunmen seized Flight 847 on", HIJ, PASS, ["18", "17"], "181", "1985-06-14", None, True,
  "hijacking 181; 'on Friday' before a Monday paper; Athens is where the plane took off, not where it was seized")
E("bt03", "they beat and shot dead a passenger", HIJ, A("Robert Stethem", "USA", "MIL"), ATTACK, "180", "1985-06-15",
  P("Beirut", "LBN"), True, "killing of a hostage 180 (18/19/20); 'they' = the gunmen; 'On Saturday'; 'at Beirut "
  "airport' is in the sentence")
E("bt03", "the hijackers freed more than 60 passengers", HIJ, PASS, ["08"], "0841", "1985-06", P("Algiers", "DZA"), True,
  "release of hostages 0841 (RETREAT under the README list, 084); 'During two stops in Algiers': the "
  "place; no day: month")
E("bt03", "after Algerian officials pleaded with them over", A("Algerian officials", "DZA", "GOV"), HIJ, DEMAND, "020",
  "1985-06", P("Algiers", "DZA"), False, "plea inside an 'after' clause, undated: optional")
E("bt03", "President Reagan said the United States would", A("Ronald Reagan", "USA", "GOV"), HIJ, ["12"], "120",
  "1985-06", None, False, "refusal put as an intention ('would not make concessions'): optional")
E("bt03", "would be let go once security allowed", A("Israeli spokesman", "ISR", "GOV"), HIJ, ["12"], "120", "1985-06",
  None, False, "refusal to yield to pressure put as a condition: optional")
E("bt03", "most of whom were detained during the", A("Israeli army", "ISR", "MIL"),
  A("Lebanese Shi'ite prisoners", "LBN", "CVL"), ["17"], "173", None, None, False,
  "agentless background passive with no date: optional, date null")
F("bt03", "Israeli officials said their government had received", "negated act: no request received")
F("bt03", "It was unclear whether all the Americans", "speculation")

# ---------------------------------------------------------------- bt04 Dhahran, Middle East (Saudi Arabia / US)
S("bt04", "1996-06-26", "Middle East", """
Truck bomb kills 19 Americans at Saudi housing complex; Clinton vows bombers will be punished

DHAHRAN, Saudi Arabia —

A fuel truck packed with explosives blew up outside a housing complex for American air force personnel near here late on Tuesday, killing 19 U.S. servicemen and wounding hundreds of people, American and Saudi officials said.

The blast sheared the front off an eight-storey block at the Khobar Towers complex in the city of Khobar, where airmen patrolling the no-flight zone over southern Iraq were housed. Sentries on the roof had seen two men park the truck against the perimeter fence and drive off in a waiting car, and were going door to door to warn residents when it exploded.

President Clinton condemned the bombing as cowardly and said those responsible would not go unpunished. He ordered a team of FBI agents to the kingdom to help Saudi investigators.

Crown Prince Abdullah, who received the American ambassador on Wednesday, pledged to track down the attackers, the official Saudi Press Agency said.

No group said it had carried out the attack.

In November, a car bomb at a U.S.-run military training centre in Riyadh killed five Americans. Saudi Arabia beheaded four Saudi men for that attack last month after they confessed on television, and some of their sympathisers had threatened revenge.

Defense Secretary William Perry said security at U.S. bases in the region would be reviewed but American forces would stay in the kingdom.

Whether the attack was linked to the executions was not known.
""")
BOMBERS = A("unidentified bombers", None, None)
USAF = A("U.S. servicemen", "USA", "MIL")
CLIN = A("Bill Clinton", "USA", "GOV")
SAUG = A("Saudi government", "SAU", "GOV")
ABD = A("Crown Prince Abdullah", "SAU", "GOV")
E("bt04", "Truck bomb kills 19 Americans at Saudi", BOMBERS, USAF, ATTACK, "183", "1996-06", None, False, "headline")
E("bt04", "Clinton vows bombers will be punished", CLIN, BOMBERS, ["13"], "130", "1996-06", None, False, "headline")
E("bt04", "A fuel truck packed with explosives blew", BOMBERS, USAF, ATTACK, "183", "1996-06-25", None, True,
  "truck bombing 183 by unnamed attackers (null/null as news-dev's unnamed bombers); 'late on Tuesday' before a "
  "Wednesday paper; 'near here' does not make a place (the complex is in Khobar, not Dhahran): null")
E("bt04", "The blast sheared the front off an", BOMBERS, USAF, ATTACK, "183", "1996-06", P("Khobar", "SAU"), False,
  "restatement of the bombing, with 'the city of Khobar' named: optional")
E("bt04", "President Clinton condemned the bombing as cowardly", CLIN, BOMBERS, ["11"], "111", "1996-06", None, True,
  "condemnation 111; target the unnamed bombers; no day of its own: month")
E("bt04", "said those responsible would not go unpunished", CLIN, BOMBERS, ["13"], "130", "1996-06", None, False,
  "threat in the second clause: optional")
E("bt04", "He ordered a team of FBI agents", CLIN, SAUG, ["06", "07"], "063", "1996-06", None, True,
  "sending investigators to help: judicial cooperation 063, tolerant 06/07; 'He' = Clinton; month")
E("bt04", "who received the American ambassador on Wednesday", ABD, A("U.S. ambassador", "USA", "GOV"), ["04"], "043",
  "1996-06-26", None, True, "dated event in a relative with its own agent: hosting 043; 'on Wednesday' in a Wednesday "
  "paper")
E("bt04", "pledged to track down the attackers, the", ABD, BOMBERS, ["13", "03"], "130", "1996-06", None, False,
  "pledge to act, an intention: optional")
E("bt04", "a car bomb at a U.S.-run military training", A("unidentified bombers", None, None),
  A("U.S. military trainers", "USA", "MIL"), ATTACK, "183", "1995-11", P("Riyadh", "SAU"), True,
  "dated background ('In November' before a June paper: 1995); bombing 183 by unnamed attackers; 'in Riyadh'")
E("bt04", "Saudi Arabia beheaded four Saudi men for", SAUG, A("four convicted bombers", "SAU", ["CRM", "RAD"]),
  ["18", "17", "20"], "180", "1996-05", None, True,
  "executions by the state, dated 'last month': 180, tolerant 18/17/20 (coders split between a killing and legal "
  "action)")
E("bt04", "some of their sympathisers had threatened revenge", A("sympathisers of the executed men", "SAU", "RAD"), SAUG,
  ["13"], "130", "1996", None, False, "undated pluperfect threat: optional, year")
F("bt04", "No group said it had carried out", "negated claim of responsibility")
F("bt04", "Whether the attack was linked to the", "speculation")

# ---------------------------------------------------------------- bt05 Gangtok, Asia (Sikkim / India / China)
S("bt05", "1975-04-11", "Asia", """
Sikkim assembly votes to end monarchy a day after Indian troops disarm royal guard

GANGTOK, Sikkim —

Sikkim's assembly voted unanimously on Thursday to abolish the monarchy and make the Himalayan kingdom a constituent unit of India, a day after Indian troops disarmed the palace guard of the Chogyal, Palden Thondup Namgyal.

The resolution, moved by Chief Minister Kazi Lhendup Dorji, also called for a referendum on Monday to endorse the decision.

Indian soldiers surrounded the palace here on Wednesday afternoon and rounded up the guards after a brief exchange of fire in which one guard was killed, palace officials said. The Chogyal has been confined to the palace since then.

In a message smuggled out to foreign reporters, the Chogyal accused New Delhi of crushing the identity of his people and appealed to the United Nations to intervene.

The Indian government said the troops had acted to prevent disorder after the guard threatened members of the assembly, and it denied that India had any designs on the kingdom.

China's official news agency denounced the move as naked annexation and said Peking would never recognise it. In Kathmandu, several hundred students marched to the Indian embassy in protest.

Sikkim has been an Indian protectorate since 1950, with New Delhi in charge of its defence and foreign affairs.

Diplomats said it was unclear whether the referendum would allow any real debate.
""")
SKMASM = A("Sikkim assembly", "IND", ["LEG", "GOV"])
CHOG = A("Palden Thondup Namgyal", "IND", ["GOV", "ELI"])
INDMIL = A("Indian troops", "IND", "MIL")
INDG = A("Indian government", "IND", "GOV")
GUARD = A("Sikkim palace guard", "IND", ["MIL", "GOV"])
E("bt05", "Sikkim assembly votes to end monarchy a", SKMASM, CHOG, ["17", "12", "11"], "172", "1975-04", None, False,
  "headline: the vote")
E("bt05", "Indian troops disarm royal guard", INDMIL, GUARD, ["17", "19"], "170", "1975-04", None, False,
  "headline: the troops")
E("bt05", "voted unanimously on Thursday to abolish the", SKMASM, CHOG, ["17", "12", "11"], "172", "1975-04-10", None,
  True, "a legislature removing the ruler 172 (17/12/11, as owned35 ai10); Sikkim, an Indian protectorate with no ISO "
  "code, is coded IND (today part of India); 'on Thursday' before a Friday paper")
E("bt05", "a day after Indian troops disarmed the", INDMIL, GUARD, ["17", "19"], "170", "1975-04-09", None, False,
  "lead summary of the disarming detailed in the third paragraph: optional")
E("bt05", "also called for a referendum on Monday", SKMASM, None, DEMAND, "104", "1975-04", None, False,
  "call made by the resolution (a nominal subject): optional")
E("bt05", "Indian soldiers surrounded the palace here on", INDMIL, GUARD, ["17", "19"], "170", "1975-04-09",
  P("Gangtok", "IND"), True,
  "the disarming in detail: cordon and round-up 170 (17/19); 'here' = Gangtok; 'on Wednesday afternoon' before a "
  "Friday paper; palace officials' account is not disputed")
E("bt05", "in which one guard was killed, palace", INDMIL, GUARD, ATTACK, "190", "1975-04-09", None, False,
  "agentless passive in a relative: optional")
E("bt05", "the Chogyal accused New Delhi of crushing", CHOG, INDG, ["11"], "112", "1975-04", None, True,
  "accusation 112; 'New Delhi' is the government; no day: month")
E("bt05", "appealed to the United Nations to intervene", CHOG, A("United Nations", "UNO", "IGO"), DEMAND, "020",
  "1975-04", None, False, "appeal, second verb: optional")
E("bt05", "after the guard threatened members of the", GUARD, SKMASM, ["13"], "130", "1975-04", None, False,
  "threat inside one side's justification: optional")
E("bt05", "it denied that India had any designs", INDG, CHOG, DENY, "016", "1975-04", None, True,
  "a stated denial 016 (01/12), answering the Chogyal; 'it' = the Indian government; month")
E("bt05", "denounced the move as naked annexation and", A("China's government", "CHN", ["GOV", "MED"]), INDG, ["11"],
  "111", "1975-04", None, True, "denunciation 111 by the state news agency (CHN, GOV|MED); the story turns on the "
  "annexation charge: required; month")
E("bt05", "said Peking would never recognise it", A("China's government", "CHN", "GOV"), INDG, ["12"], "120", "1975-04",
  None, False, "refusal put as an intention: optional")
E("bt05", "several hundred students marched to the Indian", A("Nepalese students", "NPL", "CVL"), INDG, ["14"], "141",
  "1975-04", P("Kathmandu", "NPL"), False, "single outside reaction: optional; 'In Kathmandu'")
F("bt05", "Sikkim has been an Indian protectorate since", "standing situation")
F("bt05", "Diplomats said it was unclear whether the", "speculation")

# ---------------------------------------------------------------- bt06 Phnom Penh, Asia (Cambodia)
S("bt06", "1998-09-09", "Asia", """
Cambodian police break up opposition sit-in after grenade attack on Hun Sen's home

PHNOM PENH, Cambodia —

Riot police firing into the air and swinging electric batons broke up a two-week-old opposition sit-in outside the National Assembly on Tuesday, a day after a grenade exploded at the Phnom Penh residence of Second Prime Minister Hun Sen.

Officers tore down the protesters' tents and loudspeakers in what demonstrators had named Democracy Square. Witnesses said several protesters were beaten and at least one was shot.

Hun Sen, who was not at home when the grenade went off early on Monday, blamed opposition leader Sam Rainsy for the attack and said the demonstrations had turned into a plot to kill him. A court official said a warrant had been issued for Rainsy's arrest.

Rainsy denied any role in the explosion, which caused no casualties, and took refuge with a dozen aides in a hotel that houses United Nations offices. He said he would not leave until the world body guaranteed his safety.

The protesters, led by Rainsy and Prince Norodom Ranariddh, have demanded a recount of the July 26 election, which Hun Sen's Cambodian People's Party won with 41 percent of the vote, and have called for his removal.

King Norodom Sihanouk, who is in Siem Reap, invited the leaders of the three main parties to talks there later this month.

Cambodia has had two prime ministers since a 1993 election organised by the United Nations. It was not clear whether Ranariddh would attend the talks.
""")
KHMCOP = A("Cambodian riot police", "KHM", "COP")
KHMP = A("Cambodian opposition protesters", "KHM", ["CVL", "OPP"])
HUN = A("Hun Sen", "KHM", "GOV")
RAINSY = A("Sam Rainsy", "KHM", ["OPP", "PTY"])
KHMG = A("Cambodia's government", "KHM", "GOV")
E("bt06", "Cambodian police break up opposition sit-in after", KHMCOP, KHMP, REPR, "175", "1998-09", None, False, "headline")
E("bt06", "grenade attack on Hun Sen's home", A("unidentified attackers", None, None), HUN, ATTACK, "183", "1998-09", None,
  False, "headline")
E("bt06", "broke up a two-week-old opposition sit-in outside", KHMCOP, KHMP, REPR, "175", "1998-09-08", None, True,
  "force against protesters 175 (17/18); 'on Tuesday' before a Wednesday paper; 'outside the National Assembly' names "
  "no city: place null")
E("bt06", "a day after a grenade exploded at", A("unidentified attackers", None, None), HUN, ATTACK, "183", "1998-09-07",
  P("Phnom Penh", "KHM"), False, "agentless background (a grenade as subject): optional; 'the Phnom Penh residence'")
E("bt06", "Officers tore down the protesters' tents and", KHMCOP, KHMP, REPR, "175", "1998-09", None, False,
  "detail of the break-up already coded: optional")
E("bt06", "Witnesses said several protesters were beaten and", KHMCOP, KHMP, REPR, "175", "1998-09", None, False,
  "agentless passives inside witnesses' account: optional")
E("bt06", "blamed opposition leader Sam Rainsy for the", HUN, RAINSY, ["11"], "112", "1998-09", None, True,
  "blame 112; the relative 'who was not at home' is no event; month")
E("bt06", "said the demonstrations had turned into a", HUN, KHMP, ["11"], "112", "1998-09", None, False,
  "second accusation in the same sentence: optional")
E("bt06", "A court official said a warrant had", A("Cambodian court", "KHM", "JUD"), RAINSY, ["17", "11"], "173",
  "1998-09", None, False, "agentless passive (a warrant issued): optional")
E("bt06", "Rainsy denied any role in the explosion", RAINSY, HUN, DENY, "016", "1998-09", None, True,
  "denial 016 (01/12) answering Hun Sen; month")
E("bt06", "He said he would not leave until", RAINSY, A("United Nations", "UNO", "IGO"), DEMAND, "100", "1998-09", None,
  False, "demand put as a condition: optional")
E("bt06", "have demanded a recount of the July", KHMP, KHMG, DEMAND, "104", "1998", None, True,
  "demand 104 (10/02) in the present perfect, running since August: year; the July 26 date belongs to the election, "
  "which is not coded")
E("bt06", "and have called for his removal", KHMP, HUN, DEMAND, "1041", "1998", None, False,
  "second demand in the same sentence: optional")
E("bt06", "invited the leaders of the three main", A("Norodom Sihanouk", "KHM", ["GOV", "ELI"]),
  A("Cambodian party leaders", "KHM", ["GOV", "OPP", "PTY"]), ["03", "04"], "036", "1998-09", P("Siem Reap", "KHM"),
  True, "invitation to talks 036; 'who is in Siem Reap' and 'there' place it; month")
F("bt06", "Cambodia has had two prime ministers since", "standing situation")
F("bt06", "It was not clear whether Ranariddh would", "speculation")

# ---------------------------------------------------------------- bt07 Sheffield, Europe (Britain)
S("bt07", "1984-06-19", "Europe/Eurasia", """
Scargill hurt as mounted police charge pickets at Orgreave coking plant

SHEFFIELD, England —

Mounted police and officers with riot shields and truncheons charged thousands of striking miners outside the Orgreave coking plant near here on Monday, in the most violent clash of the three-month coal strike.

Pickets hurled stones, bricks and bottles at police lines as lorries left the plant with coke for the British Steel works at Scunthorpe. South Yorkshire police said 93 people had been arrested and 28 officers taken to hospital.

Arthur Scargill, the president of the National Union of Mineworkers, was treated in hospital for head injuries. He said a police officer had struck him with a riot shield; a senior officer said he had slipped down a bank.

Scargill accused the government of turning the coalfields into a police state and called on other unions to join the strike.

Prime Minister Margaret Thatcher told the House of Commons that the violence was an attempt to substitute the rule of the mob for the rule of law, and said it must not succeed.

Scargill was arrested at the same plant on May 30 and charged with obstruction.

The strike began in March after the National Coal Board announced plans to close 20 pits with the loss of 20,000 jobs. The board's chairman, Ian MacGregor, has refused to withdraw the plan.

Union officials said there was no prospect of fresh talks this week. It was not clear how many miners were still working in Nottinghamshire.
""")
GBRCOP = A("British police", "GBR", "COP")
MINERS = A("striking miners", "GBR", ["LAB", "CVL"])
SCAR = A("Arthur Scargill", "GBR", "LAB")
GBRG = A("British government", "GBR", "GOV")
E("bt07", "mounted police charge pickets at Orgreave coking", GBRCOP, MINERS, REPR, "175", "1984-06",
  P("Orgreave", "GBR"), False, "headline")
E("bt07", "charged thousands of striking miners outside the", GBRCOP, MINERS, REPR, "175", "1984-06-18",
  P("Orgreave", "GBR"), True, "police charge on pickets 175 (17/18); unnamed police are Britain's; 'outside the "
  "Orgreave coking plant' names the place; 'on Monday' before a Tuesday paper; miners on strike are labour")
E("bt07", "Pickets hurled stones, bricks and bottles at", MINERS, GBRCOP, VPROT, "145", "1984-06", None, True,
  "violent protest 145 (14/18/17) against the police; no day in the sentence: month; 'the plant' names no place")
E("bt07", "South Yorkshire police said 93 people had", A("South Yorkshire police", "GBR", "COP"), MINERS, ["17"], "173",
  "1984-06", None, True, "arrests reported by the arresting police 173 (as owned35 ai05): required; month")
E("bt07", "He said a police officer had struck", GBRCOP, SCAR, ["18", "17"], "180", "1984-06", None, False,
  "act inside one side's account, disputed in the same sentence: optional")
E("bt07", "a senior officer said he had slipped", A("senior police officer", "GBR", "COP"), SCAR, DENY, "016", "1984-06",
  None, False, "implicit denial by a counter-account: optional")
E("bt07", "Scargill accused the government of turning the", SCAR, GBRG, ["11"], "112", "1984-06", None, True,
  "accusation 112; month")
E("bt07", "called on other unions to join the", SCAR, A("British trade unions", "GBR", "LAB"), ["14", "10", "02"], "143",
  "1984-06", None, False, "call for a wider strike, second verb: optional")
E("bt07", "Prime Minister Margaret Thatcher told the House", A("Margaret Thatcher", "GBR", "GOV"), MINERS, ["11"], "111",
  "1984-06", None, True, "condemnation 111 of the pickets' violence; the Commons names no city: place null; month")
E("bt07", "Scargill was arrested at the same plant", GBRCOP, SCAR, ["17"], "173", "1984-05-30", None, False,
  "agentless background passive: optional (owned54); dated May 30")
E("bt07", "The strike began in March after the", MINERS, A("National Coal Board", "GBR", ["BUS", "GOV"]), ["14"], "143",
  "1984-03", None, False, "agentless start of the strike: optional; the board's announcement has no CAMEO class")
E("bt07", "Ian MacGregor, has refused to withdraw the", A("Ian MacGregor", "GBR", ["BUS", "GOV"]),
  A("National Union of Mineworkers", "GBR", "LAB"), ["12"], "120", "1984", None, True,
  "a stated refusal 120 in the present perfect, running since March: year; target the union")
F("bt07", "Union officials said there was no prospect", "negated talks")
F("bt07", "It was not clear how many miners", "speculation and count")

# ---------------------------------------------------------------- bt08 Tbilisi, Europe/Eurasia (Georgia / Abkhazia / Russia)
S("bt08", "1993-09-28", "Europe/Eurasia", """
Sukhumi falls to Abkhaz separatists; Shevardnadze flees besieged city

TBILISI, Georgia —

Abkhaz separatist fighters captured Sukhumi, the capital of the breakaway Black Sea region, on Monday after 11 days of street fighting, and Georgian leader Eduard Shevardnadze escaped from the city on a military plane.

Shevardnadze, who had flown to Sukhumi vowing to stay until it was saved, told Georgians in a television address from Kutaisi that Russian generals had armed the rebels and planned the assault. He said the fall of the city was the work of forces in Moscow that wanted to destroy Georgia.

Georgian troops and thousands of civilians fled south along the coast road as the separatists and volunteers from Russia's North Caucasus raised their flag over the government building, witnesses said.

Zhiuli Shartava, the head of the region's pro-Tbilisi administration, was captured in the building, Georgian officials said.

The separatists launched the offensive on Sept. 16, breaking a ceasefire that Russia had brokered in July, under which Georgia pulled most of its tanks and artillery out of the city.

The Russian Foreign Ministry condemned the breach of the truce and said Moscow had cut electricity and telephone links to the rebel-held areas. It denied that Russian troops had taken part in the fighting.

Abkhaz leader Vladislav Ardzinba said his forces would now drive Georgian troops from the rest of the region.

No foreign government has recognised Abkhazia's claim to independence. It was unclear how many people had died in the final assault.
""")
ABKH = A("Abkhaz separatists", "GEO", ["REB", "OPP"])
GEOG = A("Georgia's government", "GEO", "GOV")
GEOMIL = A("Georgian troops", "GEO", "MIL")
SHEV = A("Eduard Shevardnadze", "GEO", "GOV")
RUSG = A("Russia's government", "RUS", "GOV")
E("bt08", "Sukhumi falls to Abkhaz separatists; Shevardnadze flees", ABKH, GEOG, TAKE, "190", "1993-09", None, False,
  "headline")
E("bt08", "Abkhaz separatist fighters captured Sukhumi, the capital", ABKH, GEOG, TAKE, "190", "1993-09-27",
  P("Sukhumi", "GEO"), True, "separatists taking a city 190 (19/18/17); Abkhazia is coded GEO (no ISO code of its "
  "own); 'on Monday' before a Tuesday paper")
E("bt08", "Shevardnadze escaped from the city on a", SHEV, ABKH, ["08"], "0874", "1993-09-27", P("Sukhumi", "GEO"), False,
  "flight from a falling city, second clause: optional retreat 0874")
E("bt08", "told Georgians in a television address from", SHEV, A("Russian generals", "RUS", "MIL"), ["11"], "112",
  "1993-09", P("Kutaisi", "GEO"), True, "accusation 112 against Russia's military; 'from Kutaisi' is where he spoke; "
  "the relative 'who had flown to Sukhumi vowing' is undated and not coded; month")
E("bt08", "He said the fall of the city", SHEV, RUSG, ["11"], "112", "1993-09", None, False,
  "restated accusation; 'forces in Moscow' is vague: optional")
E("bt08", "Georgian troops and thousands of civilians fled", GEOMIL, ABKH, ["08"], "0874", "1993-09", None, False,
  "retreat 0874 inside witnesses' account: optional")
E("bt08", "was captured in the building, Georgian officials", ABKH, A("Zhiuli Shartava", "GEO", "GOV"), ["18", "17"],
  "181", "1993-09", None, False, "agentless passive: optional")
E("bt08", "The separatists launched the offensive on Sept", ABKH, GEOG, TAKE, "190", "1993-09-16", None, True,
  "dated background offensive 190; 'on Sept. 16'")
E("bt08", "breaking a ceasefire that Russia had brokered", RUSG, GEOG, ["04", "05", "03", "08"], "045", "1993-07", None,
  True, "dated background in a relative with its own agent ('in July'): mediation 045, tolerant with agreement roots; "
  "target the first party to the truce, Georgia")
E("bt08", "under which Georgia pulled most of its", GEOG, ABKH, ["08"], "0873", "1993-07", None, False,
  "term of the truce, no date of its own: optional")
E("bt08", "The Russian Foreign Ministry condemned the breach", A("Russian Foreign Ministry", "RUS", "GOV"), ABKH, ["11"],
  "111", "1993-09", None, True, "condemnation 111; month")
E("bt08", "said Moscow had cut electricity and telephone", RUSG, ABKH, SANCT, "160", "1993-09", None, True,
  "cutting power and telephone links 160 (16/17), told by the actor itself; 'Moscow' is the government; month")
E("bt08", "It denied that Russian troops had taken", A("Russian Foreign Ministry", "RUS", "GOV"), SHEV, DENY, "016",
  "1993-09", None, True, "denial 016 (01/12) answering Shevardnadze; 'It' = the ministry; month")
E("bt08", "said his forces would now drive Georgian", A("Vladislav Ardzinba", "GEO", ["REB", "OPP"]), GEOMIL, ["13"],
  "138", "1993-09", None, False, "threat of force put as an intention: optional")
F("bt08", "No foreign government has recognised Abkhazia's claim", "negated act, standing situation")
F("bt08", "It was unclear how many people had", "count and speculation")

# ---------------------------------------------------------------- bt09 Lima, Americas (Peru)
S("bt09", "1986-06-27", "Americas", """
Garcia says troops shot surrendered inmates after Lima prison revolts

LIMA, Peru —

President Alan Garcia said on Thursday that about 100 Shining Path inmates at Lurigancho prison had been shot after they surrendered, and ordered that the officers who led last week's assault be brought to trial.

"Either they go or I go," Garcia told reporters after visiting the prison on the outskirts of the capital. He said the Republican Guard commanders in charge had exceeded their orders.

Guerrilla prisoners rose up on June 18 in three jails in and around Lima, seizing guards and a journalist as hostages and demanding better conditions. The revolts began as delegates of the Socialist International, of which Garcia is a vice-president, were gathering in the city for their congress.

Garcia put the armed forces in charge of the jails the same night. Navy marines shelled and then blew up the cellblock held by the rebels on the island prison of El Fronton, off Callao, and troops stormed the other two prisons. Officials have said that at least 250 inmates died.

Relatives of the prisoners and human rights groups accused the government of a massacre, and the opposition United Left demanded that Interior Minister Abel Salinas resign.

Several Socialist International delegations cut short their stay in protest. The Shining Path, which has waged a guerrilla war since 1980, has vowed revenge.

Salinas said he had no plan to step down. It was not clear how many bodies had been recovered from the ruins at El Fronton.
""")
GARCIA = A("Alan Garcia", "PER", "GOV")
PERG = A("Peru's government", "PER", "GOV")
RGUARD = A("Republican Guard officers", "PER", ["COP", "MIL"])
SPINM = A("Shining Path inmates", "PER", ["REB", "CRM"])
PERMIL = A("Peruvian troops", "PER", "MIL")
E("bt09", "Garcia says troops shot surrendered inmates after", PERMIL, SPINM, ["18", "20", "17"], "180", "1986-06", None,
  False, "headline")
E("bt09", "ordered that the officers who led last", GARCIA, RGUARD, ["17", "11"], "173", "1986-06-26", None, True,
  "ordering a trial 173 (17/11, news-dev's court verdicts); 'on Thursday' before a Friday paper")
E("bt09", "inmates at Lurigancho prison had been shot", RGUARD, SPINM, ["18", "20", "17"], "180", "1986-06", None, False,
  "agentless passive inside Garcia's statement: optional")
E("bt09", "He said the Republican Guard commanders in", GARCIA, RGUARD, ["11"], "112", "1986-06", None, False,
  "restated blame: optional")
E("bt09", "Guerrilla prisoners rose up on June 18", SPINM, PERG, VPROT, "145", "1986-06-18", P("Lima", "PER"), True,
  "prison revolt 145 (14/18/17); 'in and around Lima'; dated June 18")
E("bt09", "seizing guards and a journalist as hostages", SPINM, A("prison guards", "PER", "COP"), ["18", "17"], "181",
  "1986-06-18", None, True, "hostage-taking 181, first member of the compound object")
E("bt09", "seizing guards and a journalist as hostages", SPINM, A("journalist held hostage", "PER", "MED"), ["18", "17"],
  "181", "1986-06-18", None, False, "second member: optional")
E("bt09", "Garcia put the armed forces in charge", GARCIA, SPINM, ["17", "15"], "1724", "1986-06-18", None, False,
  "handing the jails to the military, 'the same night': optional (coders split on a class for it)")
E("bt09", "Navy marines shelled and then blew up", A("Peruvian navy marines", "PER", "MIL"), SPINM, TAKE, "190", "1986-06",
  P("El Fronton", "PER"), True, "military assault on a prison 190 (19/18/17); 'the island prison of El Fronton'; no "
  "day in the sentence: month")
E("bt09", "troops stormed the other two prisons", PERMIL, SPINM, TAKE, "190", "1986-06", None, True,
  "second clause with its own agent: required; 'the other two prisons' names no place")
E("bt09", "accused the government of a massacre, and", A("relatives of the prisoners", "PER", "CVL"), PERG, ["11"], "112",
  "1986-06", None, True, "accusation 112, first member of the compound subject; month")
E("bt09", "accused the government of a massacre, and", A("Peruvian human rights groups", "PER", "NGO"), PERG, ["11"],
  "112", "1986-06", None, False, "second member: optional")
E("bt09", "the opposition United Left demanded that Interior", A("United Left", "PER", ["OPP", "PTY"]),
  A("Abel Salinas", "PER", "GOV"), DEMAND, "1041", "1986-06", None, True, "demand for a resignation 1041 (10/02); month")
E("bt09", "Several Socialist International delegations cut short their", A("Socialist International", None, ["NGO", "PTY"]),
  PERG, ["14", "16", "11"], "140", "1986-06", None, False, "protest by leaving early, an outside reaction: optional")
E("bt09", "since 1980, has vowed revenge", A("Shining Path", "PER", ["REB", "RAD"]), PERG, ["13"], "130", "1986", None,
  False, "undated threat in the present perfect: optional, year")
E("bt09", "Salinas said he had no plan to", A("Abel Salinas", "PER", "GOV"), A("United Left", "PER", ["OPP", "PTY"]),
  ["12"], "1231", "1986-06", None, False, "refusal put as an intention: optional")
F("bt09", "Officials have said that at least 250", "count")
F("bt09", "It was not clear how many bodies", "speculation and count")

# ---------------------------------------------------------------- bt10 Guatemala City, Americas (Guatemala)
S("bt10", "1996-12-30", "Americas", """
Guatemala and leftist guerrillas sign accord ending 36-year civil war

GUATEMALA CITY, Guatemala —

President Alvaro Arzu and the four commanders of the Guatemalan National Revolutionary Unity signed a peace accord at the National Palace here on Sunday, ending a war in which some 200,000 people were killed or disappeared.

U.N. Secretary-General Boutros Boutros-Ghali, whose organisation mediated the talks, watched the signing with several Latin American presidents as thousands of people celebrated in the square outside.

Under the accord, the guerrillas are to hand in their weapons to U.N. monitors within 60 days and form a political party, and the government is to cut the army by a third.

The talks had been suspended in October after guerrillas from one of the rebel alliance's four factions kidnapped Olga de Novella, an elderly member of a wealthy business family. The faction's commander later stepped aside from the negotiating team.

The two sides signed a definitive ceasefire in Oslo on Dec. 4.

Rebel commander Rolando Moran thanked the United Nations and called on the government to honour every clause of the agreements.

On Saturday, several hundred relatives of people who disappeared during the war marched through the capital to demand that the army's crimes be investigated. Human rights groups criticised an amnesty law passed by Congress on Dec. 18, saying it would let soldiers escape trial for massacres of Mayan villagers.

Whether the army would accept the cuts was unclear. The war, which began in 1960, was the longest in Central America.
""")
ARZU = A("Alvaro Arzu", "GTM", "GOV")
URNG = A("Guatemalan National Revolutionary Unity", "GTM", ["REB", "OPP"])
GTMG = A("Guatemala's government", "GTM", "GOV")
E("bt10", "Guatemala and leftist guerrillas sign accord ending", GTMG, URNG, AGREE, "057", "1996-12", None, False,
  "headline")
E("bt10", "signed a peace accord at the National", ARZU, URNG, AGREE, "057", "1996-12-29", P("Guatemala City", "GTM"),
  True, "signed accord 057 (05/03/08), first-mentioned direction; 'here' with the dateline; 'on Sunday' before a Monday "
  "paper")
E("bt10", "signed a peace accord at the National", URNG, ARZU, AGREE, "057", "1996-12-29", P("Guatemala City", "GTM"),
  False, "reverse direction: optional")
E("bt10", "whose organisation mediated the talks, watched the", A("United Nations", "UNO", "IGO"), GTMG, ["04"], "045",
  "1996", None, False, "undated mediation in a relative: optional")
E("bt10", "the guerrillas are to hand in their", URNG, GTMG, ["03", "08"], "030", "1996-12", None, False,
  "terms of the accord, future: optional")
E("bt10", "The talks had been suspended in October", GTMG, URNG, ["12", "16"], "125", "1996-10", None, False,
  "agentless passive (the government suspended the talks): optional")
E("bt10", "after guerrillas from one of the rebel", A("Guatemalan guerrilla faction", "GTM", ["REB", "OPP"]),
  A("Olga de Novella", "GTM", ["BUS", "CVL"]), ["18", "17"], "181", "1996-10", None, True,
  "dated background ('in October') in an 'after' clause with its own agent: kidnapping 181")
E("bt10", "The two sides signed a definitive ceasefire", GTMG, URNG, AGREE, "057", "1996-12-04", P("Oslo", "NOR"), True,
  "signed ceasefire 057 (05/03/08, as owned54); 'The two sides': the government is first mentioned; 'in Oslo'")
E("bt10", "The two sides signed a definitive ceasefire", URNG, GTMG, AGREE, "057", "1996-12-04", P("Oslo", "NOR"), False,
  "reverse direction: optional")
E("bt10", "Rebel commander Rolando Moran thanked the United", A("Rolando Moran", "GTM", ["REB", "OPP"]),
  A("United Nations", "UNO", "IGO"), ["05"], "051", "1996-12", None, False, "thanks, first verb: optional")
E("bt10", "called on the government to honour every", A("Rolando Moran", "GTM", ["REB", "OPP"]), GTMG, DEMAND, "100",
  "1996-12", None, True, "demand 100 (10/02); month")
E("bt10", "marched through the capital to demand that", A("relatives of the disappeared", "GTM", "CVL"),
  A("Guatemalan army", "GTM", "MIL"), ["14"], "141", "1996-12-28", P("Guatemala City", "GTM"), True,
  "march 141; 'On Saturday' before a Monday paper; 'the capital' with the dateline")
E("bt10", "Human rights groups criticised an amnesty law", A("Guatemalan human rights groups", "GTM", "NGO"),
  A("Guatemala's Congress", "GTM", ["LEG", "GOV"]), ["11"], "111", "1996-12", None, True,
  "criticism 111; target the Congress that passed the law; month")
E("bt10", "passed by Congress on Dec. 18, saying", A("Guatemala's Congress", "GTM", ["LEG", "GOV"]),
  A("Guatemalan army", "GTM", "MIL"), ["08"], "0841", "1996-12-18", None, False,
  "an amnesty law: no clear CAMEO class (a release 0841 at most): optional")
F("bt10", "Whether the army would accept the cuts", "speculation")
F("bt10", "The war, which began in 1960, was", "history and definition")

# ---------------------------------------------------------------- bt11 Bangui, Africa (Central African Republic / France)
S("bt11", "1979-09-22", "Africa", """
Dacko ousts Emperor Bokassa with French troops while he visits Libya

BANGUI, Central African Republic —

Former President David Dacko announced on Friday that he had overthrown Emperor Bokassa I and restored the Central African Republic, as French troops flown in overnight took control of the airport and other key points in the capital.

Bokassa, who crowned himself emperor in a lavish ceremony two years ago, was on a visit to Libya when the coup took place. Dacko said in a radio broadcast that he had asked France for help to secure the country, and the French government confirmed that several hundred troops had landed at his request.

Crowds poured into the streets of Bangui to celebrate, and some looted houses belonging to the emperor's relatives.

An African commission of inquiry reported last month that Bokassa had personally taken part in the killing of about 100 schoolchildren in April, after they were arrested for protesting against compulsory school uniforms. France suspended all but humanitarian aid to the empire soon after the report.

Dacko, who led the country until Bokassa seized power on New Year's Eve 1965, promised to hold elections and to bring to justice those responsible for the massacre.

Libya condemned the French intervention as colonial aggression. French officials said Bokassa, whose plane was heading for France, would not be granted asylum there.

The country, one of the poorest in Africa, depends heavily on French aid. It was unclear how long the French troops would stay.
""")
DACKO = A("David Dacko", "CAF", ["ELI", "OPP"])
BOK = A("Jean-Bedel Bokassa", "CAF", "GOV")
CAFG = A("Bokassa's government", "CAF", "GOV")
FRAMIL = A("French troops", "FRA", "MIL")
FRAG = A("French government", "FRA", "GOV")
E("bt11", "Dacko ousts Emperor Bokassa with French troops", DACKO, BOK, COUP, "170", "1979-09", None, False, "headline")
E("bt11", "announced on Friday that he had overthrown", DACKO, BOK, COUP, "170", "1979-09-21", None, True,
  "coup 170, tolerant 17/19 (news-dev's coups); the overthrow was overnight into Friday, the day of the announcement "
  "in a Saturday paper")
E("bt11", "French troops flown in overnight took control", FRAMIL, CAFG, ["19", "17", "15"], "190", "1979-09",
  P("Bangui", "CAF"), True, "foreign troops seizing the capital's key points 190, tolerant 19/17/15; 'the capital' "
  "with the dateline; 'overnight': month")
E("bt11", "he had asked France for help to", DACKO, FRAG, DEMAND, "0234", "1979-09", None, True,
  "appeal for military protection 0234 (02/10); pluperfect with no day: month")
E("bt11", "the French government confirmed that several hundred", FRAG, CAFG, ["07", "15", "19"], "074", "1979-09",
  None, False, "restatement of the landing as help given: optional")
E("bt11", "some looted houses belonging to the emperor's", A("Bangui crowds", "CAF", "CVL"), BOK, VPROT, "145",
  "1979-09", P("Bangui", "CAF"), False, "looting: optional; 'the streets of Bangui' in the sentence")
E("bt11", "An African commission of inquiry reported last", A("African commission of inquiry", None, "IGO"), BOK,
  ["11"], "112", "1979-08", None, True, "finding of guilt by an inquiry 112; 'last month' before a September paper")
E("bt11", "taken part in the killing of about", BOK, A("Bangui schoolchildren", "CAF", ["CVL", "EDU"]),
  ["18", "20", "17"], "180", "1979-04", None, False, "act inside the commission's finding (alleged): optional")
E("bt11", "after they were arrested for protesting against", CAFG, A("Bangui schoolchildren", "CAF", ["CVL", "EDU"]),
  ["17"], "173", "1979", None, False, "agentless passive: optional")
E("bt11", "France suspended all but humanitarian aid to", FRAG, CAFG, SANCT, "162", "1979-08", None, True,
  "cutting aid 162 (16/17); 'soon after the report' of last month: August")
E("bt11", "until Bokassa seized power on New Year's", BOK, A("David Dacko", "CAF", "GOV"), COUP, "170", "1965-12-31",
  None, True, "dated background in an 'until' clause with its own agent: coup 170 (17/19); Dec. 31, 1965")
E("bt11", "promised to hold elections and to bring", DACKO, BOK, ["03"], "030", "1979-09", None, False,
  "promises: optional")
E("bt11", "Libya condemned the French intervention as colonial", A("Libya's government", "LBY", "GOV"), FRAG, ["11"],
  "111", "1979-09", None, False, "single outside reaction: optional")
E("bt11", "would not be granted asylum there", FRAG, BOK, ["12"], "120", "1979-09", None, False,
  "refusal put as an intention: optional")
F("bt11", "The country, one of the poorest in", "standing situation")
F("bt11", "It was unclear how long the French", "speculation")

# ---------------------------------------------------------------- bt12 Durres, Europe (Albania)
S("bt12", "1990-07-13", "Europe/Eurasia", """
Albania lets embassy refugees sail for Italy after week-long standoff

DURRES, Albania —

Ferries carrying more than 4,000 Albanians who had sheltered in foreign embassies in Tirana left this Adriatic port for Italy on Thursday night, after the Communist government agreed to let them leave the country.

The refugees, most of them young men, were brought from the embassies to the docks in buses escorted by police.

Thousands of people climbed over the walls of the West German, Italian, French and other embassies on July 2, days after the government said it would issue passports to its citizens. Police fired shots and beat would-be refugees trying to reach the compounds in Tirana, and witnesses said several people were killed.

The government of President Ramiz Alia first denounced the refugees as hooligans and vagabonds and sealed off the diplomatic quarter. It changed course after the U.N. High Commissioner for Refugees sent an envoy to Tirana and West Germany, Italy and France pressed it to let the refugees go.

Italian Foreign Minister Gianni De Michelis said Italy would give the refugees temporary shelter, and Bonn said it would take in all those who wished to settle in West Germany.

Albania, Europe's most isolated country, has long forbidden its citizens to travel abroad. It was not clear whether more people would try to enter the embassies once the compounds had been emptied.
""")
ALBG = A("Albania's government", "ALB", "GOV")
ALBREF = A("Albanian embassy refugees", "ALB", ["REF", "CVL"])
ALBCOP = A("Albanian police", "ALB", "COP")
E("bt12", "Albania lets embassy refugees sail for Italy", ALBG, ALBREF, ["08"], "081", "1990-07", None, False, "headline")
E("bt12", "after the Communist government agreed to let", ALBG, ALBREF, ["08", "03"], "081", "1990-07", None, True,
  "letting the refugees leave: a concession 081 (08/03); undated 'after' clause: month")
E("bt12", "Thousands of people climbed over the walls", ALBREF, A("West German embassy", "DEU", "GOV"), ["02", "14"],
  "023", "1990-07-02", None, False,
  "a mass bid for asylum: coders split between an appeal 02 and a protest 14: optional; the embassies are in Tirana "
  "(first paragraph) but the clause names no city: place null")
E("bt12", "Police fired shots and beat would-be refugees", ALBCOP, ALBREF, REPR, "175", "1990-07", P("Tirana", "ALB"),
  True, "force against people seeking refuge 175 (17/18); unnamed police are Albania's; 'in Tirana'; no day in the "
  "sentence: month")
E("bt12", "witnesses said several people were killed", ALBCOP, ALBREF, REPR, "175", "1990-07", None, False,
  "agentless passive inside witnesses' account: optional")
E("bt12", "first denounced the refugees as hooligans and", ALBG, ALBREF, ["11"], "111", "1990-07", None, True,
  "denunciation 111; month")
E("bt12", "and sealed off the diplomatic quarter", ALBG, A("West German embassy", "DEU", "GOV"), SANCT, "161",
  "1990-07", None, False, "sealing off embassies 161 (16/17, as owned35 ai07), second verb: optional")
E("bt12", "Commissioner for Refugees sent an envoy to", A("U.N. High Commissioner for Refugees", "UNO", "IGO"), ALBG,
  ["04"], "042", "1990-07", P("Tirana", "ALB"), False, "undated 'after' clause: optional; 'to Tirana'")
E("bt12", "West Germany, Italy and France pressed it", A("West Germany", "DEU", "GOV"), ALBG, DEMAND, "100", "1990-07",
  None, True, "pressure to let the refugees go 100 (10/02), first member of the compound subject: required; 'it' = "
  "Albania's government; month")
E("bt12", "West Germany, Italy and France pressed it", A("Italy", "ITA", "GOV"), ALBG, DEMAND, "100", "1990-07", None,
  False, "second member: optional")
E("bt12", "West Germany, Italy and France pressed it", A("France", "FRA", "GOV"), ALBG, DEMAND, "100", "1990-07", None,
  False, "third member: optional")
E("bt12", "said Italy would give the refugees temporary", A("Gianni De Michelis", "ITA", "GOV"), ALBREF, ["03", "07"],
  "0333", "1990-07", None, True, "offer of shelter 0333 (03/07); month")
E("bt12", "Bonn said it would take in all", A("West Germany", "DEU", "GOV"), ALBREF, ["03", "07"], "0333", "1990-07",
  None, False, "second offer in the compound sentence; 'Bonn' is the government: optional")
F("bt12", "Albania, Europe's most isolated country, has long", "standing situation")
F("bt12", "It was not clear whether more people", "speculation")

if __name__ == "__main__":
    write(HERE)
