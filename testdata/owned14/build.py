#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned14 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run).
Real, well-known public events of 1990-2007, retold in new words; coding notes are kept per line.
Run: python3 testdata/owned14/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP  # noqa: E402

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
DEPLOY = ["07", "15"]
MEDIATE = ["04", "03"]
EXPEL = ["17", "16"]
AIDPLEDGE = ["03", "07"]

# ---------------------------------------------------------------- m01 Kinshasa, Africa (Zaire)
S("m01", "1997-05-18", "Africa", """
Kabila's rebels march into Kinshasa as Mobutu flees north

KINSHASA, Zaire —

Rebel fighters loyal to Laurent Kabila marched into Kinshasa on Saturday, meeting almost no resistance, a day after President Mobutu Sese Seko fled the capital for his home town of Gbadolite in the far north.

Residents lined the main boulevard and cheered as columns of young soldiers in rubber boots walked past. Looters stripped several ministries before the rebels restored order, according to witnesses.

Speaking from Lubumbashi, Kabila declared himself head of state and renamed the country the Democratic Republic of Congo. His alliance accused Mobutu's last loyalists of murdering the army chief of staff, General Mahele Lieko Bokungu, who had been negotiating a peaceful handover of the city.

The general was shot dead late on Friday at a military camp, said Raphael Ghenda, a spokesman for the rebels.

Kabila's movement, backed by Rwanda and Uganda, launched its rebellion in the eastern hills last October. Nelson Mandela, who brought Mobutu and Kabila together aboard a South African navy ship off Pointe-Noire on May 4, welcomed the largely bloodless takeover and urged the new authorities to hold elections. The United States called on Kabila to form a broad transitional government.

U.N. officials have accused the rebels of blocking aid workers from reaching tens of thousands of Rwandan Hutu refugees in the forests of the east, a charge the alliance rejects.

Mobutu had ruled Zaire for 32 years. It was not clear whether he would stay in the country.
""")
AFDL = A("Kabila's rebel alliance", "COD", "REB")
KABILA = A("Laurent Kabila", "COD", ["REB", "GOV"])
LOYAL = A("Mobutu loyalists", "COD", ["MIL", "GOV"])
MOBUTU = A("Mobutu Sese Seko", "COD", "GOV")
ZAIRE = A("Zaire", "COD", "GOV")
E("m01", "Kabila's rebels march into Kinshasa as Mobutu", AFDL, ZAIRE, FORCE, "192", "1997-05-17", None, False, "headline")
E("m01", "Rebel fighters loyal to Laurent Kabila marched", AFDL, ZAIRE, FORCE, "192", "1997-05-17", P("Kinshasa", "COD"), True,
  "taking the capital 192 (19/18), as the retaking of a town in owned13; Saturday in a Sunday paper; the clause names "
  "Kinshasa; Zaire coded COD (the same state, renamed in the story)")
E("m01", "Residents lined the main boulevard and cheered", A("Kinshasa residents", "COD", "CVL"), AFDL, ["05", "01"], "051",
  "1997-05", None, False, "crowd support: optional")
E("m01", "Looters stripped several ministries before the rebels", A("looters", None, None), ZAIRE, VPROT, "145", "1997-05",
  None, False, "looting in a witnesses' account, unnamed agents: optional")
E("m01", "Kabila declared himself head of state and", KABILA, A("Zaire", "COD", None), COUP, "1724", "1997-05",
  P("Lubumbashi", "COD"), False, "declared takeover, self-directed: optional (k01/k02 convention); 'Speaking from "
  "Lubumbashi' names where he spoke")
E("m01", "His alliance accused Mobutu's last loyalists of", AFDL, LOYAL, ["11"], "112", "1997-05", None, True,
  "accusation of murder; 'His alliance' = Kabila's; no day of its own: month")
E("m01", "who had been negotiating a peaceful handover", A("Mahele Lieko Bokungu", "COD", "MIL"), AFDL, ["04", "03"], "046",
  "1997-05", None, False, "undated negotiation in a relative clause, partner left implicit: optional")
E("m01", "The general was shot dead late on", LOYAL, A("Mahele Lieko Bokungu", "COD", "MIL"), ATTACK, "186", "1997-05-16",
  None, False, "agentless passive inside a rebel spokesman's account: optional; 'late on Friday'")
E("m01", "launched its rebellion in the eastern hills", AFDL, ZAIRE, FORCE, "190", "1996-10", None, True,
  "dated background offensive, 'last October' in a May paper: 1996-10; 'the eastern hills' is no place")
E("m01", "who brought Mobutu and Kabila together aboard", A("Nelson Mandela", "ZAF", "GOV"), MOBUTU, MEDIATE, "045",
  "1997-05-04", P("Pointe-Noire", "COG"), True,
  "mediation in a relative clause with its own agent and date (May 4): required; compound object, first member "
  "required; 'off Pointe-Noire' names the port (Republic of Congo)")
E("m01", "who brought Mobutu and Kabila together aboard", A("Nelson Mandela", "ZAF", "GOV"), KABILA, MEDIATE, "045",
  "1997-05-04", P("Pointe-Noire", "COG"), False, "second member of the compound object: optional")
E("m01", "welcomed the largely bloodless takeover and urged", A("Nelson Mandela", "ZAF", "GOV"), AFDL, ["05", "01"], "051",
  "1997-05", None, False, "single outside reaction: optional")
E("m01", "welcomed the largely bloodless takeover and urged", A("Nelson Mandela", "ZAF", "GOV"), KABILA, DEMAND, "024",
  "1997-05", None, False, "appeal for elections, second verb of an outside reaction: optional")
E("m01", "The United States called on Kabila to", A("United States", "USA", "GOV"), KABILA, DEMAND, "024", "1997-05", None,
  False, "single outside appeal: optional")
E("m01", "U.N. officials have accused the rebels of", A("U.N. officials", "UNO", "IGO"), AFDL, ["11"], "112", "1997-05",
  None, True, "accusation in the present perfect, no date: month")
E("m01", "a charge the alliance rejects", AFDL, A("U.N. officials", "UNO", "IGO"), DENY, "016", "1997-05", None, False,
  "denial in a reduced relative clause: optional")
F("m01", "Mobutu had ruled Zaire for 32 years", "standing situation")
F("m01", "It was not clear whether he would", "speculation")

# ---------------------------------------------------------------- m02 Khartoum, Africa (Sudan / U.N.)
S("m02", "2006-10-23", "Africa", """
Sudan orders U.N. envoy out over blog on Darfur fighting

KHARTOUM, Sudan —

Sudan's government on Sunday ordered Jan Pronk, the top United Nations envoy in the country, to leave within 72 hours, after he wrote on his personal web log that the army had suffered heavy defeats in North Darfur.

The foreign ministry delivered the expulsion order to Pronk's office in the afternoon, according to a U.N. spokeswoman here, Radhia Achouri. A day earlier the armed forces had branded the Dutch diplomat a threat to national security and called on the government to throw him out.

In the posting, Pronk said two battles had cost the army hundreds of men and that several generals had been sacked. He also wrote that government-backed militias were being armed again.

Secretary-General Kofi Annan called Pronk to New York for consultations on Monday, his office said, and expressed full confidence in his envoy. The U.N. mission would carry on its work, it added.

Khartoum has rejected a Security Council resolution, adopted on August 31, that would send some 20,000 U.N. peacekeepers to Darfur to take over from an African Union force. President Omar Hassan al-Bashir has vowed to fight any foreign troops who enter the region.

Mustafa Osman Ismail, an adviser to the president, told reporters the envoy had overstepped his mandate by meddling in military affairs.

More than two million people have fled their homes in Darfur. It was not clear who would replace Pronk.
""")
SDN = A("Sudan", "SDN", "GOV")
PRONK = A("Jan Pronk", "UNO", "IGO")
UN = A("United Nations", "UNO", "IGO")
E("m02", "Sudan orders U.N. envoy out over blog", SDN, PRONK, EXPEL, "174", "2006-10-22", None, False, "headline")
E("m02", "Sudan's government on Sunday ordered Jan Pronk", SDN, PRONK, EXPEL, "174", "2006-10-22", None, True,
  "expulsion of a U.N. envoy 174 (17/16); 'on Sunday' in a Monday paper; 'in the country' is no place")
