#!/usr/bin/env python3
"""Build records.jsonl for sents35: a blind sentence set in the PLOVER gold-standard record format.

Written blind to dateline (see README.md). Run `python3 build.py` in this folder; it rewrites
records.jsonl. Python 3 standard library only; uses ../sents6/buildlib.py for the entry
constructors, the fixed half-by-half order (seed 35) and the writing of the records.

Each entry: region, date, category, text, events; an event is
(source_country, source_sector, target_country, target_sector, cameo, note[, place]).
A seventh item gives the event a place of its own (None: no place); otherwise the record's `loc`.
The note names the actors and gives the reason for the code. A country named as an actor is its
government (GOV); "" for a country as a whole. Denials are coded 12 (REJECT) because the shared
mapping and the validator have no 016.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sents6"))
from buildlib import N, R, NONE, build  # noqa: E402

# CAMEO -> PLOVER for the codes this set uses (the values of /work/shared/gold/cameo-to-plover.json;
# buildlib.build checks them against that file).
C2P = {
    "030": "AGREE", "0331": "AGREE", "035": "AGREE",
    "040": "CONSULT", "042": "CONSULT", "043": "CONSULT", "044": "CONSULT", "045": "CONSULT",
    "054": "SUPPORT", "055": "SUPPORT", "057": "SUPPORT",
    "063": "COOPERATE",
    "073": "AID", "074": "AID", "075": "AID",
    "0831": "CONCEDE", "0832": "CONCEDE",
    "0814": "RETREAT", "0841": "RETREAT", "0863": "RETREAT", "0874": "RETREAT",
    "10": "REQUEST", "1031": "REQUEST", "1032": "REQUEST", "1034": "REQUEST", "1041": "REQUEST", "1056": "REQUEST",
    "111": "ACCUSE", "112": "ACCUSE", "114": "ACCUSE",
    "12": "REJECT", "120": "REJECT", "128": "REJECT", "129": "REJECT",
    "130": "THREATEN", "138": "THREATEN",
    "141": "PROTEST", "143": "PROTEST", "145": "PROTEST",
    "150": "MOBILIZE", "152": "MOBILIZE", "154": "MOBILIZE",
    "16": "SANCTION", "161": "SANCTION", "1622": "SANCTION", "1663": "SANCTION",
    "163": "COERCE", "17": "COERCE", "172": "COERCE", "1721": "COERCE", "173": "COERCE", "1724": "COERCE",
    "191": "COERCE", "192": "COERCE",
    "175": "ASSAULT", "180": "ASSAULT", "181": "ASSAULT", "183": "ASSAULT", "1831": "ASSAULT",
    "190": "ASSAULT", "194": "ASSAULT", "195": "ASSAULT",
}

ENTRIES = [
    # ------------------------------------------------------------------ AGREE (7)
    R("AF", "2008-02-28", "AGREE",
      "Kenyan President Mwai Kibaki and opposition leader Raila Odinga agreed on Thursday to share power in a grand "
      "coalition, ending two months of bloodshed set off by the disputed December election.",
      [("KEN", "GOV", "KEN", "OPP", "030", "Kibaki -> Odinga (ODM): agreement to share power"),
       ("KEN", "OPP", "KEN", "GOV", "030", "Odinga named as co-doer: reverse; the bloodshed is agentless, the election no act between actors")]),
    R("ME", "2008-05-21", "AGREE",
      "Lebanon's Western-backed governing coalition and the opposition led by Hezbollah agreed in Doha on Wednesday "
      "to end an 18-month political crisis, in a deal brokered by Qatar that clears the way for electing army chief "
      "Michel Suleiman president.",
      [("LBN", "GOV", "LBN", "OPP", "030", "governing coalition -> Hezbollah-led opposition: agreement; the opposition bloc as OPP"),
       ("LBN", "OPP", "LBN", "GOV", "030", "opposition named as co-doer: reverse"),
       ("QAT", "GOV", "LBN", "GOV", "045", "'brokered by Qatar': mediation, first party"),
       ("QAT", "GOV", "LBN", "OPP", "045", "Qatari mediation, second party; Suleiman's election is future content")],
      loc="Doha"),
    R("SA", "2006-11-08", "AGREE",
      "Nepal's Maoist rebels agreed early on Wednesday to lock up their weapons under United Nations supervision and "
      "join an interim government, in a deal struck with Prime Minister Girija Prasad Koirala after marathon talks in "
      "Kathmandu.",
      [("NPL", "REB", "NPL", "GOV", "030", "Maoists -> Koirala's government: agreement; 'a deal struck with' makes Koirala the target, one event; the talks are a restatement; the UN supervision is future content")],
      loc="Kathmandu"),
    R("AM", "1991-12-31", "AGREE",
      "El Salvador's government and the Farabundo Marti National Liberation Front guerrillas reached a peace agreement "
      "at United Nations headquarters in New York shortly before midnight on Tuesday, under the mediation of outgoing "
      "Secretary-General Javier Perez de Cuellar.",
      [("SLV", "GOV", "SLV", "REB", "030", "government -> FMLN: agreement"),
       ("SLV", "REB", "SLV", "GOV", "030", "FMLN named as co-doer: reverse"),
       ("UNO", "IGO", "SLV", "GOV", "045", "Perez de Cuellar's mediation, first party; the UN Secretary-General as UNO/IGO"),
       ("UNO", "IGO", "SLV", "REB", "045", "mediation, second party")],
      loc="New York"),
    R("EU", "1990-07-16", "AGREE",
      "Mikhail Gorbachev dropped Moscow's objections on Monday and agreed that a united Germany could remain a full "
      "member of NATO, Chancellor Helmut Kohl told reporters after two days of talks with the Soviet leader in the "
      "Caucasus.",
      [("RUS", "GOV", "DEU", "GOV", "030", "Gorbachev accepts Kohl's position: agreement, target West Germany (DEU); Soviet actors RUS; dropping the objections is the same act", None),
       ("DEU", "GOV", "RUS", "GOV", "040", "dated duration ('after two days of talks'): Kohl's talks with Gorbachev; 'A held talks with B' one event; Kohl telling reporters is no event", "Caucasus")]),
    R("AS", "2000-06-14", "AGREE",
      "The leaders of North and South Korea agreed late on Wednesday to work towards reunification and to allow "
      "visits by separated families, at the end of the first summit between the two states, in Pyongyang.",
      [("PRK", "GOV", "KOR", "GOV", "030", "Kim Jong Il -> Kim Dae-jung: agreement; North mentioned first"),
       ("KOR", "GOV", "PRK", "GOV", "030", "both named as doers: reverse; the summit is a restatement")],
      loc="Pyongyang"),
    R("PA", "2001-09-01", "AGREE",
      "New Zealand and Nauru agreed on Saturday to take in hundreds of mainly Afghan asylum seekers rescued by the "
      "Norwegian freighter Tampa, whom Canberra has refused to let land on Australian soil, Prime Minister John "
      "Howard announced.",
      [("NZL", "GOV", "AUS", "GOV", "030", "agreeing to Australia's request to take the asylum seekers: agreement, target the proposer (Howard's government)"),
       ("NRU", "GOV", "AUS", "GOV", "030", "Nauru, compound subject; the undated rescue and the standing refusal ('has refused') not coded; Howard's announcement is the reporting clause")]),
    # ------------------------------------------------------------------ CONSULT (7)
    R("AF", "1989-12-13", "CONSULT",
      "Jailed African National Congress leader Nelson Mandela was driven from prison on Wednesday to meet President "
      "F.W. de Klerk at his office in Cape Town, their first meeting, the government said.",
      [("ZAF", "OPP", "ZAF", "GOV", "042", "Mandela going to de Klerk's office to meet him: a visit (040 also defensible); the ANC leader as OPP; 'was driven' is an agentless passive, not coded")],
      loc="Cape Town"),
    R("ME", "2013-09-27", "CONSULT",
      "Barack Obama and Iran's new president, Hassan Rouhani, spoke by telephone on Friday, the first direct "
      "conversation between leaders of the two countries since the 1979 Islamic revolution, the White House said.",
      [("USA", "GOV", "IRN", "GOV", "040", "telephone talks, Obama first named"),
       ("IRN", "GOV", "USA", "GOV", "040", "Rouhani named as co-doer: reverse; the 1979 revolution is outside the period")]),
    R("SA", "1999-02-20", "CONSULT",
      "Indian Prime Minister Atal Behari Vajpayee rode a bus across the border into Pakistan on Saturday and was "
      "welcomed at Wagah by Prime Minister Nawaz Sharif, who is hosting him for two days of talks in Lahore.",
      [("IND", "GOV", "PAK", "GOV", "042", "Vajpayee's visit to Pakistan; the welcome at Wagah is where the visit began", "Wagah"),
       ("PAK", "GOV", "IND", "GOV", "043", "passive with agent: Sharif welcomed and hosts him: host a visit; the talks are the content of the visit", "Lahore")]),
    R("AM", "2015-04-11", "CONSULT",
      "Barack Obama and Raul Castro sat down for talks in Panama City on Saturday on the sidelines of the Summit of "
      "the Americas, the first formal meeting between U.S. and Cuban leaders in more than half a century.",
      [("USA", "GOV", "CUB", "GOV", "044", "talks at a third location (Panama City)"),
       ("CUB", "GOV", "USA", "GOV", "044", "Castro named as co-doer: reverse")],
      loc="Panama City"),
    R("EU", "2010-04-07", "CONSULT",
      "Russian Prime Minister Vladimir Putin and his Polish counterpart, Donald Tusk, met in the Katyn forest on "
      "Wednesday to commemorate thousands of Polish officers executed there by Stalin's secret police in 1940.",
      [("RUS", "GOV", "POL", "GOV", "040", "Putin and Tusk met: consult"),
       ("POL", "GOV", "RUS", "GOV", "040", "Tusk named as co-doer: reverse; the 1940 executions are outside the period")],
      loc="Katyn"),
    R("AS", "1992-10-23", "CONSULT",
      "Emperor Akihito arrived in Beijing on Friday for a six-day visit, the first by a Japanese monarch to China, and "
      "was welcomed by President Yang Shangkun at a ceremony in the Great Hall of the People.",
      [("JPN", "GOV", "CHN", "GOV", "042", "the emperor's visit; the head of state as GOV"),
       ("CHN", "GOV", "JPN", "GOV", "043", "passive with agent: Yang welcomed him: host a visit")],
      loc="Beijing"),
    R("PA", "2006-04-05", "CONSULT",
      "Chinese Premier Wen Jiabao met leaders of eight Pacific island states that recognise Beijing in the Fijian "
      "resort of Nadi on Wednesday and pledged three billion yuan in soft loans over three years.",
      [("CHN", "GOV", N, "GOV", "040", "meeting with unnamed island governments: null/GOV as unnamed groups of governments; recognising Beijing is a standing state"),
       ("CHN", "GOV", N, "GOV", "0331", "pledge of loans: intent to provide economic aid")],
      loc="Nadi"),
    # ------------------------------------------------------------------ SUPPORT (7)
    R("AF", "1992-10-04", "SUPPORT",
      "Mozambique's President Joaquim Chissano and Afonso Dhlakama, leader of the Renamo rebels, signed a peace accord "
      "in Rome on Sunday to end a civil war that has killed hundreds of thousands of people since 1977.",
      [("MOZ", "GOV", "MOZ", "REB", "057", "signing, Chissano -> Dhlakama (Renamo REB)"),
       ("MOZ", "REB", "MOZ", "GOV", "057", "Dhlakama named as co-doer: reverse; the war's toll is agentless")],
      loc="Rome"),
    R("ME", "1994-10-26", "SUPPORT",
      "Prime Minister Yitzhak Rabin and King Hussein signed a treaty on Wednesday ending 46 years of war between Israel "
      "and Jordan, at a desert crossing in the Arava valley where President Bill Clinton was among the witnesses.",
      [("ISR", "GOV", "JOR", "GOV", "057", "signing, Rabin -> Hussein"),
       ("JOR", "GOV", "ISR", "GOV", "057", "Hussein named as co-doer: reverse; Clinton witnessing not coded")],
      loc="Arava"),
    R("EU", "2018-06-17", "SUPPORT",
      "The foreign ministers of Greece and Macedonia signed a deal on the shore of Lake Prespa on Sunday under which the "
      "former Yugoslav republic will be renamed North Macedonia, ending a dispute that has lasted since 1991.",
      [("GRC", "GOV", "MKD", "GOV", "057", "signing, Kotzias -> Dimitrov"),
       ("MKD", "GOV", "GRC", "GOV", "057", "both named as doers: reverse; the renaming is future content")],
      loc="Lake Prespa"),
    R("AM", "1999-03-10", "SUPPORT",
      "President Bill Clinton said in Guatemala City on Wednesday that U.S. support for military forces that "
      "committed widespread repression during Guatemala's civil war had been wrong, a rare expression of regret by an "
      "American leader.",
      [("USA", "GOV", "GTM", "", "055", "expression of regret for past U.S. policy: apologise; addressed to Guatemala as a whole; the past support and repression are undated content")],
      loc="Guatemala City"),
    R("AS", "1992-08-24", "SUPPORT",
      "China and South Korea established full diplomatic relations on Monday, ending four decades of Cold War enmity "
      "and forcing Seoul to cut its official ties with Taiwan, its ally since 1949.",
      [("CHN", "GOV", "KOR", "GOV", "054", "establishing relations: formal recognition"),
       ("KOR", "GOV", "CHN", "GOV", "054", "both named as doers: reverse"),
       ("KOR", "GOV", "TWN", "GOV", "161", "participle, asserted: Seoul (capital for the government) cuts ties with Taiwan: break relations")]),
    R("SA", "1987-07-29", "SUPPORT",
      "Indian Prime Minister Rajiv Gandhi and Sri Lankan President Junius Jayewardene signed an accord in Colombo on "
      "Wednesday aimed at ending the Tamil separatist war, as Sinhalese rioters opposed to the deal fought police in "
      "the city's streets.",
      [("IND", "GOV", "LKA", "GOV", "057", "signing, Gandhi -> Jayewardene"),
       ("LKA", "GOV", "IND", "GOV", "057", "Jayewardene named as co-doer: reverse; the aim is a purpose"),
       ("LKA", "CVL", "LKA", "COP", "145", "same time ('as'): rioters fighting police: riot (clash roots 19/18/14 tolerated); 'the city' is Colombo")],
      loc="Colombo"),
    R("PA", "2002-06-04", "SUPPORT",
      "New Zealand Prime Minister Helen Clark formally apologised to Samoa on Tuesday for injustices committed during "
      "her country's colonial rule, including the shooting of independence marchers in 1929.",
      [("NZL", "GOV", "WSM", "GOV", "055", "apology; Samoa named as target is its government; the 1929 shooting is outside the period and an agentless noun")]),
    # ------------------------------------------------------------------ COOPERATE (6)
    R("EU", "2008-07-30", "COOPERATE",
      "Serbia flew Radovan Karadzic to The Hague early on Wednesday and handed him over to the U.N. war crimes "
      "tribunal, nine days after its security forces arrested the former Bosnian Serb leader on a Belgrade bus.",
      [("SRB", "GOV", "UNO", "JUD", "063", "handover to the ICTY (UNO/JUD): judicial cooperation; flying him there is the same act", "The Hague"),
       ("SRB", "COP", "BIH", "GOV", "173", "dated background ('nine days after'): arrest; Karadzic as the former Bosnian Serb leader BIH/GOV (sector secondary)", "Belgrade")]),
    R("AM", "1987-02-04", "COOPERATE",
      "Colombia extradited Carlos Lehder, a founder of the Medellin cocaine cartel, to the United States on Wednesday, "
      "only hours after police captured him in a raid on a farmhouse outside Medellin.",
      [("COL", "GOV", "USA", "GOV", "063", "extradition: judicial cooperation", None),
       ("COL", "COP", "COL", "CRM", "173", "dated background ('hours after'): arrest of a trafficker (CRM); unnamed police of the country", "Medellin")]),
    R("AS", "2009-12-19", "COOPERATE",
      "Cambodia deported 20 Uighur asylum seekers to China on Saturday, ignoring pleas from the United Nations refugee "
      "agency, which said the group had fled a bloody crackdown in the far western region of Xinjiang.",
      [("KHM", "GOV", "CHN", "GOV", "063", "sending wanted people back to China: judicial cooperation (174 against the Uighurs also defensible); the undated pleas and the crackdown inside UNHCR's statement not coded")]),
    R("AF", "1999-04-05", "COOPERATE",
      "Libya handed over the two men accused of the 1988 bombing of Pan Am Flight 103 to the United Nations on Monday, "
      "and they were flown to a former U.S. air base in the Netherlands to be tried by Scottish judges.",
      [("LBY", "GOV", "UNO", "IGO", "063", "handover of suspects to the UN: judicial cooperation; the 1988 bombing is an agentless noun and the content of the charge; 'were flown' agentless")]),
    R("SA", "1995-02-08", "COOPERATE",
      "Pakistan handed Ramzi Ahmed Yousef, the man suspected of masterminding the 1993 World Trade Center bombing, to "
      "American agents on Wednesday, a day after he was arrested at a guesthouse in Islamabad.",
      [("PAK", "GOV", "USA", "COP", "063", "handover to U.S. agents (FBI, Diplomatic Security): judicial cooperation; the arrest is an agentless passive, the 1993 bombing content")]),
    R("PA", "2007-12-27", "COOPERATE",
      "The Solomon Islands deported Julian Moti, the Australian lawyer it had made attorney-general, to face child sex "
      "charges in Australia on Thursday, ending a row that had soured relations with Canberra for more than a year.",
      [("SLB", "GOV", "AUS", "GOV", "063", "deportation of a wanted man to face charges: judicial cooperation; the row is a standing state")]),
    # ------------------------------------------------------------------ AID (7)
    R("AF", "2014-10-02", "AID",
      "A team of 165 Cuban doctors and nurses arrived in Sierra Leone on Thursday to help fight the Ebola epidemic, "
      "the largest foreign medical contingent yet sent to any of the countries stricken by the virus.",
      [("CUB", "GOV", "SLE", "CVL", "073", "a state medical brigade: humanitarian aid to the population")],
      loc="Sierra Leone"),
    R("ME", "2003-12-28", "AID",
      "American military cargo planes carrying medical supplies landed in the southeastern Iranian city of Kerman on "
      "Sunday, two days after an earthquake levelled the ancient city of Bam, the first U.S. military flights to Iran "
      "in over two decades.",
      [("USA", "MIL", "IRN", "CVL", "073", "relief flights: humanitarian aid; the earthquake is no act")],
      loc="Kerman"),
    R("AS", "2008-05-12", "AID",
      "A U.S. Air Force transport plane loaded with water, mosquito nets and blankets landed in Yangon on Monday, the "
      "first American aid flight allowed in by Myanmar's military rulers since Cyclone Nargis struck ten days earlier.",
      [("USA", "MIL", "MMR", "CVL", "073", "relief flight: humanitarian aid"),
       ("MMR", "MIL", "USA", "MIL", "0863", "passive with agent: the junta let the flight in: allow humanitarian access (RETREAT in the mapping); the junta as MIL")],
      loc="Yangon"),
    R("SA", "2015-04-25", "AID",
      "India dispatched military transport planes carrying relief supplies and disaster response teams to Kathmandu on "
      "Saturday, within hours of a powerful earthquake that killed more than a thousand people across Nepal.",
      [("IND", "GOV", "NPL", "CVL", "073", "relief: humanitarian aid; Kathmandu is the destination of the dispatch, not its place; the quake is no act")]),
    R("EU", "2015-09-05", "AID",
      "Austria and Germany threw open their borders on Saturday to thousands of refugees, most of them Syrians, who had "
      "been stranded for days in Hungary after police there stopped them boarding trains to the west.",
      [("AUT", "GOV", "SYR", "REF", "075", "letting refugees in: grant asylum"),
       ("DEU", "GOV", "SYR", "REF", "075", "Germany, compound subject; the Hungarian police's blocking is undated background, not coded")]),
    R("AM", "2012-08-16", "AID",
      "Ecuador granted political asylum on Thursday to WikiLeaks founder Julian Assange, who has been holed up in its "
      "London embassy since June, but Britain said it would not allow him to leave the country freely.",
      [("ECU", "GOV", "AUS", "MED", "075", "grant of asylum; Assange is Australian, a publisher (MED)"),
       ("GBR", "GOV", "ECU", "GOV", "12", "refusing safe passage: reject, target Ecuador, which sought it; the stay in the embassy is a standing state")]),
    R("PA", "2003-07-24", "AID",
      "The first soldiers and police of an Australian-led regional force landed in Honiara on Thursday at the "
      "invitation of the Solomon Islands government, which had asked for help to end years of ethnic unrest and "
      "lawlessness.",
      [("AUS", "MIL", "SLB", "GOV", "074", "deployment at the government's invitation: military protection (07/15 tolerated); the undated request not coded")],
      loc="Honiara"),
    # ------------------------------------------------------------------ CONCEDE (7)
    R("AF", "1991-11-02", "CONCEDE",
      "Zambian President Kenneth Kaunda conceded defeat on Saturday to trade union leader Frederick Chiluba, ending 27 "
      "years in power after the country's first multi-party election in a generation.",
      [("ZMB", "GOV", "ZMB", "OPP", "0831", "conceding defeat, target the winner; Chiluba (MMD) as OPP")]),
    R("ME", "2005-05-16", "CONCEDE",
      "Kuwait's parliament voted on Monday to give women the right to vote and run for office, bowing to pressure from "
      "the government and activists after decades of resistance by conservative and tribal deputies.",
      [("KWT", "LEG", "KWT", "CVL", "0832", "granting women political rights: accede to demands for rights; the undated pressure and resistance not coded")]),
    R("AS", "1992-05-24", "CONCEDE",
      "Thai Prime Minister Suchinda Kraprayoon resigned on Sunday, four days after King Bhumibol summoned him and "
      "protest leader Chamlong Srimuang to the palace and told them to end a confrontation in which dozens were shot "
      "dead.",
      [("THA", "GOV", "THA", "OPP", "0831", "resignation under pressure, target the protest movement (Chamlong)"),
       ("THA", "GOV", "THA", "GOV", "10", "dated background ('four days after'): the king told Suchinda to end the confrontation: demand, root 10; the king as GOV"),
       ("THA", "GOV", "THA", "OPP", "10", "the same demand to Chamlong (compound object); the shootings are agentless")]),
    R("SA", "2008-08-18", "CONCEDE",
      "Pervez Musharraf resigned as Pakistan's president on Monday rather than face impeachment charges that the "
      "governing coalition was preparing to bring against him in parliament.",
      [("PAK", "GOV", "PAK", "PTY", "0831", "resignation under pressure, target the coalition parties pressing impeachment (PTY; sector secondary); the impeachment is future content")]),
    R("EU", "2000-10-06", "CONCEDE",
      "Slobodan Milosevic admitted on Friday that he had lost Yugoslavia's presidential election to Vojislav "
      "Kostunica, a day after hundreds of thousands of protesters stormed the federal parliament in Belgrade and set it "
      "ablaze.",
      [("SRB", "GOV", "SRB", "OPP", "0831", "conceding defeat, target the winner; Yugoslavia under Milosevic SRB", None),
       ("SRB", "CVL", "SRB", "GOV", "145", "dated background ('a day after'): storming and burning parliament, one act; target the regime", "Belgrade")]),
    R("AM", "2003-10-17", "CONCEDE",
      "Bolivian President Gonzalo Sanchez de Lozada resigned on Friday, bowing to a month of street protests against a "
      "plan to export natural gas through Chile in which scores of people were killed.",
      [("BOL", "GOV", "BOL", "CVL", "0831", "resignation under protest pressure, target the protesters"),
       ("BOL", "CVL", "BOL", "GOV", "141", "dated duration ('a month of street protests'): demonstrations; the killings are agentless")]),
    R("PA", "1997-03-26", "CONCEDE",
      "Papua New Guinea's Prime Minister Sir Julius Chan stepped aside on Wednesday pending an inquiry into the hiring "
      "of foreign mercenaries, a day after soldiers and students besieged parliament and trapped lawmakers inside for "
      "hours.",
      [("PNG", "GOV", "PNG", "MIL", "0831", "stepping aside under pressure, target the first-named pressing party (the soldiers); the inquiry is future content"),
       ("PNG", "MIL", "PNG", "LEG", "191", "dated background ('a day after'): besieging parliament and trapping MPs: surround a building"),
       ("PNG", "CVL", "PNG", "LEG", "191", "the students, compound subject")]),
    # ------------------------------------------------------------------ RETREAT (7)
    R("AS", "1987-07-15", "RETREAT",
      "Taiwan lifted martial law on Wednesday after 38 years, though a new national security law passed by parliament "
      "keeps tight curbs on advocates of independence and on contacts with the communist mainland.",
      [("TWN", "GOV", "TWN", "", "0814", "lifting martial law: ease state of emergency (RETREAT in the mapping); the island as a whole; the undated passage of the law not coded")]),
    R("AF", "2007-07-24", "RETREAT",
      "Libya freed five Bulgarian nurses and a Palestinian doctor on Tuesday after more than eight years in jail on "
      "charges of infecting children with HIV, and they flew home to Sofia on a French presidential plane.",
      [("LBY", "GOV", "BGR", "CVL", "0841", "release of the nurses"),
       ("LBY", "GOV", "PSE", "CVL", "0841", "release of the doctor (compound object; he had also become Bulgarian); the charges are content, the flight no act between actors")]),
    R("ME", "2000-05-24", "RETREAT",
      "The last Israeli troops pulled out of southern Lebanon before dawn on Wednesday, ending 22 years of occupation "
      "weeks ahead of the July deadline that Prime Minister Ehud Barak had set.",
      [("ISR", "MIL", "LBN", "GOV", "0874", "military withdrawal; Barak's undated self-imposed deadline not coded")],
      loc="southern Lebanon"),
    R("EU", "2013-12-20", "RETREAT",
      "Mikhail Khodorkovsky, once Russia's richest man, walked free on Friday after more than a decade in prison, hours "
      "after President Vladimir Putin pardoned him, and flew straight to Berlin.",
      [("RUS", "GOV", "RUS", "BUS", "0841", "the pardon and release: release person; 'walked free' is the same release, agentless; the flight no act between actors")]),
    R("AM", "2014-12-17", "RETREAT",
      "Cuba released American aid contractor Alan Gross on Wednesday after five years in prison, and he flew home to "
      "Washington aboard a U.S. government plane with his wife and three members of Congress.",
      [("CUB", "GOV", "USA", "CVL", "0841", "release; the flight home is no act between actors")]),
    R("SA", "1999-12-31", "RETREAT",
      "India freed three jailed Islamic militants on Friday, among them the Pakistani cleric Masood Azhar, and the "
      "hijackers of an Indian Airlines jet then released their remaining hostages at Kandahar airport in Afghanistan.",
      [("IND", "GOV", "PAK", "RAD", "0841", "release of the militants, one event for the group; Azhar named as Pakistani", None),
       (N, N, "IND", "CVL", "0841", "release of the hostages by unnamed hijackers (null/null); mostly Indian passengers", "Kandahar")]),
    R("PA", "1999-10-30", "RETREAT",
      "The last Indonesian soldiers sailed out of Dili on Saturday, ending 24 years of Indonesian rule over East Timor "
      "and leaving the shattered territory in the hands of an Australian-led peacekeeping force.",
      [("IDN", "MIL", "TLS", "", "0874", "military withdrawal; East Timor as a whole (no government yet); the peacekeepers' presence is a state")],
      loc="Dili"),
    # ------------------------------------------------------------------ REQUEST (7)
    R("AF", "2010-12-07", "REQUEST",
      "West African leaders meeting in Abuja on Tuesday suspended Ivory Coast from their regional bloc and demanded "
      "that Laurent Gbagbo hand power without delay to Alassane Ouattara, the recognised winner of the November 28 "
      "runoff.",
      [(N, "IGO", "CIV", "GOV", "16", "suspension from ECOWAS ('West African leaders' = ECOWAS, null/IGO as news-dev)"),
       (N, "IGO", "CIV", "GOV", "1041", "demand that Gbagbo hand over power: leadership change; the runoff is no act between actors")],
      loc="Abuja"),
    R("ME", "2020-05-01", "REQUEST",
      "Lebanese Prime Minister Hassan Diab signed a formal request for a rescue programme from the International "
      "Monetary Fund on Friday, weeks after the country defaulted on its foreign debt for the first time in its history.",
      [("LBN", "GOV", N, "IGO", "1031", "request for a financial rescue: appeal for economic aid; the IMF null/IGO as owned54; the default has no target actor and no date, not coded")]),
    R("AS", "2010-05-24", "REQUEST",
      "South Korean President Lee Myung-bak demanded on Monday that North Korea apologise for torpedoing the warship "
      "Cheonan, and announced that Seoul was halting nearly all trade with the North in retaliation.",
      [("KOR", "GOV", "PRK", "GOV", "10", "demand for an apology: root 10; the torpedoing is the content of the charge"),
       ("KOR", "GOV", "PRK", "GOV", "163", "halting trade: embargo, 163 -> COERCE in the mapping")]),
    R("SA", "2018-02-06", "REQUEST",
      "Former Maldivian President Mohamed Nasheed, living in exile in Sri Lanka, urged India on Tuesday to send an envoy "
      "backed by its military to free detained judges, a day after President Abdulla Yameen declared a state of "
      "emergency.",
      [("MDV", "OPP", "IND", "GOV", "1032", "appeal for military backing: request military aid; freeing the judges is a purpose"),
       ("MDV", "GOV", N, N, "1724", "dated background ('a day after'): state of emergency, no named target")]),
    R("EU", "1998-10-16", "REQUEST",
      "A Spanish judge, Baltasar Garzon, asked Britain on Friday to detain former Chilean dictator Augusto Pinochet "
      "for extradition, and London police arrested the 82-year-old general hours later at the clinic where he was "
      "recovering from surgery.",
      [("ESP", "JUD", "GBR", "GOV", "10", "request to detain for extradition: request, root 10", None),
       ("GBR", "COP", "CHL", "MIL", "173", "arrest; Pinochet as a general, MIL (sector secondary); 'London police' places it in London", "London")]),
    R("AM", "1982-04-03", "REQUEST",
      "The U.N. Security Council demanded on Saturday that Argentina immediately withdraw its troops from the Falkland "
      "Islands, a day after an Argentine invasion force overwhelmed the small garrison of British marines at Port "
      "Stanley.",
      [("UNO", "IGO", "ARG", "GOV", "1056", "demand of military withdrawal: demand de-escalation", None),
       ("ARG", "MIL", "GBR", "MIL", "190", "dated background ('a day after'): the invasion force overcoming the marines: conventional force (192 seizing territory also defensible)", "Port Stanley")]),
    R("PA", "2006-05-24", "REQUEST",
      "East Timor formally asked Australia and three other countries on Wednesday to send troops to restore order in "
      "Dili, where fighting between rival factions of its army and police has killed several people.",
      [("TLS", "GOV", "AUS", "GOV", "1034", "appeal for peacekeeping troops: request military protection; Dili is the destination, not the place of the request"),
       ("TLS", "GOV", N, "GOV", "1034", "'three other countries' (New Zealand, Malaysia, Portugal, unnamed here): null/GOV; the fighting is undated (present perfect), not coded")]),
    # ------------------------------------------------------------------ ACCUSE (7)
    R("AF", "2009-03-04", "ACCUSE",
      "The International Criminal Court issued an arrest warrant on Wednesday for Sudan's President Omar al-Bashir on "
      "charges of war crimes in Darfur, and Khartoum responded within hours by ordering ten foreign aid agencies out "
      "of the country.",
      [(N, "IGO", "SDN", "GOV", "112", "arrest warrant on charges: accuse (17/11 tolerated); the ICC null/IGO as owned54"),
       ("SDN", "GOV", N, "NGO", "1663", "Khartoum (capital for the government) expels aid agencies: expel aid agencies (SANCTION); foreign NGOs of several countries, null/NGO")]),
    R("ME", "1987-08-01", "ACCUSE",
      "Iran accused Saudi Arabia on Saturday of massacring Iranian pilgrims in Mecca, a day after Saudi police clashed "
      "with thousands of Iranians staging a political demonstration in the holy city, leaving more than 400 people dead.",
      [("IRN", "GOV", "SAU", "GOV", "112", "accusation; the massacre is its content", None),
       ("SAU", "COP", "IRN", "CVL", "190", "dated background ('a day after'): the police clash with the pilgrims; one direction, police as subject (175 also defensible)", "Mecca"),
       ("IRN", "CVL", "SAU", "GOV", "141", "participle in the same background clause: the pilgrims' demonstration; 'the holy city' is Mecca", "Mecca")]),
    R("AS", "2014-05-07", "ACCUSE",
      "Vietnam accused Chinese vessels on Wednesday of deliberately ramming and firing water cannon at its ships near an "
      "oil rig that Beijing had towed into disputed waters of the South China Sea.",
      [("VNM", "GOV", "CHN", "GOV", "112", "accusation, target the Chinese state vessels (coast guard and others; sector secondary); the ramming is content; the towing is undated background")]),
    R("SA", "2011-09-22", "ACCUSE",
      "Admiral Mike Mullen, the top U.S. military officer, told a Senate committee on Thursday that the Haqqani "
      "militant network acts as a veritable arm of Pakistan's intelligence agency, the ISI.",
      [("USA", "MIL", "PAK", "SPY", "112", "accusation against the ISI (SPY); testimony to Congress is the channel, not a separate event")]),
    R("EU", "2007-05-22", "ACCUSE",
      "Britain's top prosecutor said on Tuesday that former KGB bodyguard Andrei Lugovoi should be charged with the "
      "murder of Alexander Litvinenko, but Moscow replied that Russia's constitution barred it from extraditing him.",
      [("GBR", "JUD", "RUS", "BUS", "112", "announced murder charge: accuse (as owned54); Lugovoi then a businessman; the murder is content"),
       ("RUS", "GOV", "GBR", "GOV", "12", "Moscow (capital for the government) refuses extradition: reject")]),
    R("AM", "2012-02-07", "ACCUSE",
      "Argentine President Cristina Fernandez accused Britain on Tuesday of militarising the South Atlantic by sending a "
      "warship and Prince William to the Falklands, but London said the deployments were routine.",
      [("ARG", "GOV", "GBR", "GOV", "112", "accusation; the sending is its content"),
       ("GBR", "GOV", "ARG", "GOV", "12", "London (capital for the government) rebuts the charge: denial, written 12 (no 016 in the mapping)")]),
    R("PA", "2010-05-24", "ACCUSE",
      "Foreign Minister Stephen Smith said on Monday that Israel was behind the forging of four Australian passports "
      "used by the killers of a Hamas commander in Dubai, and ordered an Israeli diplomat to leave the country.",
      [("AUS", "GOV", "ISR", "GOV", "112", "blame: accusation; the killing is an undated noun inside the charge"),
       ("AUS", "GOV", "ISR", "GOV", "161", "expelling a diplomat")]),
    # ------------------------------------------------------------------ REJECT (7)
    R("AF", "1993-06-23", "REJECT",
      "Nigeria's military rulers annulled this month's presidential election on Wednesday, although unofficial results "
      "showed that the opposition candidate, the businessman Moshood Abiola, had won it comfortably.",
      [("NGA", "MIL", "NGA", "OPP", "120", "annulling the election: refuse to accept the result, target the apparent winner; the unofficial results are no act")]),
    R("ME", "2004-07-09", "REJECT",
      "Israel rejected on Friday an advisory opinion by the International Court of Justice that its barrier in the West "
      "Bank violates international law, saying the court had ignored the terrorism that made it necessary.",
      [("ISR", "GOV", "UNO", "JUD", "128", "rejecting a ruling; the ICJ as UNO/JUD; the justification is part of the rejection")]),
    R("AS", "1989-05-18", "REJECT",
      "Premier Li Peng rebuffed the demands of hunger-striking students on Thursday in a tense televised meeting with "
      "their leaders, as more than a million people marched through Beijing in support of them.",
      [("CHN", "GOV", "CHN", "CVL", "12", "rebuffing demands: reject", None),
       ("CHN", "GOV", "CHN", "CVL", "040", "meeting with the student leaders: 'A met with B' one event", None),
       ("CHN", "CVL", "CHN", "GOV", "141", "same time ('as'): the march; the ongoing hunger strike is an undated state", "Beijing")]),
    R("SA", "2013-11-24", "REJECT",
      "Afghan President Hamid Karzai refused on Sunday to sign a long-term security pact with the United States before "
      "next year's election, hours after a grand assembly of tribal elders endorsed it and urged him to sign it without "
      "delay.",
      [("AFG", "GOV", "USA", "GOV", "12", "refusing to sign: reject"),
       ("AFG", "CVL", "AFG", "GOV", "10", "dated background ('hours after'): the Loya Jirga urged him to sign: request; its endorsement of the text has no target actor, not coded")]),
    R("EU", "2013-11-21", "REJECT",
      "Ukraine's government abruptly suspended preparations on Thursday for signing a landmark association agreement "
      "with the European Union, and that evening more than a thousand protesters gathered on Kiev's Independence "
      "Square.",
      [("UKR", "GOV", "EUR", "IGO", "12", "shelving the agreement: reject (reduce relations 16 also defensible)", None),
       ("UKR", "CVL", "UKR", "GOV", "141", "same day ('that evening'): demonstration", "Kiev")]),
    R("AM", "1983-10-28", "REJECT",
      "The United States vetoed a Security Council resolution on Friday that deplored the invasion of Grenada as a "
      "flagrant violation of international law, after eleven of the council's fifteen members voted for it.",
      [("USA", "GOV", "UNO", "IGO", "129", "veto, target the Security Council (no drafter named); the invasion is an agentless noun; the votes in favour are no act against a named target")]),
    R("PA", "2017-10-26", "REJECT",
      "Malcolm Turnbull's government on Thursday rejected a call by Indigenous leaders for a new elected body to advise "
      "parliament, saying voters would never accept what it called a third chamber.",
      [("AUS", "GOV", "AUS", "CVL", "12", "rejecting the Indigenous leaders' proposal; their undated call is only the object of the rejection")]),
    # ------------------------------------------------------------------ THREATEN (6)
    R("AF", "2012-04-18", "THREATEN",
      "Sudan's President Omar al-Bashir vowed on Wednesday to free South Sudan's people from its ruling party, which he "
      "likened to an insect, as fighting over the oil field at Heglig raged on.",
      [("SDN", "GOV", "SSD", "GOV", "138", "vow to topple the ruling SPLM by force: threaten with military force; the ruling party as the government"),
       ("SDN", "GOV", "SSD", "GOV", "111", "likening it to an insect: insult, denounce; the fighting is agentless")]),
    R("ME", "2019-10-10", "THREATEN",
      "Turkish President Tayyip Erdogan threatened on Thursday to send millions of refugees to Europe if European "
      "governments called his country's military offensive in northern Syria an invasion.",
      [("TUR", "GOV", N, "GOV", "130", "threat, conditional content; unnamed European governments null/GOV; the offensive is an undated noun")]),
    R("AS", "2000-02-21", "THREATEN",
      "China warned on Monday that it would use force against Taiwan if the island indefinitely delayed talks on "
      "reunification, hardening its stance in a policy paper a month before Taiwan's presidential election.",
      [("CHN", "GOV", "TWN", "GOV", "138", "threat of military force; the condition is content")]),
    R("SA", "2002-05-22", "THREATEN",
      "Indian Prime Minister Atal Behari Vajpayee told troops in Kashmir on Wednesday to get ready for a decisive "
      "battle, as Indian and Pakistani gunners traded fire across the Line of Control.",
      [("IND", "GOV", "PAK", "GOV", "138", "veiled threat of war; target Pakistan, implied by the stand-off (130 also defensible)", "Kashmir"),
       ("IND", "MIL", "PAK", "MIL", "190", "exchange of fire, first-named", "Line of Control"),
       ("PAK", "MIL", "IND", "MIL", "190", "both named as doers: reverse", "Line of Control")]),
    R("EU", "2008-11-05", "THREATEN",
      "President Dmitry Medvedev said on Wednesday that Russia would deploy short-range Iskander missiles in its "
      "Kaliningrad enclave to counter a planned American missile shield in Poland and the Czech Republic.",
      [("RUS", "GOV", "USA", "GOV", "138", "announced counter-deployment: threat of military force, target the shield's owner; the shield is a plan, not coded")]),
    R("AM", "2017-08-11", "THREATEN",
      "President Donald Trump said on Friday that he would not rule out a military option in Venezuela, where Nicolas "
      "Maduro's government has installed an assembly with sweeping powers over the opposition's objections.",
      [("USA", "GOV", "VEN", "GOV", "138", "'would not rule out a military option': threat of force; the installation of the assembly is undated background")]),
    # ------------------------------------------------------------------ PROTEST (7)
    R("AF", "2012-01-09", "PROTEST",
      "Nigerian unions launched an indefinite nationwide strike on Monday, shutting banks, petrol stations and markets "
      "in Lagos and Kano, a week after President Goodluck Jonathan scrapped fuel subsidies and petrol prices more than "
      "doubled.",
      [("NGA", "LAB", "NGA", "GOV", "143", "general strike; the scrapping of subsidies is an economic measure with no target actor, not coded")]),
    R("ME", "2009-06-15", "PROTEST",
      "Hundreds of thousands of supporters of Mir Hossein Mousavi marched through Tehran on Monday in defiance of a ban "
      "to protest against his election defeat, and militiamen fired on the crowd, killing at least one man.",
      [("IRN", "OPP", "IRN", "GOV", "141", "demonstration; the undated ban not coded"),
       ("IRN", "MIL", "IRN", "OPP", "175", "militiamen (Basij) firing on the crowd: violent repression; unnamed forces of the country")],
      loc="Tehran"),
    R("AS", "1999-04-25", "PROTEST",
      "More than 10,000 followers of the Falun Gong spiritual movement stood in silent protest outside Zhongnanhai, the "
      "walled compound in Beijing where China's leaders live and work, on Sunday.",
      [("CHN", "REL", "CHN", "GOV", "141", "demonstration by a spiritual movement (REL)")],
      loc="Beijing"),
    R("SA", "2022-07-09", "PROTEST",
      "Protesters stormed the official residence of Sri Lankan President Gotabaya Rajapaksa in Colombo on Saturday and "
      "later set fire to the private home of Prime Minister Ranil Wickremesinghe, who offered to resign.",
      [("LKA", "CVL", "LKA", "GOV", "145", "storming the president's residence: violent protest"),
       ("LKA", "CVL", "LKA", "GOV", "145", "arson of the prime minister's home"),
       ("LKA", "GOV", "LKA", "CVL", "035", "relative clause, same day: offer to resign: intent to yield, target the protesters")],
      loc="Colombo"),
    R("EU", "1989-08-23", "PROTEST",
      "About two million Estonians, Latvians and Lithuanians joined hands on Wednesday in a human chain stretching "
      "across the three Baltic republics, protesting against the 1939 pact that led to their annexation by the Soviet "
      "Union.",
      [("EST", "CVL", "RUS", "GOV", "141", "demonstration against Soviet rule, Estonians; Soviet actors RUS"),
       ("LVA", "CVL", "RUS", "GOV", "141", "Latvians, compound subject"),
       ("LTU", "CVL", "RUS", "GOV", "141", "Lithuanians, compound subject; the 1939 pact and annexation are outside the period")]),
    R("AM", "2013-06-17", "PROTEST",
      "More than 200,000 people marched in cities across Brazil on Monday against poor public services and the cost of "
      "staging the World Cup, and some protesters climbed onto the roof of Congress in Brasilia.",
      [("BRA", "CVL", "BRA", "GOV", "141", "demonstrations", None),
       ("BRA", "CVL", "BRA", "LEG", "141", "occupying the roof of Congress: demonstration, target the legislature", "Brasilia")]),
    R("PA", "2003-02-16", "PROTEST",
      "Some 200,000 people marched through Sydney on Sunday against a war with Iraq, joining a weekend of worldwide "
      "protests that drew crowds of millions and putting pressure on Prime Minister John Howard.",
      [("AUS", "CVL", "AUS", "GOV", "141", "demonstration against Howard's government; the worldwide protests have no single actor, not coded separately; the war is hypothetical")],
      loc="Sydney"),
    # ------------------------------------------------------------------ MOBILIZE (6)
    R("AF", "2020-11-13", "MOBILIZE",
      "Moroccan troops moved into the Guerguerat buffer zone on Friday to reopen the only road to Mauritania, which "
      "Polisario Front supporters had blocked for weeks, and the independence movement declared its 1991 ceasefire "
      "over.",
      [("MAR", "MIL", "ESH", "REB", "154", "troop deployment into the buffer zone (19 also defensible); Polisario ESH/REB; reopening the road is a purpose, the blockade undated", "Guerguerat"),
       ("ESH", "REB", "MAR", "GOV", "138", "declaring the ceasefire over: threat of military force", None)]),
    R("ME", "2014-07-08", "MOBILIZE",
      "Israel approved the call-up of up to 40,000 reservists on Tuesday and launched an air offensive against Hamas in "
      "the Gaza Strip, hours after militants fired dozens of rockets into the south of the country.",
      [("ISR", "GOV", "PSE", "REB", "154", "mobilising reservists, target Hamas (PSE/REB)", None),
       ("ISR", "MIL", "PSE", "REB", "195", "air offensive: aerial weapons", "Gaza Strip"),
       (N, N, "ISR", "", "190", "dated background ('hours after'): rocket fire by unnamed militants (null/null); the country's south as Israel as a whole", None)]),
    R("AS", "1998-08-31", "MOBILIZE",
      "North Korea fired a ballistic missile that flew over Japan's main island and into the Pacific on Monday, and "
      "Tokyo lodged a strong protest through diplomatic channels in Beijing.",
      [("PRK", "MIL", "JPN", "GOV", "150", "missile launch over Japan: demonstrate military power", None),
       ("JPN", "GOV", "PRK", "GOV", "114", "Tokyo (capital for the government) lodges a protest: official complaint", "Beijing")]),
    R("SA", "1998-05-28", "MOBILIZE",
      "Pakistan set off five underground nuclear explosions in the Chagai hills of Baluchistan on Thursday, and Prime "
      "Minister Nawaz Sharif declared a state of emergency, suspending fundamental rights.",
      [("PAK", "GOV", N, N, "150", "nuclear tests: demonstrate military power; no target named", "Chagai"),
       ("PAK", "GOV", N, N, "1724", "state of emergency; suspending rights is part of it", None)]),
    R("EU", "2014-02-26", "MOBILIZE",
      "President Vladimir Putin ordered a surprise combat-readiness check of troops in western and central Russia on "
      "Wednesday, as tension rose over the new pro-Western leadership in neighbouring Ukraine.",
      [("RUS", "GOV", "UKR", "GOV", "152", "snap combat alert: raise military alert status; target Ukraine, implied by the clause (null also defensible)")]),
    R("AM", "2008-03-02", "MOBILIZE",
      "Venezuelan President Hugo Chavez ordered ten army battalions to the Colombian border on Sunday and warned Bogota "
      "that any incursion like its raid into Ecuador would be a cause for war.",
      [("VEN", "GOV", "COL", "GOV", "154", "troop deployment to the border, target Colombia; the border is the destination, not a place"),
       ("VEN", "GOV", "COL", "GOV", "138", "warning Bogota (capital for the government): threat of military force; the raid is an undated noun inside the warning")]),
    # ------------------------------------------------------------------ SANCTION (7)
    R("ME", "1986-10-24", "SANCTION",
      "Britain broke off diplomatic relations with Syria on Friday, hours after a London court sentenced a Jordanian, "
      "Nezar Hindawi, to 45 years in prison for trying to smuggle a bomb aboard an Israeli airliner with Syrian help.",
      [("GBR", "GOV", "SYR", "GOV", "161", "breaking relations", None),
       ("GBR", "JUD", "JOR", "CVL", "173", "dated background ('hours after'): prison sentence; the plot is the content of the verdict", "London")]),
    R("AM", "2008-03-03", "SANCTION",
      "Ecuador broke off diplomatic relations with Colombia on Monday, two days after Colombian troops crossed the "
      "border and killed the FARC's second-in-command, Raul Reyes, at a rebel camp in the Ecuadorean jungle.",
      [("ECU", "GOV", "COL", "GOV", "161", "breaking relations", None),
       ("COL", "MIL", "COL", "REB", "190", "dated background ('two days after'): the raid killing Reyes: conventional force; FARC COL/REB; the border crossing is the same act", "Ecuador")]),
    R("AS", "1997-07-10", "SANCTION",
      "The Association of South East Asian Nations put off Cambodia's admission to the group on Thursday, days after "
      "Second Prime Minister Hun Sen ousted his co-premier, Prince Norodom Ranariddh, in heavy fighting in Phnom Penh.",
      [(N, "IGO", "KHM", "GOV", "16", "deferring membership: sanction root; ASEAN null/IGO as regional bodies", None),
       ("KHM", "GOV", "KHM", "GOV", "17", "dated background ('days after'): Hun Sen's ouster of Ranariddh, a coup, root 17 (17/19 tolerated)", "Phnom Penh")]),
    R("EU", "2006-09-28", "SANCTION",
      "Russia recalled its ambassador from Tbilisi on Thursday and began evacuating diplomats' families, a day after "
      "Georgian police arrested four Russian army officers on charges of spying.",
      [("RUS", "GOV", "GEO", "GOV", "161", "recalling one's envoy: 161 (news-dev); Tbilisi is where the embassy is; the evacuation has no target"),
       ("GEO", "COP", "RUS", "MIL", "173", "dated background ('a day after'): arrests; the spying is content")]),
    R("AF", "2012-03-23", "SANCTION",
      "The African Union suspended Mali on Friday, a day after mutinous soldiers stormed the presidential palace in "
      "Bamako and ousted President Amadou Toumani Toure weeks before a scheduled election.",
      [("AFR", "IGO", "MLI", "GOV", "16", "suspension from the AU (AFR/IGO)", None),
       ("MLI", "MIL", "MLI", "GOV", "17", "dated background ('a day after'): coup, root 17; storming the palace and ousting Toure one act", "Bamako")]),
    R("SA", "2018-09-01", "SANCTION",
      "The Pentagon said on Saturday it had cancelled $300 million in military aid to Pakistan over what it called "
      "Islamabad's failure to take decisive action against militant groups.",
      [("USA", "MIL", "PAK", "GOV", "1622", "cutting military aid: reduce or stop military assistance; the stated reason is not coded separately")]),
    R("PA", "2006-09-12", "SANCTION",
      "The Solomon Islands expelled Australia's top diplomat in Honiara, High Commissioner Patrick Cole, on Tuesday, "
      "accusing him of interfering in the country's internal affairs.",
      [("SLB", "GOV", "AUS", "GOV", "161", "expelling a diplomat; 'in Honiara' locates his post, not the act"),
       ("SLB", "GOV", "AUS", "GOV", "112", "accusation of interference")]),
    # ------------------------------------------------------------------ COERCE (7)
    R("AF", "2012-04-10", "COERCE",
      "South Sudanese troops seized the disputed oil field at Heglig on Tuesday after heavy fighting with Sudan's army, "
      "and Khartoum vowed to retake the area by every possible means.",
      [("SSD", "MIL", "SDN", "GOV", "192", "seizing territory: occupy (COERCE in the mapping)", "Heglig"),
       ("SSD", "MIL", "SDN", "MIL", "190", "same-day fighting with the Sudanese army: conventional force, first-named", "Heglig"),
       ("SDN", "GOV", "SSD", "GOV", "138", "Khartoum (capital for the government) vows to retake it: threat of military force", None)]),
    R("ME", "2011-03-15", "COERCE",
      "Bahrain's King Hamad declared a three-month state of emergency on Tuesday, a day after troops from Saudi Arabia "
      "and the United Arab Emirates crossed into the kingdom to help crush weeks of Shi'ite-led protests.",
      [("BHR", "GOV", N, N, "1724", "state of emergency, no named target"),
       ("SAU", "MIL", "BHR", "GOV", "074", "dated background ('a day after'): deployment to help the government: military protection (07/15 tolerated)"),
       ("ARE", "MIL", "BHR", "GOV", "074", "UAE troops, compound; crushing the protests is a purpose")]),
    R("AS", "2006-09-19", "COERCE",
      "Thailand's army seized power in a bloodless coup on Tuesday night while Prime Minister Thaksin Shinawatra was in "
      "New York for the United Nations General Assembly, and declared martial law across the country.",
      [("THA", "MIL", "THA", "GOV", "17", "coup, root 17; New York is where Thaksin was, not the place of the coup"),
       ("THA", "MIL", N, N, "1724", "martial law, no named target")]),
    R("SA", "2005-02-01", "COERCE",
      "Nepal's King Gyanendra dismissed the government on Tuesday, declared a state of emergency and took direct "
      "control, as soldiers placed senior politicians under house arrest in Kathmandu.",
      [("NPL", "GOV", "NPL", "GOV", "172", "dismissing the government; taking direct control is the same act", None),
       ("NPL", "GOV", N, N, "1724", "state of emergency, no named target", None),
       ("NPL", "MIL", "NPL", "PTY", "173", "same time ('as'): house arrest of politicians; unnamed soldiers of the country", "Kathmandu")]),
    R("EU", "1993-09-21", "COERCE",
      "Boris Yeltsin dissolved Russia's hardline parliament on Tuesday and called elections for December, prompting "
      "deputies to vote late that night to strip him of his powers and swear in Vice-President Alexander Rutskoi.",
      [("RUS", "GOV", "RUS", "LEG", "172", "dissolving the legislature: 172 (as owned54; 1724 also defensible); the elections are future"),
       ("RUS", "LEG", "RUS", "GOV", "172", "same night: the deputies' vote to remove Yeltsin: removal; swearing in Rutskoi is part of it")]),
    R("AM", "2001-12-19", "COERCE",
      "Argentine President Fernando de la Rua declared a state of siege on Wednesday, hours after looters ransacked "
      "supermarkets in several cities, and that night thousands of people banging pots and pans poured into the "
      "streets of Buenos Aires.",
      [("ARG", "GOV", N, N, "1724", "state of siege: emergency, no named target", None),
       ("ARG", "CVL", "ARG", "BUS", "145", "dated background ('hours after'): looting: riot", None),
       ("ARG", "CVL", "ARG", "GOV", "141", "same night: pot-banging protest", "Buenos Aires")]),
    R("PA", "2024-05-15", "COERCE",
      "France declared a state of emergency in New Caledonia on Wednesday and banned TikTok there, after two nights of "
      "rioting against a planned electoral reform left four people dead.",
      [("FRA", "GOV", "NCL", "CVL", "1724", "state of emergency, target the rioters (as owned54 bc09)", "New Caledonia"),
       ("FRA", "GOV", "NCL", "CVL", "1721", "banning the app: restrict freedoms (as owned54's internet shutdown)", "New Caledonia"),
       ("NCL", "CVL", "FRA", "GOV", "145", "dated duration ('two nights of rioting'): riot against France's reform; New Caledonia NCL", None)]),
    # ------------------------------------------------------------------ ASSAULT (8)
    R("AF", "2013-09-21", "ASSAULT",
      "Gunmen from the Somali Islamist group al Shabaab stormed the upscale Westgate shopping mall in Nairobi on "
      "Saturday, killing at least 39 people and holding an unknown number of shoppers hostage inside.",
      [("SOM", "REB", "KEN", "CVL", "180", "armed attack on civilians: unconventional violence; al Shabaab SOM/REB"),
       ("SOM", "REB", "KEN", "CVL", "181", "hostage-taking")],
      loc="Nairobi"),
    R("AF", "1995-06-26", "ASSAULT",
      "Gunmen opened fire on Egyptian President Hosni Mubarak's motorcade in Addis Ababa on Monday as he drove in from "
      "the airport for an African summit, but he was unhurt and flew straight home.",
      [(N, N, "EGY", "GOV", "180", "failed attack on the president by unnamed gunmen: unconventional violence (186 also defensible)")],
      loc="Addis Ababa"),
    R("ME", "1996-04-18", "ASSAULT",
      "Israeli artillery shells slammed into a United Nations peacekeeping base at Qana in southern Lebanon on "
      "Thursday, killing more than 100 civilians who had taken shelter there from an Israeli offensive against "
      "Hezbollah.",
      [("ISR", "MIL", "LBN", "CVL", "194", "shelling: fight with artillery; target the Lebanese civilians killed (the UN base as a second target also defensible); the offensive is an undated noun")],
      loc="Qana"),
    R("AS", "2010-11-23", "ASSAULT",
      "North Korean artillery shelled the South Korean island of Yeonpyeong on Tuesday, killing two marines and setting "
      "houses ablaze, and the South's forces returned fire with self-propelled howitzers.",
      [("PRK", "MIL", "KOR", "", "194", "shelling the island: artillery; the island as South Korea (premises of the country)"),
       ("KOR", "MIL", "PRK", "MIL", "194", "returning fire: artillery")],
      loc="Yeonpyeong"),
    R("SA", "2008-09-20", "ASSAULT",
      "A suicide bomber rammed a truck packed with explosives into the Marriott hotel in Islamabad on Saturday night, "
      "killing at least 40 people, hours after President Asif Ali Zardari addressed parliament a short drive away.",
      [(N, N, "PAK", "", "1831", "suicide bombing, unnamed bomber null/null; the hotel as Pakistan (premises); Zardari's address is no act between actors")],
      loc="Islamabad"),
    R("EU", "2011-07-22", "ASSAULT",
      "A Norwegian gunman dressed as a police officer opened fire at a Labour Party youth camp on the island of Utoya "
      "on Friday, hours after a bomb he had planted tore through government offices in Oslo.",
      [("NOR", "CVL", "NOR", "PTY", "180", "shooting by an individual: unconventional violence (as owned54)", "Utoya"),
       ("NOR", "CVL", "NOR", "GOV", "183", "dated background ('hours after'), with agent ('he had planted'): bombing", "Oslo")]),
    R("AM", "1992-07-16", "ASSAULT",
      "Shining Path guerrillas detonated two car bombs in the Miraflores district of Lima on Thursday night, tearing "
      "apart apartment blocks and killing at least 18 people in the deadliest attack yet on the capital.",
      [("PER", "REB", "PER", "CVL", "183", "car bombs: one attack; Shining Path PER/REB")],
      loc="Lima"),
    R("PA", "2019-03-15", "ASSAULT",
      "An Australian gunman attacked two mosques in Christchurch during Friday prayers, killing 49 people and "
      "broadcasting part of the massacre live on Facebook, in the worst mass shooting in New Zealand's modern history.",
      [("AUS", "CVL", "NZL", "REL", "180", "shooting at worshippers: unconventional violence, one event for the two unnamed mosques (a second event per mosque also defensible); worshippers as REL")],
      loc="Christchurch"),
    # ------------------------------------------------------------------ NONE (10)
    NONE("AS", "1999-09-21",
         "A powerful earthquake struck central Taiwan early on Tuesday, toppling apartment buildings in Taichung county "
         "and cutting power to most of the island, with more than 1,000 people feared dead.",
         "natural disaster"),
    NONE("AS", "2021-05-11",
         "China's population grew to 1.41 billion last year, the slowest rate of growth in decades, according to "
         "census results released by the National Bureau of Statistics on Tuesday.",
         "a statistic"),
    NONE("EU", "2002-01-01",
         "Euro notes and coins went into circulation in twelve European countries on Tuesday, and people queued at cash "
         "machines from Dublin to Athens to withdraw the new currency in the first hours of the year.",
         "a currency changeover; no act between actors"),
    NONE("EU", "2010-04-15",
         "A vast cloud of ash from an erupting volcano in Iceland drifted over northern Europe on Thursday, grounding "
         "thousands of flights and shutting major airports from Dublin to Oslo.",
         "natural disaster and its disruption; no agent"),
    NONE("AM", "2010-08-05",
         "A cave-in trapped 33 miners some 700 metres underground at the San Jose copper and gold mine near Copiapo in "
         "northern Chile on Thursday, and rescuers struggled to reach them.",
         "an accident report"),
    NONE("ME", "2020-07-20",
         "The United Arab Emirates' Hope probe lifted off from Japan's Tanegashima Space Center on Monday on a "
         "seven-month journey to Mars, the Arab world's first interplanetary mission.",
         "a space launch"),
    NONE("SA", "2011-04-02",
         "India beat Sri Lanka by six wickets in Mumbai on Saturday to win the Cricket World Cup for the first time in "
         "28 years, setting off celebrations across the country.",
         "a sports final"),
    NONE("AF", "2022-02-20",
         "Ethiopia's giant dam on the Blue Nile began generating electricity on Sunday, Prime Minister Abiy Ahmed said "
         "at a ceremony at the site, in a project that Egypt and Sudan fear will cut their share of the river.",
         "a ceremony and a standing fear; no act between actors"),
    NONE("PA", "2009-09-29",
         "A tsunami set off by an undersea earthquake swept ashore in Samoa and American Samoa on Tuesday morning, "
         "flattening coastal villages and killing scores of people.",
         "natural disaster"),
    NONE("AM", "2018-08-20",
         "Venezuela began using a new currency on Monday, the sovereign bolivar, which knocks five zeros off the old "
         "one, as shops stayed shut on a national holiday declared for the changeover.",
         "a currency changeover; the holiday has no target"),
]

if __name__ == "__main__":
    build(HERE, "sents35", "ti", 35, ENTRIES, C2P)