E("m02", "The foreign ministry delivered the expulsion order", A("Sudanese foreign ministry", "SDN", "GOV"), PRONK, EXPEL,
  "174", "2006-10-22", None, False, "restatement of the expulsion (nominal): optional")
E("m02", "armed forces had branded the Dutch diplomat", A("Sudanese armed forces", "SDN", "MIL"), PRONK, ["11"], "112",
  "2006-10-21", None, True, "accusation, 'A day earlier' than Sunday: Saturday; 'the Dutch diplomat' = Pronk")
E("m02", "armed forces had branded the Dutch diplomat", A("Sudanese armed forces", "SDN", "MIL"), SDN, DEMAND, "1041",
  "2006-10-21", None, False, "the army's call on its own government, second verb: optional")
E("m02", "He also wrote that government-backed militias were", PRONK, SDN, ["11"], "112", "2006-10", None, False,
  "accusation inside the blog posting, reported: optional")
E("m02", "Kofi Annan called Pronk to New York", A("Kofi Annan", "UNO", "IGO"), SDN, SANCT, "161", "2006-10-23", None, True,
  "recall of one's own envoy 161 (16/17), target the host state; 'on Monday' in a Monday paper; New York is the "
  "destination, not the place of the act")
E("m02", "and expressed full confidence in his envoy", A("Kofi Annan", "UNO", "IGO"), PRONK, ["05", "01"], "051",
  "2006-10", None, False, "support for his own envoy, inside the U.N.: optional")
E("m02", "Khartoum has rejected a Security Council resolution", SDN, A("U.N. Security Council", "UNO", "IGO"), DENY, "120",
  "2006", None, True, "stated rejection in the present perfect ('Khartoum' = Sudan); undated, since the August vote: year")
E("m02", "Khartoum has rejected a Security Council resolution", A("U.N. Security Council", "UNO", "IGO"), SDN, DEPLOY,
  "074", "2006-08-31", None, False, "the resolution, in an agentless participle clause ('adopted on August 31'): optional")
E("m02", "has vowed to fight any foreign troops", A("Omar Hassan al-Bashir", "SDN", "GOV"), UN, ["13"], "138", "2006",
  None, True, "threat of force against peacekeepers the resolution would send; present perfect, undated: year")
E("m02", "told reporters the envoy had overstepped his", A("Mustafa Osman Ismail", "SDN", "GOV"), PRONK, ["11"], "112",
  "2006-10", None, True, "accusation by a presidential adviser; no day: month")
F("m02", "More than two million people have fled", "counts / standing situation")
F("m02", "It was not clear who would replace", "speculation")

# ---------------------------------------------------------------- m03 Washington, Middle East (Israel / PLO)
S("m03", "1993-09-14", "Middle East", """
Rabin and Arafat shake hands as Israel and PLO sign self-rule accord

WASHINGTON, United States —

Israel and the Palestine Liberation Organisation signed an agreement on Palestinian self-rule on the White House lawn on Monday, and Prime Minister Yitzhak Rabin shook hands with Yasser Arafat, the man his country had fought for three decades.

Foreign Minister Shimon Peres and Mahmoud Abbas, a senior PLO official, put their names to the Declaration of Principles as President Bill Clinton and some 3,000 guests looked on. The accord gives the Palestinians limited self-government in the Gaza Strip and the West Bank town of Jericho.

The deal was worked out in secret talks in Norway, whose foreign minister, Johan Joergen Holst, carried messages between the two delegations for months. Last week the two sides exchanged letters of recognition: the PLO renounced violence, and Israel recognised the organisation as the representative of the Palestinian people.

Clinton praised both leaders for their courage and promised that Washington would help build a lasting peace.

In Gaza, thousands of Palestinians waved flags and cheered. Hamas, the Islamic resistance movement, denounced the agreement as a betrayal and called a general strike. Jewish settlers rallied in Jerusalem against the accord, which opposition leader Benjamin Netanyahu has likened to appeasement.

Tishrin, the Syrian government newspaper, criticised Arafat for striking a separate deal.

About 120,000 Israeli settlers live in the occupied territories. Whether the accord would survive its opponents was an open question.
""")
ISR = A("Israel", "ISR", "GOV")
PLO = A("Palestine Liberation Organisation", "PSE", ["REB", "GOV"])
E("m03", "Rabin and Arafat shake hands as Israel", ISR, PLO, AGREE, "057", "1993-09-13", None, False, "headline")
E("m03", "Israel and the Palestine Liberation Organisation signed", ISR, PLO, AGREE, "057", "1993-09-13",
  P("Washington", "USA"), True, "signed accord 057 (AGREE roots); joint event, first-mentioned direction required; "
  "'the White House lawn' with the dateline makes Washington explicit; Monday in a Tuesday paper")
E("m03", "Israel and the Palestine Liberation Organisation signed", PLO, ISR, AGREE, "057", "1993-09-13",
  P("Washington", "USA"), False, "reverse direction of the joint signing: optional")
E("m03", "Prime Minister Yitzhak Rabin shook hands with", A("Yitzhak Rabin", "ISR", "GOV"), A("Yasser Arafat", "PSE",
  ["REB", "GOV"]), ["04", "05", "01"], "040", "1993-09-13", P("Washington", "USA"), False,
  "symbolic handshake, second clause: optional")
E("m03", "put their names to the Declaration of", A("Shimon Peres", "ISR", "GOV"), PLO, AGREE, "057", "1993-09-13", None,
  False, "restatement of the signing by the signatories: optional")
E("m03", "whose foreign minister, Johan Joergen Holst, carried", A("Johan Joergen Holst", "NOR", "GOV"), ISR, MEDIATE,
  "045", "1993", None, True, "mediation in a relative clause with its own agent; 'for months', undated: year; target "
  "the first party of 'the two delegations' (Israel named first in the story)")
E("m03", "The deal was worked out in secret", ISR, PLO, ["04", "03"], "046", "1993", None, False,
  "agentless passive: optional")
E("m03", "Last week the two sides exchanged letters", ISR, PLO, AGREE, "054", "1993-09", None, False,
  "the exchange, summed up before the detail: optional")
E("m03", "the PLO renounced violence, and Israel recognised", PLO, ISR, ["08", "03"], "080", "1993-09", None, False,
  "renouncing violence, a concession without a named target in the clause: optional")
E("m03", "the PLO renounced violence, and Israel recognised", ISR, PLO, ["05", "03"], "054", "1993-09", None, True,
  "formal recognition 054 (05/03, as recognition of a state in owned13); 'Last week' without a day: month")
E("m03", "Clinton praised both leaders for their courage", A("Bill Clinton", "USA", "GOV"), A("Yitzhak Rabin", "ISR", "GOV"),
  ["05", "01"], "051", "1993-09-13", None, False, "praise of 'both leaders' (no names in the clause): optional")
E("m03", "thousands of Palestinians waved flags and cheered", A("Palestinian civilians", "PSE", "CVL"), PLO, ["05", "01"],
  "051", "1993-09", P("Gaza", "PSE"), False, "crowd support: optional")
HAMAS = A("Hamas", "PSE", ["RAD", "REB", "OPP"])
E("m03", "denounced the agreement as a betrayal and", HAMAS, PLO, ["11"], "111", "1993-09", None, True,
  "condemnation of the PLO's agreement by Hamas; no day: month")
E("m03", "denounced the agreement as a betrayal and", HAMAS, A("Palestinian civilians", "PSE", "CVL"), DEMAND, "020",
  "1993-09", None, False, "calling a strike, appeal to its own public, second verb: optional")
E("m03", "Jewish settlers rallied in Jerusalem against the", A("Israeli settlers", "ISR", "CVL"), ISR, ["14"], "141",
  "1993-09", P("Jerusalem", "ISR"), True, "demonstration against the government's accord; the clause names Jerusalem; "
  "no day: month")
E("m03", "which opposition leader Benjamin Netanyahu has likened", A("Benjamin Netanyahu", "ISR", ["OPP", "PTY"]), ISR,
  ["11"], "111", "1993", None, False, "undated criticism in a relative clause: optional")
E("m03", "Tishrin, the Syrian government newspaper, criticised Arafat", A("Syria", "SYR", ["GOV", "MED"]),
  A("Yasser Arafat", "PSE", ["REB", "GOV"]), ["11"], "111", "1993-09", None, False,
  "single outside reaction by a state newspaper: optional")
F("m03", "About 120,000 Israeli settlers live in the", "counts / standing situation")
F("m03", "Whether the accord would survive its opponents", "speculation")

# ---------------------------------------------------------------- m04 Gaza City, Middle East (Palestinians)
S("m04", "2007-06-15", "Middle East", """
Hamas seizes Gaza; Abbas sacks unity government and declares emergency

GAZA CITY, Palestinian Territories —

Hamas fighters overran the headquarters of the Fatah-dominated Preventive Security service here on Thursday and then stormed President Mahmoud Abbas's seafront compound, completing their takeover of the Gaza Strip after five days of street battles.

Hours later, in the West Bank city of Ramallah, Abbas dismissed the unity government led by Ismail Haniyeh of Hamas and declared a state of emergency. An aide, Tayeb Abdel Rahim, read the decrees on Palestinian television.

Haniyeh, who still works from his office in Gaza, rejected the decision as hasty and said his cabinet would carry on. Sami Abu Zuhri, a Hamas spokesman, accused Abbas's aides of plotting with Israel and Washington against the movement.

Masked gunmen dragged Fatah officers from their homes, witnesses said, and a local commander was executed in the street. Hundreds of Fatah members fled toward the Erez crossing, where Israeli troops kept them waiting for hours.

Egypt pulled its security delegation out of Gaza on Thursday. The Arab League's foreign ministers, meeting in Cairo, condemned what they called criminal acts and urged both factions to return to dialogue.

Israeli Prime Minister Ehud Olmert said Israel would have no dealings with a Hamas government but pledged to work with Abbas, who is expected to name an emergency cabinet.

Gaza's 1.4 million people depend heavily on food aid. It was not clear how long the crossings would stay closed.
""")
HAMAS4 = A("Hamas", "PSE", ["REB", "GOV", "RAD"])
FATAHSEC = A("Preventive Security service", "PSE", ["COP", "MIL"])
ABBAS = A("Mahmoud Abbas", "PSE", "GOV")
HANIYEH = A("Ismail Haniyeh", "PSE", ["GOV", "RAD"])
E("m04", "Hamas seizes Gaza; Abbas sacks unity government", HAMAS4, ABBAS, ["19", "17", "18"], "192", "2007-06-14", None,
  False, "headline")
E("m04", "Hamas fighters overran the headquarters of the", HAMAS4, FATAHSEC, FORCE, "192", "2007-06-14",
  P("Gaza City", "PSE"), True, "capture of a headquarters 192 (as Rostov's in owned13); Thursday in a Friday paper; "
  "'here' = Gaza City")
E("m04", "then stormed President Mahmoud Abbas's seafront compound", HAMAS4, ABBAS, FORCE, "192", "2007-06-14",
  P("Gaza City", "PSE"), False, "second verb of the same subject: optional")
E("m04", "Abbas dismissed the unity government led by", ABBAS, HANIYEH, EXPEL, "172", "2007-06-14", P("Ramallah", "PSE"),
  True, "dismissal of the government 172 (17/16, as removal from office in owned13); 'Hours later' after Thursday; "
  "the clause names Ramallah; target its Hamas prime minister")
E("m04", "Abbas dismissed the unity government led by", ABBAS, A("Palestinian territories", "PSE", None), COUP, "1724",
  "2007-06-14", P("Ramallah", "PSE"), False, "declared emergency, self-directed, second verb: optional")
E("m04", "rejected the decision as hasty and said", HANIYEH, ABBAS, DENY, "120", "2007-06", None, True,
  "stated rejection of the dismissal; no day of its own: month")
E("m04", "accused Abbas's aides of plotting with Israel", A("Sami Abu Zuhri", "PSE", ["REB", "GOV", "RAD"]),
  A("Abbas's aides", "PSE", "GOV"), ["11"], "112", "2007-06", None, True, "accusation by the Hamas spokesman; month")
E("m04", "Masked gunmen dragged Fatah officers from their", A("masked gunmen", None, None), FATAHSEC, ["18", "17"], "181",
  "2007-06", None, False, "abductions inside a witnesses' account, unnamed gunmen: optional")
E("m04", "where Israeli troops kept them waiting for", A("Israeli troops", "ISR", "MIL"), A("Fatah members", "PSE", "PTY"),
  ["17", "19"], "191", "2007-06", None, False, "holding people at a crossing, minor: optional")
E("m04", "Egypt pulled its security delegation out of", A("Egypt", "EGY", "GOV"), A("Palestinians", "PSE", None), ["16"],
  "166", "2007-06-14", None, True, "withdrawal of its mediating security delegation 166; 'on Thursday'; 'out of Gaza' "
  "is a withdrawal's origin, no place")
E("m04", "condemned what they called criminal acts and", A("Arab League", None, "IGO"), HAMAS4, ["11"], "111", "2007-06",
  P("Cairo", "EGY"), False, "condemnation without a named target: optional")
E("m04", "condemned what they called criminal acts and", A("Arab League", None, "IGO"), HAMAS4, DEMAND, "1045", "2007-06",
  P("Cairo", "EGY"), False, "appeal to 'both factions' to talk, second verb: optional")
E("m04", "said Israel would have no dealings with", A("Ehud Olmert", "ISR", "GOV"), HAMAS4, ["12"], "120", "2007-06", None,
  False, "refusal put as an intention ('would have no dealings'): optional")
E("m04", "but pledged to work with Abbas, who", A("Ehud Olmert", "ISR", "GOV"), ABBAS, ["03"], "030", "2007-06", None, True,
  "pledge of cooperation, its own verb after 'but'; month")
F("m04", "Gaza's 1.4 million people depend heavily on", "counts / standing situation")
F("m04", "It was not clear how long the", "speculation")

# ---------------------------------------------------------------- m05 Kuala Lumpur, Asia (Malaysia)
S("m05", "1998-09-21", "Asia", """
Malaysian police seize Anwar after mass rally against Mahathir

KUALA LUMPUR, Malaysia —

Police commandos in balaclavas broke down the door of Anwar Ibrahim's home here late on Sunday and took away the sacked deputy prime minister, hours after he led tens of thousands of people through the capital in the largest protest against Prime Minister Mahathir Mohamad in his 17 years in power.

Anwar is being held under the Internal Security Act, which allows detention without trial, a police spokesman said. His wife, Wan Azizah Wan Ismail, said officers would not tell her where he had been taken.

Riot police fired tear gas and water cannon at marchers outside Mahathir's official residence, and dozens were detained. The crowd had chanted "reformasi" and called on the prime minister to quit.

Mahathir dismissed Anwar on September 2, saying he was unfit to lead, and the ruling party expelled him a day later. Anwar denies allegations of corruption and sexual misconduct and accuses Mahathir of a conspiracy to destroy him.

The national police chief, Abdul Rahim Noor, warned that any further illegal gatherings would be broken up firmly.

In Washington, the State Department urged Malaysia to respect due process and said it was troubled by the arrest. Indonesia's President, Bacharuddin Jusuf Habibie, said he was worried about his friend.

Malaysia's economy is expected to shrink this year. It was not clear when Anwar would be charged.
""")
MYSCOP = A("Malaysian police", "MYS", "COP")
ANWAR = A("Anwar Ibrahim", "MYS", ["OPP", "PTY", "GOV"])
MAHATHIR = A("Mahathir Mohamad", "MYS", "GOV")
MARCH = A("Malaysian protesters", "MYS", ["CVL", "OPP"])
E("m05", "Malaysian police seize Anwar after mass rally", MYSCOP, ANWAR, REPR, "173", "1998-09-20", None, False, "headline")
E("m05", "Police commandos in balaclavas broke down the", MYSCOP, ANWAR, REPR, "173", "1998-09-20", P("Kuala Lumpur", "MYS"),
  True, "arrest ('took away'); 'late on Sunday' in a Monday paper; 'here'")
E("m05", "hours after he led tens of thousands", ANWAR, MAHATHIR, ["14"], "141", "1998-09-20", P("Kuala Lumpur", "MYS"), True,
  "demonstration led by Anwar inside an 'hours after' clause with its own agent: required; 'through the capital' = "
  "Kuala Lumpur (dateline)")
E("m05", "Anwar is being held under the Internal", MYSCOP, ANWAR, REPR, "173", "1998-09", None, False,
  "agentless passive restating the detention: optional")
E("m05", "Riot police fired tear gas and water", MYSCOP, MARCH, REPR, "175", "1998-09", None, True,
  "tear gas and water cannon 175 (17/18); no day in the sentence: month; 'outside Mahathir's official residence' "
  "names no place")
E("m05", "and dozens were detained", MYSCOP, MARCH, REPR, "173", "1998-09", None, False, "agentless passive: optional")
E("m05", "The crowd had chanted \"reformasi\" and called", MARCH, MAHATHIR, DEMAND, "1041", "1998-09", None, False,
  "demand that the leader quit, restating the protest: optional")
E("m05", "Mahathir dismissed Anwar on September 2, saying", MAHATHIR, ANWAR, EXPEL, "172", "1998-09-02", None, True,
  "dismissal from office 172 (17/16); dated background")
E("m05", "and the ruling party expelled him a", A("United Malays National Organisation", "MYS", ["PTY", "GOV"]), ANWAR,
  EXPEL, "172", "1998-09-03", None, True, "expulsion from the party, its own clause and agent; 'a day later' than "
  "September 2")
E("m05", "Anwar denies allegations of corruption and sexual", ANWAR, MAHATHIR, DENY, "016", "1998-09", None, False,
  "denial in the present tense: optional")
E("m05", "and accuses Mahathir of a conspiracy to", ANWAR, MAHATHIR, ["11"], "112", "1998-09", None, True,
  "accusation, present tense, no day: month")
E("m05", "warned that any further illegal gatherings would", A("Abdul Rahim Noor", "MYS", "COP"), MARCH, ["13"], "137",
  "1998-09", None, True, "threat of repression 137 by the police chief; no day: month")
E("m05", "the State Department urged Malaysia to respect", A("United States", "USA", "GOV"), A("Malaysia", "MYS", "GOV"),
  DEMAND, "024", "1998-09", P("Washington", "USA"), False, "single outside appeal: optional")
E("m05", "Habibie, said he was worried about his", A("Bacharuddin Jusuf Habibie", "IDN", "GOV"), A("Malaysia", "MYS", "GOV"), ["01", "11"],
  "012", "1998-09", None, False, "outside expression of concern: optional")
F("m05", "Malaysia's economy is expected to shrink this", "standing situation / forecast")
F("m05", "It was not clear when Anwar would", "speculation")

# ---------------------------------------------------------------- m06 Tokyo, Asia (Japan / U.S.)
S("m06", "1995-06-29", "Asia", """
U.S. drops threat of car tariffs as Japan deal is struck in Geneva

TOKYO, Japan —

The United States called off punitive tariffs on Japanese luxury cars on Wednesday after its trade negotiators and Japan's reached a last-minute agreement in Geneva on opening Japan's market to American cars and parts, hours before the duties were to take effect.

U.S. Trade Representative Mickey Kantor and Ryutaro Hashimoto, Japan's minister of international trade and industry, announced the deal after a week of talks at a lakeside hotel. Japanese carmakers promised to buy more American components and to expand production in North America, and Tokyo agreed to ease rules on repair garages.

Washington had threatened on May 16 to impose 100 percent duties on 13 models, among them Lexus and Infiniti sedans, worth nearly $6 billion a year. Japan answered the threat by filing a complaint with the new World Trade Organisation, accusing the U.S. of breaking global trade rules.

Prime Minister Tomiichi Murayama told reporters here on Thursday that Japan had made no numerical commitments. Kantor, who flew back to Washington, said the administration would watch the carmakers' purchases closely.

Toyota's president, Tatsuro Toyoda, welcomed the outcome. Several opposition lawmakers, however, criticised Washington's tactics as bullying and said the government had given too much away.

Japan's trade surplus with the United States ran at about $66 billion last year. Whether the purchases would narrow it was unclear.
""")
USA = A("United States", "USA", "GOV")
JPN = A("Japan", "JPN", "GOV")
E("m06", "U.S. drops threat of car tariffs as", USA, JPN, ["08", "03"], "080", "1995-06-28", None, False, "headline")
E("m06", "The United States called off punitive tariffs", USA, JPN, ["08", "03"], "080", "1995-06-28", None, True,
  "calling off threatened tariffs 080 (08/03; nothing imposed yet), as in owned13; Wednesday in a Thursday paper")
E("m06", "after its trade negotiators and Japan's reached", USA, JPN, AGREE, "030", "1995-06-28", P("Geneva", "CHE"), True,
  "agreement inside an 'after' clause with its own agent; joint, first-mentioned (U.S.) direction required; the clause "
  "names Geneva")
E("m06", "after its trade negotiators and Japan's reached", JPN, USA, AGREE, "030", "1995-06-28", P("Geneva", "CHE"), False,
  "reverse direction of the joint agreement: optional")
E("m06", "announced the deal after a week of", A("Mickey Kantor", "USA", "GOV"), JPN, AGREE, "030", "1995-06", None, False,
  "restatement of the agreement: optional")
E("m06", "Japanese carmakers promised to buy more American", A("Japanese carmakers", "JPN", "BUS"), USA, ["03"], "031",
  "1995-06", None, False, "terms of the deal, restating it: optional")
E("m06", "and Tokyo agreed to ease rules on", JPN, USA, AGREE, "030", "1995-06", None, False,
  "terms of the deal, restating it: optional")
E("m06", "Washington had threatened on May 16 to", USA, JPN, ["13"], "1312", "1995-05-16", None, True,
  "threat of sanctions 1312, dated background ('Washington' = the U.S.)")
E("m06", "Japan answered the threat by filing a", JPN, USA, ["11"], "115", "1995-05", None, True,
  "formal complaint at the WTO 115 against the U.S. (the WTO is the venue); 'answered ... by filing': no day, the "
  "month of the threat")
E("m06", "accusing the U.S. of breaking global trade", JPN, USA, ["11"], "112", "1995-05", None, False,
  "accusation carried by the complaint, participle: optional")
E("m06", "Toyota's president, Tatsuro Toyoda, welcomed the outcome", A("Tatsuro Toyoda", "JPN", "BUS"), None, ["05", "01"],
  "051", "1995-06", None, False, "welcome without a target: optional")
E("m06", "criticised Washington's tactics as bullying and said", A("Japanese opposition lawmakers", "JPN", ["LEG", "OPP"]),
  USA, ["11"], "111", "1995-06", None, True, "criticism of the U.S.; 'Washington's tactics' = the U.S.; no day: month")
E("m06", "criticised Washington's tactics as bullying and said", A("Japanese opposition lawmakers", "JPN", ["LEG", "OPP"]),
  JPN, ["11"], "111", "1995-06", None, False, "criticism of their own government, second verb: optional")
F("m06", "Japan's trade surplus with the United States", "counts")
F("m06", "Whether the purchases would narrow it was", "speculation")

# ---------------------------------------------------------------- m07 Ankara, Europe/Eurasia (Turkey / Kenya / Greece)
S("m07", "1999-02-17", "Europe/Eurasia", """
Turkey seizes Kurdish rebel chief Ocalan in Kenya; Kurds storm Greek missions

ANKARA, Turkey —

Turkish agents captured Abdullah Ocalan, the leader of the Kurdistan Workers' Party, in Kenya and flew him home to face trial, Prime Minister Bulent Ecevit announced on Tuesday, ending a four-month hunt across Europe and Africa.

Ocalan, whose guerrillas have fought for Kurdish self-rule since 1984, had been sheltering in the Greek ambassador's residence in Nairobi. He was seized on Monday night after leaving the compound by car, according to Turkish officials, who denied that any foreign service had helped.

Within hours Kurdish protesters stormed or occupied Greek embassies and consulates in more than 20 cities, from London to Moscow. In Vienna, they took several embassy staff hostage, and in The Hague they held the Greek ambassador's family inside his residence.

Ecevit accused Greece of harbouring a terrorist and demanded an explanation from Athens. Greek Prime Minister Costas Simitis denied that his government had handed Ocalan over and said it had only tried to find him asylum.

Kenya, which said it had not known Ocalan was in the country, protested to Greece and asked it to withdraw its ambassador, George Costoulas.

The PKK's political wing vowed revenge on Turkey and urged Kurds in Europe to rise up. Turkish police detained dozens of suspected militants in Istanbul and Diyarbakir, the state news agency reported.

More than 30,000 people have died in the conflict. It was unclear where Ocalan would be tried.
""")
TUR = A("Turkey", "TUR", "GOV")
OCALAN = A("Abdullah Ocalan", "TUR", ["REB", "RAD"])
PKK = A("Kurdistan Workers' Party", "TUR", ["REB", "RAD"])
KURDS = A("Kurdish protesters", None, ["CVL", "OPP"])
GRC = A("Greece", "GRC", "GOV")
E("m07", "Turkey seizes Kurdish rebel chief Ocalan in", A("Turkish agents", "TUR", ["SPY", "MIL"]), OCALAN, REPR, "173",
  "1999-02-15", None, False, "headline")
E("m07", "Turkey seizes Kurdish rebel chief Ocalan in", KURDS, GRC, VPROT, "145", "1999-02", None, False,
  "second headline event: optional")
E("m07", "Turkish agents captured Abdullah Ocalan, the leader", A("Turkish agents", "TUR", ["SPY", "MIL"]), OCALAN, REPR,
  "173", "1999-02", None, True, "capture of a rebel leader 173 (17/18); the day is in the next paragraph (Monday night) "
  "while the sentence dates the announcement (Tuesday): month; 'in Kenya' is a country, no place")
E("m07", "whose guerrillas have fought for Kurdish self-rule", PKK, TUR, FORCE, "190", "1984", None, False,
  "standing insurgency 'since 1984' in a relative clause, not a single dated act: optional")
E("m07", "He was seized on Monday night after", A("Turkish agents", "TUR", ["SPY", "MIL"]), OCALAN, REPR, "173",
  "1999-02-15", None, False, "agentless passive restating the capture: optional")
E("m07", "who denied that any foreign service had", A("Turkish officials", "TUR", "GOV"), None, DENY, "016", "1999-02", None,
  False, "denial without a target: optional")
E("m07", "Kurdish protesters stormed or occupied Greek embassies", KURDS, GRC, VPROT, "145", "1999-02", None, True,
  "storming and occupying embassies 145 (VPROT roots); 'Within hours': month kept (Monday night or Tuesday); "
  "Kurds of no one country: null")
E("m07", "they took several embassy staff hostage, and", KURDS, A("Greek diplomats", "GRC", "GOV"), ["18", "17"], "181",
  "1999-02", P("Vienna", "AUT"), True, "hostage-taking 181; 'they' = the Kurdish protesters; the clause names Vienna")
E("m07", "in The Hague they held the Greek", KURDS, A("Greek diplomats", "GRC", "GOV"), ["18", "17"], "181", "1999-02",
  P("The Hague", "NLD"), False, "second clause of the sentence, same agent: optional")
E("m07", "Ecevit accused Greece of harbouring a terrorist", A("Bulent Ecevit", "TUR", "GOV"), GRC, ["11"], "112", "1999-02",
  None, True, "accusation; no day of its own: month")
E("m07", "Ecevit accused Greece of harbouring a terrorist", A("Bulent Ecevit", "TUR", "GOV"), GRC, DEMAND, "10",
  "1999-02", None, False, "demand for an explanation, second verb ('Athens' = Greece): optional")
E("m07", "Simitis denied that his government had handed", A("Costas Simitis", "GRC", "GOV"), TUR, DENY, "016", "1999-02",
  None, False, "denial answering the accusation: optional")
E("m07", "protested to Greece and asked it to", A("Kenya", "KEN", "GOV"), GRC, ["11"], "114", "1999-02", None, True,
  "official protest 114; month")
E("m07", "protested to Greece and asked it to", A("Kenya", "KEN", "GOV"), GRC, DEMAND, "10", "1999-02", None, False,
  "request to withdraw its ambassador, second verb: optional")
E("m07", "The PKK's political wing vowed revenge on", PKK, TUR, ["13"], "138", "1999-02", None, True,
  "threat of violence against Turkey; month")
E("m07", "and urged Kurds in Europe to rise", PKK, KURDS, DEMAND, "020", "1999-02", None, False,
  "appeal to its own supporters, second verb: optional")
E("m07", "Turkish police detained dozens of suspected militants", A("Turkish police", "TUR", "COP"), PKK, REPR, "173",
  "1999-02", P("Istanbul", "TUR"), True, "arrests; the clause names Istanbul and Diyarbakir (first named); "
  "'the state news agency reported' is no dispute; month")
F("m07", "More than 30,000 people have died in", "counts")
F("m07", "It was unclear where Ocalan would be", "speculation")

# ---------------------------------------------------------------- m08 Belgrade, Europe/Eurasia (Yugoslavia / ICTY)
S("m08", "2001-06-30", "Europe/Eurasia", """
Serbia hands Milosevic to war crimes court; Yugoslav premier quits in protest

BELGRADE, Yugoslavia —

Serbia's government handed Slobodan Milosevic over to the United Nations war crimes tribunal in The Hague on Thursday, defying a ruling by the federal constitutional court and delivering the former Yugoslav president to judges who have charged him with crimes against humanity in Kosovo.

A police helicopter flew Milosevic from the central prison to a U.S. base in Bosnia, from where a British plane carried him to the Netherlands, officials said.

Serbian Prime Minister Zoran Djindjic, who pushed the extradition through his cabinet at an emergency session, said the country could not let the past hold its future hostage. Yugoslav President Vojislav Kostunica denounced the transfer as illegal, and the federal prime minister, Zoran Zizic, resigned in protest on Friday.

Thousands of Milosevic supporters rallied outside the federal parliament here, chanting "treason" and burning pictures of Djindjic. Riot police kept them away from the government building.

Carla Del Ponte, the tribunal's chief prosecutor, thanked the Serbian authorities for their courage. At a conference in Brussels, donor governments pledged about $1.28 billion to rebuild the Yugoslav economy, and the United States, which had threatened to stay away, confirmed its share.

Milosevic's lawyers said they would challenge the court's legitimacy. His Socialist Party accused Djindjic of selling a Serb to foreigners for money.

The tribunal's cells hold more than 30 suspects. It was not clear when Milosevic would first appear in court.
""")
SRBG = A("Serbian government", "SRB", "GOV")
ICTY = A("U.N. war crimes tribunal", "UNO", ["JUD", "IGO"])
MILO = A("Slobodan Milosevic", "SRB", ["PTY", "OPP"])
E("m08", "Serbia hands Milosevic to war crimes court;", SRBG, ICTY, ["06", "08"], "063", "2001-06-28", None, False,
  "headline")
E("m08", "Serbia's government handed Slobodan Milosevic over to", SRBG, ICTY, ["06", "08"], "063", "2001-06-28", None, True,
  "extradition of a suspect to a court: judicial cooperation 063 (06; 08 also read, as release of a person); Thursday "
  "in a Saturday paper; 'in The Hague' locates the tribunal, not the handover")
E("m08", "defying a ruling by the federal constitutional", SRBG, A("Yugoslav constitutional court", "SRB", "JUD"), ["12"],
  "128", "2001-06-28", None, False, "defiance in a participle clause: optional")
E("m08", "judges who have charged him with crimes", ICTY, MILO, ["11"], "112", None, None, False,
  "undated indictment in a relative clause: optional")
E("m08", "who pushed the extradition through his cabinet", A("Zoran Djindjic", "SRB", "GOV"), ICTY, ["06", "08"], "063",
  "2001-06", None, False, "restatement of the handover: optional")
E("m08", "Vojislav Kostunica denounced the transfer as illegal", A("Vojislav Kostunica", "SRB", "GOV"), SRBG, ["11"], "111",
  "2001-06", None, True, "condemnation of the Serbian government's act; no day: month")
E("m08", "and the federal prime minister, Zoran Zizic", A("Zoran Zizic", "SRB", "GOV"), SRBG, ["14", "11"], "140",
  "2001-06-29", None, False, "resignation in protest: optional (coders split on whether it is an event with a target)")
E("m08", "Thousands of Milosevic supporters rallied outside the", A("Milosevic supporters", "SRB", ["CVL", "PTY"]), SRBG,
  ["14"], "141", "2001-06", P("Belgrade", "SRB"), True, "demonstration; 'here' = Belgrade; no day: month")
E("m08", "Riot police kept them away from the", A("Serbian police", "SRB", "COP"),
  A("Milosevic supporters", "SRB", ["CVL", "PTY"]), ["17", "19"], "191", "2001-06", P("Belgrade", "SRB"), False,
  "crowd control without force named: optional")
E("m08", "thanked the Serbian authorities for their courage", A("Carla Del Ponte", "UNO", ["JUD", "IGO"]), SRBG,
  ["05", "01"], "051", "2001-06", None, False, "single outside reaction: optional")
E("m08", "donor governments pledged about $1.28 billion to", A("donor governments", None, "GOV"),
  A("Yugoslavia", "SRB", "GOV"), AIDPLEDGE, "033", "2001-06", P("Brussels", "BEL"), True,
  "pledge of economic aid 033 (03; 07 also read); the clause names Brussels; no day: month")
E("m08", "which had threatened to stay away, confirmed", USA, A("Yugoslavia", "SRB", "GOV"), ["13"], "1311", "2001", None,
  False, "undated threat in a relative clause: optional")
E("m08", "the United States, which had threatened to", USA, A("Yugoslavia", "SRB", "GOV"), AIDPLEDGE, "033", "2001-06",
  P("Brussels", "BEL"), False, "second member of the donors, confirming its share: optional")
E("m08", "His Socialist Party accused Djindjic of selling", A("Socialist Party of Serbia", "SRB", ["PTY", "OPP"]),
  A("Zoran Djindjic", "SRB", "GOV"), ["11"], "112", "2001-06", None, True, "accusation; 'His' = Milosevic's; month")
F("m08", "The tribunal's cells hold more than 30", "counts / standing situation")
F("m08", "It was not clear when Milosevic would", "speculation")

# ---------------------------------------------------------------- m09 Lima, Americas (Peru)
S("m09", "1992-04-07", "Americas", """
Fujimori shuts Peru's Congress with army backing; U.S. suspends aid

LIMA, Peru —

President Alberto Fujimori dissolved Congress and suspended parts of the constitution on Sunday night, and soldiers in armoured vehicles surrounded the legislature and the main courts in what opponents called a self-coup.

In a televised address, Fujimori accused lawmakers and judges of corruption and of obstructing his campaign against the Shining Path guerrillas. He said he would rule by decree until a new charter was drafted.

Troops occupied newspaper offices and radio stations, and several opposition politicians were placed under house arrest, according to their aides. Former President Alan Garcia escaped when soldiers raided his home in a Lima suburb, his party said.

The armed forces command issued a statement backing the president.

In Washington, Secretary of State James Baker said on Monday that the United States had suspended all aid except humanitarian assistance. Venezuela's President Carlos Andres Perez broke off diplomatic relations, and Argentina recalled its ambassador for consultations.

Felipe Osterling, the president of the dissolved Senate, urged Peruvians to resist and asked foreign governments to isolate the regime. Members of both houses were turned away by police when they tried to enter the building on Monday.

Peru's inflation topped 7,000 percent in 1990. It was unclear how the Organisation of American States would respond.
""")
FUJI = A("Alberto Fujimori", "PER", "GOV")
PERLEG = A("Peruvian Congress", "PER", "LEG")
PERMIL = A("Peruvian armed forces", "PER", "MIL")
PER = A("Peru", "PER", "GOV")
E("m09", "Fujimori shuts Peru's Congress with army backing;", FUJI, PERLEG, ["17", "19", "16"], "1724", "1992-04-05", None,
  False, "headline")
E("m09", "President Alberto Fujimori dissolved Congress and suspended", FUJI, PERLEG, ["17", "19", "16"], "1724",
  "1992-04-05", None, True, "dissolving the legislature by decree, a declared takeover 1724 (17/19; 16 also read); "
  "'Sunday night' in a Tuesday paper")
E("m09", "and soldiers in armoured vehicles surrounded the", PERMIL, PERLEG, ["19", "17"], "191", "1992-04-05", None, True,
  "cordon round the legislature 191, second clause with its own agent; the same night; no place named")
E("m09", "Fujimori accused lawmakers and judges of corruption", FUJI, PERLEG, ["11"], "112", "1992-04", None, True,
  "accusation; compound object, first member required; the address has no day of its own: month")
E("m09", "Fujimori accused lawmakers and judges of corruption", FUJI, A("Peruvian judges", "PER", "JUD"), ["11"], "112",
  "1992-04", None, False, "second member of the compound object: optional")
E("m09", "Troops occupied newspaper offices and radio stations", PERMIL, A("Peruvian media", "PER", "MED"), ["17", "19"],
  "170", "1992-04", None, True, "occupation of newsrooms, coercion 17 (19 also read); no day: month")
E("m09", "several opposition politicians were placed under house", PERMIL, A("Peruvian opposition politicians", "PER",
  ["OPP", "PTY"]), REPR, "173", "1992-04", None, False, "agentless passive in the aides' account: optional")
E("m09", "escaped when soldiers raided his home in", PERMIL, A("Alan Garcia", "PER", ["OPP", "PTY"]), REPR, "173",
  "1992-04", None, False, "attempted arrest in his party's account: optional; 'a Lima suburb' no place beyond the city")
E("m09", "The armed forces command issued a statement", PERMIL, FUJI, ["05", "01"], "051", "1992-04", None, False,
  "support by the army command, nominal ('a statement backing'): optional")
E("m09", "said on Monday that the United States", USA, PER, SANCT, "162", "1992-04", P("Washington", "USA"), True,
  "aid suspension 162 (16/17); 'had suspended' before Monday's statement: month; 'In Washington' names the place")
E("m09", "Carlos Andres Perez broke off diplomatic relations", A("Carlos Andres Perez", "VEN", "GOV"), PER, SANCT, "161",
  "1992-04", None, True, "breaking relations 161; no day: month")
E("m09", "and Argentina recalled its ambassador for consultations", A("Argentina", "ARG", "GOV"), PER, SANCT, "161",
  "1992-04", None, False, "recall of its own envoy, second outside reaction: optional")
E("m09", "urged Peruvians to resist and asked foreign", A("Felipe Osterling", "PER", ["LEG", "OPP"]),
  A("Peruvian civilians", "PER", "CVL"), DEMAND, "020", "1992-04", None, False, "appeal to the public: optional")
E("m09", "urged Peruvians to resist and asked foreign", A("Felipe Osterling", "PER", ["LEG", "OPP"]),
  A("foreign governments", None, "GOV"), DEMAND, "020", "1992-04", None, False,
  "request to isolate the regime, second verb: optional")
E("m09", "Members of both houses were turned away", A("Peruvian police", "PER", "COP"), PERLEG, ["17", "19"], "191",
  "1992-04-06", None, True, "passive with its agent ('by police'): barring entry 191 (17/19); 'on Monday'")
F("m09", "Peru's inflation topped 7,000 percent in 1990", "counts")
F("m09", "It was unclear how the Organisation of", "speculation")

# ---------------------------------------------------------------- m10 Havana, Americas (Cuba / U.S.)
S("m10", "1996-02-27", "Americas", """
Clinton tightens squeeze on Cuba after MiGs down exile planes

HAVANA, Cuba —

President Bill Clinton suspended charter flights to Cuba on Monday and said he would sign a bill tightening the U.S. embargo, two days after Cuban fighter jets shot down two small planes flown by Cuban exiles from Miami.

The four men aboard the Cessnas, members of the group Brothers to the Rescue, were killed. A third plane, piloted by the group's founder, Jose Basulto, escaped and returned to Florida.

Clinton also restricted the travel of Cuban diplomats in the United States and asked Congress to compensate the victims' families from frozen Cuban assets. He called the attack a flagrant violation of international law.

Cuba's government said the planes had violated its airspace, and the Foreign Ministry accused Washington of tolerating repeated provocations by the group. Ricardo Alarcon, the president of the National Assembly, told foreign reporters here that Cuba had warned the United States many times and would defend its territory again.

Madeleine Albright, the U.S. ambassador to the United Nations, asked the Security Council to condemn the downing. Exile leaders in Miami called for a naval blockade of the island.

In the seaside district of Cojimar, residents said they had heard nothing about the incident until state television showed pieces of wreckage.

Some 1.5 million Cuban Americans live in the United States. It was not clear whether the planes had strayed into Cuban airspace.
""")
CUB = A("Cuba", "CUB", "GOV")
BTTR = A("Brothers to the Rescue", "USA", ["NGO", "OPP", "CVL"])
CLINTON = A("Bill Clinton", "USA", "GOV")
E("m10", "Clinton tightens squeeze on Cuba after MiGs", CLINTON, CUB, SANCT, "163", "1996-02-26", None, False, "headline")
E("m10", "President Bill Clinton suspended charter flights to", CLINTON, CUB, SANCT, "163", "1996-02-26", None, True,
  "halting flights, a sanction 163 (16/17); 'on Monday' in a Tuesday paper; 'to Cuba' is a destination, no place")
E("m10", "said he would sign a bill tightening", CLINTON, CUB, SANCT, "163", "1996-02", None, False,
  "intention to sign, second verb: optional")
E("m10", "two days after Cuban fighter jets shot", A("Cuban air force", "CUB", "MIL"), BTTR, ATTACK, "195", "1996-02-24", None,
  True, "shooting down aircraft from the air 195 in a 'two days after' clause with its own agent: Saturday; the exile "
  "group is Miami-based: USA")
E("m10", "The four men aboard the Cessnas, members", A("Cuban air force", "CUB", "MIL"), BTTR, ATTACK, "190", "1996-02-24",
  None, False, "agentless passive restating the deaths: optional")
E("m10", "Clinton also restricted the travel of Cuban", CLINTON, A("Cuban diplomats", "CUB", "GOV"), SANCT, "160", "1996-02",
  None, True, "curbs on another state's diplomats 160 (16/17); 'also' gives no day: month")
E("m10", "He called the attack a flagrant violation", CLINTON, CUB, ["11"], "111", "1996-02", None, True,
  "condemnation; 'He' = Clinton; month")
E("m10", "Cuba's government said the planes had violated", CUB, BTTR, ["11"], "112", "1996-02", None, False,
  "accusation against the planes, first clause: optional (the ministry's accusation is the required one)")
E("m10", "the Foreign Ministry accused Washington of tolerating", A("Cuban foreign ministry", "CUB", "GOV"), USA, ["11"],
  "112", "1996-02", None, True, "accusation ('Washington' = the U.S.); month")
E("m10", "told foreign reporters here that Cuba had", A("Ricardo Alarcon", "CUB", ["LEG", "GOV"]), USA, ["13"], "130",
  "1996-02", P("Havana", "CUB"), True, "warning that Cuba 'would defend its territory again' 130, as 'would respond' in "
  "owned13; 'here' = Havana; month")
E("m10", "asked the Security Council to condemn the", A("Madeleine Albright", "USA", "GOV"),
  A("U.N. Security Council", "UNO", "IGO"), DEMAND, "020", "1996-02", None, True, "request to the Council; month")
E("m10", "Exile leaders in Miami called for a", A("Cuban exile leaders", "USA", ["OPP", "CVL"]), USA, DEMAND, "10",
  "1996-02", P("Miami", "USA"), False, "call on their own government for a blockade: optional")
F("m10", "Some 1.5 million Cuban Americans live in", "counts / standing situation")
F("m10", "It was not clear whether the planes", "speculation")

# ---------------------------------------------------------------- m11 New Delhi, South Asia (India / Taliban / Pakistan)
S("m11", "2000-01-01", "South Asia", """
Hostages from hijacked Indian jet freed after New Delhi releases three militants

NEW DELHI, India —

Five hijackers freed the last 155 passengers and crew of an Indian Airlines jet at Kandahar airport in southern Afghanistan on Friday, ending an eight-day ordeal, after India released three jailed Kashmiri militants they had demanded.

Foreign Minister Jaswant Singh flew to Kandahar with the three men, among them the Pakistani cleric Maulana Masood Azhar, and came home with the hostages late in the evening to a tearful welcome.

The Taliban, whose fighters had ringed the Airbus for days, gave the hijackers ten hours to leave Afghanistan. The masked men drove off with the freed prisoners toward the Pakistani border, according to Taliban officials. Wakil Ahmed Muttawakil, the movement's foreign minister, said it had not offered them asylum.

The plane was seized on December 24 shortly after it left Kathmandu for New Delhi. A young passenger, Rupin Katyal, was stabbed to death during the flight, and 27 others were let go at a stop in Dubai.

Prime Minister Atal Behari Vajpayee said on Friday night that India had acted to save innocent lives, and he accused Pakistan of backing the hijackers. Islamabad rejected the charge on Saturday and called it propaganda.

Relatives of the hostages, who had demonstrated outside Vajpayee's residence during the week, thanked the Taliban for their help.

India has no diplomatic ties with the Taliban. It was not clear where the hijackers had gone.
""")
HIJ = A("hijackers", None, None)
IND = A("India", "IND", "GOV")
TAL = A("Taliban", "AFG", ["GOV", "RAD"])
MILIT = A("Kashmiri militants", "IND", ["REB", "RAD"])
E("m11", "Hostages from hijacked Indian jet freed after", HIJ, A("Indian hostages", "IND", "CVL"), ["08"], "0841",
  "1999-12-31", None, False, "headline")
E("m11", "Five hijackers freed the last 155 passengers", HIJ, A("Indian hostages", "IND", "CVL"), ["08"], "0841",
  "1999-12-31", P("Kandahar", "AFG"), True, "release of hostages 0841; Friday in a Saturday paper; the clause names "
  "Kandahar airport; hijackers of no stated nationality: null/null")
E("m11", "after India released three jailed Kashmiri militants", IND, MILIT, ["08"], "0841", "1999-12-31", None, True,
  "release of prisoners in an 'after' clause with its own agent: required; target the released men (Kashmiri "
  "militants: IND, as Indian-administered Kashmir in news-dev)")
E("m11", "after India released three jailed Kashmiri militants", IND, HIJ, ["08"], "0841", "1999-12-31", None, False,
  "the same release read as yielding to the hijackers' demand: optional")
E("m11", "Foreign Minister Jaswant Singh flew to Kandahar", A("Jaswant Singh", "IND", "GOV"), TAL, ["04"], "042",
  "1999-12-31", P("Kandahar", "AFG"), False, "trip to the Taliban-held airport: optional")
E("m11", "gave the hijackers ten hours to leave", TAL, HIJ, ["17", "10", "13"], "174", "1999-12", None, True,
  "order to leave the country within a deadline 174 (17; 10/13 also read); no day of its own: month")
E("m11", "whose fighters had ringed the Airbus for", TAL, HIJ, ["19", "17"], "191", "1999-12", None, False,
  "cordon round the plane in a relative clause, 'for days': optional")
E("m11", "said it had not offered them asylum", A("Wakil Ahmed Muttawakil", "AFG", ["GOV", "RAD"]), HIJ, DENY, "016",
  "1999-12", None, False, "denial: optional")
E("m11", "The plane was seized on December 24", HIJ, A("Indian Airlines passengers", "IND", "CVL"), ["18", "17"], "181",
  "1999-12-24", None, False, "agentless passive, dated hijacking: optional (agentless passive)")
E("m11", "was stabbed to death during the flight", HIJ, A("Rupin Katyal", "IND", "CVL"), ATTACK, "186", "1999-12", None,
  False, "agentless passive: optional")
E("m11", "and he accused Pakistan of backing the", A("Atal Behari Vajpayee", "IND", "GOV"), A("Pakistan", "PAK", "GOV"),
  ["11"], "112", "1999-12-31", None, True, "accusation; 'he' = Vajpayee; 'on Friday night'")
E("m11", "Islamabad rejected the charge on Saturday and", A("Pakistan", "PAK", "GOV"), IND, DENY, "016", "2000-01-01", None,
  True, "rejection of the accusation ('Islamabad' = Pakistan), denial 016 (01/12); 'on Saturday' in a Saturday paper")
E("m11", "who had demonstrated outside Vajpayee's residence during", A("hostages' relatives", "IND", "CVL"), IND, ["14"],
  "141", "1999-12", None, False, "undated demonstration in a relative clause ('during the week'): optional")
E("m11", "Relatives of the hostages, who had demonstrated", A("hostages' relatives", "IND", "CVL"), TAL, ["05", "01"], "051",
  "2000-01", None, False, "thanks: optional")
F("m11", "India has no diplomatic ties with the", "standing situation")
F("m11", "It was not clear where the hijackers", "speculation")

# ---------------------------------------------------------------- m12 Wellington, Pacific (France / French Polynesia)
S("m12", "1995-09-07", "Pacific", """
France sets off nuclear blast at Mururoa; rioters torch Tahiti airport

WELLINGTON, New Zealand —

France exploded a nuclear device beneath Mururoa atoll in French Polynesia on Tuesday, its first test in more than three years, and rioters in Tahiti answered by setting fire to the international airport at Faa'a and to dozens of cars.

Prime Minister Jim Bolger called the test an act of arrogance and said New Zealand would press its case against the series at the International Court of Justice. His government recalled its ambassador from Paris for consultations on Wednesday.

In Canberra, Prime Minister Paul Keating condemned the blast as stupid. Japan's foreign ministry lodged a protest with the French ambassador in Tokyo, and Chile also recalled its envoy.

The riot began on Wednesday after a rally called by Oscar Temaru, the mayor of Faa'a and the leader of the pro-independence Tavini Huiraatira party. Gendarmes fired tear gas to drive crowds off the runway, and Paris flew in hundreds of riot police and Foreign Legion troops, officials said.

Temaru blamed the French state for the violence and demanded that Paris halt the remaining tests. President Jacques Chirac, who announced the series in June, has said it will end by May.

French commandos boarded the Greenpeace ship Rainbow Warrior II and a second protest vessel near the atoll on Friday, detaining dozens of activists.

The device had a yield of under 20 kilotons, according to the French defence ministry. Whether France would shorten the series was unclear.
""")
FRA = A("France", "FRA", "GOV")
RIOT = A("Tahitian rioters", "PYF", ["CVL", "OPP"])
NZL = A("New Zealand", "NZL", "GOV")
TEMARU = A("Oscar Temaru", "PYF", ["OPP", "PTY", "GOV"])
E("m12", "France sets off nuclear blast at Mururoa;", A("French armed forces", "FRA", "MIL"), None, ["15"], "150",
  "1995-09-05", P("Mururoa", "PYF"), False, "headline")
E("m12", "France exploded a nuclear device beneath Mururoa", A("French armed forces", "FRA", "MIL"), None, ["15"], "150",
  "1995-09-05", P("Mururoa", "PYF"), False, "weapons test without a target (military display 15): optional")
E("m12", "rioters in Tahiti answered by setting fire", RIOT, FRA, VPROT, "145", "1995-09", P("Faa'a", "PYF"), True,
  "violent protest 145 (VPROT roots); the riot's day is given later (Wednesday) while the sentence dates the test: "
  "month; the clause names Faa'a (Tahiti, French Polynesia: PYF)")
E("m12", "Prime Minister Jim Bolger called the test", A("Jim Bolger", "NZL", "GOV"), FRA, ["11"], "111", "1995-09", None,
  True, "condemnation; no day: month")
E("m12", "said New Zealand would press its case", NZL, FRA, ["11"], "115", "1995-09", None, False,
  "intention to pursue a court case, second verb: optional")
E("m12", "His government recalled its ambassador from Paris", NZL, FRA, SANCT, "161", "1995-09-06", None, True,
  "recall of one's own envoy 161; 'on Wednesday' in a Thursday paper; 'from Paris' = France, no place")
E("m12", "Prime Minister Paul Keating condemned the blast", A("Paul Keating", "AUS", "GOV"), FRA, ["11"], "111", "1995-09",
  P("Canberra", "AUS"), True, "condemnation; 'In Canberra' names the place; month")
E("m12", "Japan's foreign ministry lodged a protest with", A("Japan", "JPN", "GOV"), FRA, ["11"], "114", "1995-09",
  P("Tokyo", "JPN"), False, "official protest, one of several outside reactions: optional")
E("m12", "and Chile also recalled its envoy", A("Chile", "CHL", "GOV"), FRA, SANCT, "161", "1995-09", None, False,
  "recall, second clause of an outside reaction: optional")
E("m12", "after a rally called by Oscar Temaru", TEMARU, FRA, ["14"], "141", "1995-09-06", P("Faa'a", "PYF"), False,
  "rally in a passive with its agent, restating the protest: optional")
E("m12", "Gendarmes fired tear gas to drive crowds", A("French gendarmes", "FRA", "COP"), RIOT, REPR, "175", "1995-09",
  None, True, "tear gas 175 (17/18); no day in the sentence: month; 'the runway' names no place")
E("m12", "and Paris flew in hundreds of riot", FRA, RIOT, ["15", "17"], "150", "1995-09", None, False,
  "reinforcements flown in, an officials' account: optional")
E("m12", "Temaru blamed the French state for the", TEMARU, FRA, ["11"], "112", "1995-09", None, True,
  "accusation; month")
E("m12", "Temaru blamed the French state for the", TEMARU, FRA, DEMAND, "1042", "1995-09", None, False,
  "demand to halt the tests, second verb: optional")
E("m12", "French commandos boarded the Greenpeace ship Rainbow", A("French commandos", "FRA", "MIL"),
  A("Greenpeace", None, "NGO"), REPR, "171", "1995-09-01", None, True,
  "seizure of ships and detention of activists (171, 17/18); 'on Friday' before a Thursday paper: September 1; "
  "'near the atoll' names no place in the clause")
F("m12", "The device had a yield of under", "counts")
F("m12", "Whether France would shorten the series was", "speculation")

if __name__ == "__main__":
    write(HERE)
