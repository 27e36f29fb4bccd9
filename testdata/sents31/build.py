#!/usr/bin/env python3
"""Build records.jsonl for sents31: a blind sentence set in the PLOVER gold-standard record format.

Written blind to dateline (see README.md). Run `python3 build.py` in this folder; it rewrites
records.jsonl. Python 3 standard library only; uses ../sents6/buildlib.py for the entry
constructors, the fixed half-by-half order (seed 31) and the writing of the records.

Each entry: region, date, category, text, events; an event is
(source_country, source_sector, target_country, target_sector, cameo, note[, place]).
A seventh item gives the event a place of its own (None: no place); otherwise the record's `loc`.
The note names the actors and gives the reason for the code. A country named as an actor is its
government (GOV); "" only for premises. Denials are coded 12 (REJECT) because the shared mapping
and the validator have no 016.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sents6"))
from buildlib import N, R, NONE, build  # noqa: E402

# CAMEO -> PLOVER for the codes this set uses (the values of /work/shared/gold/cameo-to-plover.json;
# buildlib.build checks them against that file).
C2P = {
    "030": "AGREE", "0342": "AGREE", "0354": "AGREE", "0356": "AGREE", "032": "AGREE",
    "042": "CONSULT", "043": "CONSULT", "044": "CONSULT", "045": "CONSULT", "046": "CONSULT", "041": "CONSULT",
    "054": "SUPPORT", "057": "SUPPORT",
    "062": "COOPERATE", "063": "COOPERATE",
    "071": "AID", "073": "AID", "074": "AID",
    "0831": "CONCEDE", "0834": "CONCEDE",
    "0814": "RETREAT", "0841": "RETREAT", "0871": "RETREAT", "0874": "RETREAT",
    "10": "REQUEST", "104": "REQUEST", "1031": "REQUEST", "1032": "REQUEST", "1034": "REQUEST",
    "1041": "REQUEST", "1042": "REQUEST", "1053": "REQUEST", "1056": "REQUEST",
    "111": "ACCUSE", "112": "ACCUSE", "1121": "ACCUSE", "1122": "ACCUSE", "1125": "ACCUSE",
    "114": "ACCUSE", "116": "ACCUSE",
    "12": "REJECT", "120": "REJECT", "1231": "REJECT", "1245": "REJECT", "126": "REJECT",
    "128": "REJECT", "129": "REJECT",
    "130": "THREATEN", "131": "THREATEN", "1312": "THREATEN", "138": "THREATEN", "1384": "THREATEN",
    "139": "THREATEN",
    "141": "PROTEST", "143": "PROTEST", "144": "PROTEST", "145": "PROTEST",
    "152": "MOBILIZE", "154": "MOBILIZE",
    "16": "SANCTION", "161": "SANCTION", "1622": "SANCTION", "164": "SANCTION",
    "163": "COERCE", "17": "COERCE", "1711": "COERCE", "172": "COERCE", "173": "COERCE", "1724": "COERCE",
    "191": "COERCE", "192": "COERCE",
    "175": "ASSAULT", "18": "ASSAULT", "180": "ASSAULT", "181": "ASSAULT", "186": "ASSAULT",
    "190": "ASSAULT", "195": "ASSAULT",
}

ENTRIES = [
    # ------------------------------------------------------------------ AGREE (11)
    R("AF", "2018-08-05", "AGREE",
      "South Sudan's President Salva Kiir and rebel leader Riek Machar agreed in Khartoum on Sunday to share "
      "power in a new government, in talks hosted by Sudanese President Omar al-Bashir.",
      [("SSD", "GOV", "SSD", "REB", "030", "Kiir and Machar both doers of 'agreed': Kiir -> Machar, intent to cooperate (power sharing)"),
       ("SSD", "REB", "SSD", "GOV", "030", "reverse of the joint agreement; Machar named as a doer"),
       ("SDN", "GOV", "SSD", "GOV", "045", "Bashir hosting the talks between the two sides: mediation"),
       ("SDN", "GOV", "SSD", "REB", "045", "Bashir's mediation, second party")],
      loc="Khartoum"),
    R("EU", "1995-09-13", "AGREE",
      "Greece agreed on Wednesday to lift its trade embargo on Macedonia, and Skopje agreed to drop an ancient "
      "sun symbol from its flag, under an interim accord the two sides signed in New York.",
      [("GRC", "GOV", "MKD", "GOV", "0354", "Greece agreed to lift an embargo: intent to ease economic sanctions"),
       ("MKD", "GOV", "GRC", "GOV", "0342", "Skopje (capital for the government) agreed to change its flag: intent to change policy"),
       ("GRC", "GOV", "MKD", "GOV", "057", "'the two sides signed': signing, Greece -> Macedonia"),
       ("MKD", "GOV", "GRC", "GOV", "057", "signing, reverse (both sides are the doers)")],
      loc="New York"),
    R("SA", "2003-11-24", "AGREE",
      "India on Monday accepted Pakistan's offer of a ceasefire along the Line of Control in Kashmir, the first "
      "such truce between the nuclear-armed neighbours in more than a decade.",
      [("IND", "GOV", "PAK", "GOV", "0356", "acceptance of a ceasefire offer: intent to de-escalate, target the proposer; the offer itself is only the object and is not coded")]),
    R("AM", "2016-06-22", "AGREE",
      "Negotiators for Colombia's government and the FARC rebels agreed in Havana on Wednesday on a definitive "
      "bilateral ceasefire, bringing the end of Latin America's oldest insurgency within sight, Cuban officials said.",
      [("COL", "GOV", "COL", "REB", "0356", "government negotiators agreed on a ceasefire: intent to de-escalate"),
       ("COL", "REB", "COL", "GOV", "0356", "FARC named as co-doer: reverse")],
      loc="Havana"),
    R("ME", "2014-04-23", "AGREE",
      "Rival Palestinian factions Fatah and Hamas agreed in Gaza on Wednesday to form a unity government within "
      "five weeks, ending seven years of division that had split the West Bank from the enclave.",
      [("PSE", "PTY", "PSE", "REB", "030", "Fatah -> Hamas: agreed to form a unity government"),
       ("PSE", "REB", "PSE", "PTY", "030", "Hamas named as co-doer: reverse")],
      loc="Gaza"),
    R("ME", "2008-05-21", "AGREE",
      "Lebanon's Western-backed governing coalition and the Hezbollah-led opposition agreed in Doha on Wednesday "
      "to elect army chief Michel Suleiman as president, in a deal brokered by Qatar after five days of talks.",
      [("LBN", "GOV", "LBN", "OPP", "030", "coalition -> opposition: agreement on electing a president"),
       ("LBN", "OPP", "LBN", "GOV", "030", "opposition named as co-doer: reverse"),
       ("QAT", "GOV", "LBN", "GOV", "045", "'brokered by Qatar': mediation, first party"),
       ("QAT", "GOV", "LBN", "OPP", "045", "mediation, second party")],
      loc="Doha"),
    R("EU", "2001-08-14", "AGREE",
      "Ethnic Albanian guerrillas of the National Liberation Army agreed on Tuesday to hand over their weapons "
      "to NATO troops, a day after Macedonia's political leaders signed a Western-brokered peace deal.",
      [("MKD", "REB", N, "IGO", "0356", "NLA agreed to disarm to NATO: intent to de-escalate; NATO null/IGO"),
       ("MKD", "PTY", "MKD", "PTY", "057", "dated background ('a day after'): the Macedonian and Albanian party leaders signed the Ohrid deal; leaders of the country's parties, sector PTY")]),
    R("PA", "2000-10-15", "AGREE",
      "The Malaita Eagle Force and the rival Isatabu Freedom Movement agreed on Sunday in the Australian city of "
      "Townsville to lay down their arms, raising hopes of an end to two years of ethnic fighting on Guadalcanal.",
      [("SLB", "REB", "SLB", "REB", "0356", "MEF -> IFM: agreed to lay down arms, intent to de-escalate"),
       ("SLB", "REB", "SLB", "REB", "0356", "IFM -> MEF: reverse, both named as doers")],
      loc="Townsville"),
    R("SA", "2006-11-08", "AGREE",
      "Nepal's government and Maoist rebels agreed early on Wednesday to lock up the guerrillas' weapons under "
      "United Nations supervision and to bring the former insurgents into an interim government.",
      [("NPL", "GOV", "NPL", "REB", "030", "government -> Maoists: agreement on arms management and an interim government"),
       ("NPL", "REB", "NPL", "GOV", "030", "Maoists named as co-doers: reverse")]),
    R("AM", "2009-10-29", "AGREE",
      "Representatives of ousted Honduran President Manuel Zelaya and of the de facto government of Roberto "
      "Micheletti agreed late on Thursday to let Congress decide whether Zelaya should return to office.",
      [("HND", "OPP", "HND", "GOV", "030", "Zelaya's side (ousted president, now opposition) -> Micheletti government: agreement"),
       ("HND", "GOV", "HND", "OPP", "030", "Micheletti's side named as co-doer: reverse")]),
    R("AF", "2008-09-11", "AGREE",
      "Robert Mugabe and opposition leader Morgan Tsvangirai agreed on Thursday to form a power-sharing "
      "government, after weeks of talks in Harare mediated by South African President Thabo Mbeki.",
      [("ZWE", "GOV", "ZWE", "OPP", "030", "Mugabe -> Tsvangirai: agreement to share power"),
       ("ZWE", "OPP", "ZWE", "GOV", "030", "Tsvangirai named as co-doer: reverse"),
       ("ZAF", "GOV", "ZWE", "GOV", "045", "Mbeki's mediation ('mediated by'), first party"),
       ("ZAF", "GOV", "ZWE", "OPP", "045", "Mbeki's mediation, second party")],
      loc="Harare"),
    # ------------------------------------------------------------------ CONSULT (6)
    R("AS", "1993-04-27", "CONSULT",
      "Koo Chen-fu of Taiwan and Wang Daohan of China opened talks in Singapore on Tuesday, the highest-level "
      "contact between the two rivals since the Nationalists fled to the island in 1949.",
      [("TWN", "GOV", "CHN", "GOV", "046", "Koo (head of the semi-official Straits Exchange Foundation) -> China: talks; GOV for the semi-official negotiator"),
       ("CHN", "GOV", "TWN", "GOV", "046", "Wang (ARATS) named as co-doer: reverse")],
      loc="Singapore"),
    R("SA", "2004-01-05", "CONSULT",
      "Indian Prime Minister Atal Bihari Vajpayee met Pakistani President Pervez Musharraf in Islamabad on Monday, "
      "their first talks since a summit in the Indian city of Agra collapsed in 2001.",
      [("IND", "GOV", "PAK", "GOV", "042", "Vajpayee met Musharraf on Pakistani soil: a visit; 'A met B' is one event. The Agra collapse is agentless background and not coded")],
      loc="Islamabad"),
    R("AF", "1997-05-04", "CONSULT",
      "Zairean President Mobutu Sese Seko and rebel leader Laurent Kabila met aboard a South African navy ship "
      "off Pointe-Noire on Sunday, in a meeting arranged by Nelson Mandela.",
      [("COD", "GOV", "COD", "REB", "044", "Mobutu and Kabila both subjects of 'met': meeting at a third location; Zaire coded COD"),
       ("COD", "REB", "COD", "GOV", "044", "reverse: Kabila named as co-doer"),
       ("ZAF", "GOV", "COD", "GOV", "045", "Mandela arranged the meeting: mediation, first party"),
       ("ZAF", "GOV", "COD", "REB", "045", "mediation, second party")],
      loc="Pointe-Noire"),
    R("ME", "2000-01-03", "CONSULT",
      "Israeli Prime Minister Ehud Barak and Syrian Foreign Minister Farouk al-Sharaa opened peace talks in "
      "Shepherdstown, West Virginia, on Monday, with President Bill Clinton acting as host.",
      [("ISR", "GOV", "SYR", "GOV", "046", "Barak -> Sharaa: negotiations"),
       ("SYR", "GOV", "ISR", "GOV", "046", "Sharaa named as co-doer: reverse"),
       ("USA", "GOV", "ISR", "GOV", "043", "Clinton hosting the talks: host a visit, first guest"),
       ("USA", "GOV", "SYR", "GOV", "043", "host a visit, second guest")],
      loc="Shepherdstown"),
    R("EU", "2011-03-08", "CONSULT",
      "Serbian and Kosovo negotiators sat down in Brussels on Tuesday for their first direct talks since Pristina "
      "broke away, in a dialogue mediated by the European Union.",
      [("SRB", "GOV", "XKX", "GOV", "046", "Serbia -> Kosovo: negotiations"),
       ("XKX", "GOV", "SRB", "GOV", "046", "Kosovo named as co-doer: reverse"),
       ("EUR", "IGO", "SRB", "GOV", "045", "EU mediation, first party"),
       ("EUR", "IGO", "XKX", "GOV", "045", "EU mediation, second party; the undated breakaway is not coded")],
      loc="Brussels"),
    R("AM", "2010-08-10", "CONSULT",
      "Colombian President Juan Manuel Santos hosted Hugo Chavez in Santa Marta on Tuesday, and the two leaders "
      "agreed to restore the diplomatic relations that Venezuela had broken off last month.",
      [("COL", "GOV", "VEN", "GOV", "043", "Santos hosted Chavez: host a visit"),
       ("COL", "GOV", "VEN", "GOV", "032", "'the two leaders agreed to restore relations': intent to diplomatic cooperation, Santos -> Chavez"),
       ("VEN", "GOV", "COL", "GOV", "032", "reverse: both leaders are the doers"),
       ("VEN", "GOV", "COL", "GOV", "161", "dated background ('last month', July 2010): Venezuela broke off relations", None)],
      loc="Santa Marta"),
    # ------------------------------------------------------------------ SUPPORT (6)
    R("AS", "2014-03-27", "SUPPORT",
      "The Philippine government and the Moro Islamic Liberation Front signed a final peace agreement at the "
      "presidential palace in Manila on Thursday, ending more than four decades of Muslim rebellion in the south.",
      [("PHL", "GOV", "PHL", "REB", "057", "signing, government -> MILF"),
       ("PHL", "REB", "PHL", "GOV", "057", "signing, MILF named as co-doer")],
      loc="Manila"),
    R("PA", "1998-01-23", "SUPPORT",
      "Papua New Guinea's government and Bougainville's secessionist leaders signed an accord at Lincoln "
      "University in New Zealand on Friday, committing both sides to a permanent ceasefire from April.",
      [("PNG", "GOV", "PNG", "REB", "057", "signing, PNG government -> Bougainville leaders (REB)"),
       ("PNG", "REB", "PNG", "GOV", "057", "signing, reverse; the future ceasefire is content, not coded")],
      loc="Lincoln"),
    R("EU", "1997-05-31", "SUPPORT",
      "Boris Yeltsin and Leonid Kuchma signed a long-delayed friendship treaty in Kiev on Saturday, during the "
      "first visit by a Russian president to Ukraine since the Soviet collapse.",
      [("RUS", "GOV", "UKR", "GOV", "057", "signing, Yeltsin -> Kuchma"),
       ("UKR", "GOV", "RUS", "GOV", "057", "signing, Kuchma named as co-doer"),
       ("RUS", "GOV", "UKR", "GOV", "042", "event noun 'visit by a Russian president' to Ukraine: make a visit")],
      loc="Kiev"),
    R("AF", "2011-07-08", "SUPPORT",
      "Khartoum became the first government to recognise South Sudan on Friday, hours before the new state was "
      "due to declare its independence in Juba.",
      [("SDN", "GOV", "SSD", "GOV", "054", "Khartoum (capital for the Sudanese government) recognised South Sudan: diplomatic recognition; the declaration is future, not coded")]),
    R("AM", "1992-01-16", "SUPPORT",
      "El Salvador's government and the FMLN guerrillas signed a peace accord at Chapultepec Castle in Mexico City "
      "on Thursday, formally ending 12 years of civil war that killed some 75,000 people.",
      [("SLV", "GOV", "SLV", "REB", "057", "signing, government -> FMLN"),
       ("SLV", "REB", "SLV", "GOV", "057", "signing, FMLN named as co-doer")],
      loc="Mexico City"),
    R("SA", "1987-07-29", "SUPPORT",
      "Rajiv Gandhi and Sri Lankan President J.R. Jayewardene signed an accord in Colombo on Wednesday under which "
      "Indian troops will oversee a ceasefire with Tamil separatist guerrillas.",
      [("IND", "GOV", "LKA", "GOV", "057", "signing, Gandhi -> Jayewardene"),
       ("LKA", "GOV", "IND", "GOV", "057", "signing, Jayewardene named as co-doer; the future deployment is content, not coded")],
      loc="Colombo"),
    # ------------------------------------------------------------------ COOPERATE (4)
    R("AM", "2007-01-19", "COOPERATE",
      "Mexico extradited Gulf cartel boss Osiel Cardenas and 14 other drug suspects to the United States on "
      "Friday, an unprecedented handover that Washington hailed as a sign of trust.",
      [("MEX", "GOV", "USA", "GOV", "063", "extradition: judicial cooperation. Washington's hailing is an undated relative-clause reaction, noted but not coded")]),
    R("EU", "2005-12-10", "COOPERATE",
      "Fugitive Croatian general Ante Gotovina was flown from Spain to The Hague on Saturday to face war crimes "
      "charges, three days after police arrested him in a hotel in the Canary Islands.",
      [("ESP", "GOV", "UNO", "JUD", "063", "agentless passive but the handover is plainly Spain's: judicial cooperation with the UN tribunal (UNO/JUD); place The Hague", "The Hague"),
       ("ESP", "COP", "HRV", "MIL", "173", "dated background ('three days after'): Spanish police arrested Gotovina (a Croatian general)", "Canary Islands")]),
    R("AS", "2017-06-19", "COOPERATE",
      "Indonesia launched joint naval patrols with Malaysia and the Philippines in the Sulu Sea on Monday, aiming "
      "to stop militant kidnappings and the movement of fighters across the porous maritime border.",
      [("IDN", "GOV", "MYS", "GOV", "062", "joint patrols: military cooperation, Indonesia -> Malaysia"),
       ("IDN", "GOV", "PHL", "GOV", "062", "compound object: Indonesia -> Philippines; purpose clause not coded")],
      loc="Sulu Sea"),
    R("SA", "2015-11-11", "COOPERATE",
      "Bangladesh handed over Anup Chetia, a founding leader of the separatist United Liberation Front of Asom, "
      "to Indian authorities on Wednesday after holding him for nearly 18 years.",
      [("BGD", "GOV", "IND", "GOV", "063", "handover of a wanted rebel: judicial cooperation; the undated detention is background, not coded")]),
    # ------------------------------------------------------------------ AID (5)
    R("PA", "2003-07-24", "AID",
      "Australian-led troops and police began landing in Honiara on Thursday at the request of the Solomon Islands "
      "government, which has lost control to armed gangs after years of ethnic unrest.",
      [("AUS", "MIL", "SLB", "GOV", "074", "peacekeeping/protection deployment: provide military protection; the request is undated background")],
      loc="Honiara"),
    R("AF", "2014-09-16", "AID",
      "President Barack Obama ordered some 3,000 U.S. troops to Liberia on Tuesday to build treatment centres and "
      "train health workers, sharply stepping up Washington's response to the Ebola epidemic.",
      [("USA", "GOV", "LBR", "GOV", "073", "troops sent to build clinics against Ebola: humanitarian aid; the country named as recipient is its government")]),
    R("SA", "2005-10-12", "AID",
      "An Indian air force plane carrying tents, blankets and medicines landed in Islamabad on Wednesday, the first "
      "relief flight between the rivals since the earthquake that devastated Kashmir.",
      [("IND", "MIL", "PAK", "GOV", "073", "relief flight: humanitarian aid, Indian air force -> Pakistan")],
      loc="Islamabad"),
    R("ME", "2018-11-09", "AID",
      "Qatar began paying the salaries of thousands of civil servants in the Hamas-run Gaza Strip on Friday, "
      "handing out the first $15 million of cash that Israel allowed to be brought into the enclave.",
      [("QAT", "GOV", "PSE", "GOV", "071", "cash for salaries: economic aid to Gaza's administration (Hamas-run; PSE/GOV). Israel's permission is an undated relative clause, not coded")],
      loc="Gaza"),
    R("AM", "2010-01-14", "AID",
      "A Chinese rescue team landed in Port-au-Prince on Thursday with sniffer dogs and medical supplies, joining "
      "the search for survivors two days after an earthquake flattened much of the Haitian capital.",
      [("CHN", "GOV", "HTI", "GOV", "073", "rescue team: humanitarian aid; the earthquake is not a political event")],
      loc="Port-au-Prince"),
    # ------------------------------------------------------------------ CONCEDE (4)
    R("AS", "1992-05-24", "CONCEDE",
      "Thai Prime Minister Suchinda Kraprayoon resigned on Sunday, days after troops opened fire on pro-democracy "
      "demonstrators in Bangkok, killing dozens of people.",
      [("THA", "GOV", "THA", "CVL", "0831", "resignation under protest pressure: 0831, protesters as implied target"),
       ("THA", "MIL", "THA", "CVL", "175", "dated background ('days after'): live fire on demonstrators", "Bangkok")]),
    R("AF", "1993-06-15", "CONCEDE",
      "Malawi's President Hastings Kamuzu Banda accepted defeat in a referendum on Tuesday and agreed to end "
      "nearly three decades of one-party rule, saying voters had spoken.",
      [("MWI", "GOV", "MWI", "CVL", "0834", "accepting the multiparty vote and ending one-party rule: accede to demands for change in institutions, target the voters")]),
    R("AM", "2015-09-02", "CONCEDE",
      "Guatemalan President Otto Perez Molina resigned late on Wednesday, hours after a judge ordered his arrest "
      "over a customs bribery scheme that had drawn months of protests.",
      [("GTM", "GOV", "GTM", "JUD", "0831", "resignation under pressure of the judicial case: 0831, target the court that pursued him"),
       ("GTM", "JUD", "GTM", "GOV", "1121", "dated background ('hours after'): arrest order on corruption charges: accuse of crime/corruption. The undated protests are background, not coded")]),
    R("EU", "1997-02-04", "CONCEDE",
      "Bulgaria's Socialists gave up their right to form a new government on Tuesday and agreed to early "
      "elections, after a month of street protests that had paralysed the capital.",
      [("BGR", "PTY", "BGR", "CVL", "0831", "giving up the mandate under protest pressure: 0831, protesters as target"),
       ("BGR", "PTY", "BGR", "CVL", "0834", "agreed to early elections: accede to demands for institutional change (the 08 reading of a conceded demand)"),
       ("BGR", "CVL", "BGR", "GOV", "141", "dated duration ('after a month of street protests'): demonstrations")]),
    # ------------------------------------------------------------------ RETREAT (5)
    R("ME", "2007-04-04", "RETREAT",
      "Iranian President Mahmoud Ahmadinejad announced on Wednesday that he was freeing the 15 British sailors and "
      "marines whom Revolutionary Guards had seized in the northern Gulf on March 23.",
      [("IRN", "GOV", "GBR", "MIL", "0841", "release of persons"),
       ("IRN", "MIL", "GBR", "MIL", "173", "dated background ('on March 23'): the Guards detained the British crew", "northern Gulf")]),
    R("AS", "1989-09-26", "RETREAT",
      "The last Vietnamese troops pulled out of Cambodia on Tuesday, Hanoi said, ending nearly 11 years of "
      "military occupation that began when its army drove the Khmer Rouge from Phnom Penh.",
      [("VNM", "MIL", "KHM", "GOV", "0874", "military withdrawal: retreat militarily; place Cambodia (the act plainly happens there)", "Cambodia")]),
    R("EU", "2016-05-25", "RETREAT",
      "Russia freed Ukrainian pilot Nadiya Savchenko on Wednesday in exchange for two Russian servicemen whom Kiev "
      "released the same day, ending a two-year captivity that had strained ties with the West.",
      [("RUS", "GOV", "UKR", "MIL", "0841", "release of a Ukrainian military pilot"),
       ("UKR", "GOV", "RUS", "MIL", "0841", "'whom Kiev released the same day': release of the Russian servicemen")]),
    R("AF", "2018-06-05", "RETREAT",
      "Ethiopia's parliament voted on Tuesday to lift a state of emergency two months early, a move the new prime "
      "minister, Abiy Ahmed, had sought to calm years of protests.",
      [("ETH", "LEG", N, N, "0814", "lifting a state of emergency: ease state of emergency; no target named")]),
    R("AM", "1994-01-12", "RETREAT",
      "President Carlos Salinas declared a unilateral ceasefire in Chiapas on Wednesday, 11 days after Zapatista "
      "rebels seized several towns in the southern Mexican state.",
      [("MEX", "GOV", "MEX", "REB", "0871", "unilateral ceasefire: declare truce"),
       ("MEX", "REB", "MEX", "GOV", "192", "dated background ('11 days after'): seizure of towns: occupy territory")],
      loc="Chiapas"),
    # ------------------------------------------------------------------ REQUEST (9)
    R("SA", "2017-09-21", "REQUEST",
      "Prime Minister Sheikh Hasina urged Myanmar at the United Nations in New York on Thursday to take back "
      "hundreds of thousands of Rohingya Muslims who have fled into Bangladesh.",
      [("BGD", "GOV", "MMR", "GOV", "1042", "appeal to take back refugees: request policy change")],
      loc="New York"),
    R("AF", "2011-03-10", "REQUEST",
      "Meeting in Addis Ababa, the African Union's Peace and Security Council called on Laurent Gbagbo on Thursday "
      "to hand power to Alassane Ouattara, the internationally recognised winner of November's election.",
      [("AFR", "IGO", "CIV", "GOV", "1041", "demand to hand over power: request leadership change")],
      loc="Addis Ababa"),
    R("ME", "2015-03-24", "REQUEST",
      "Yemen's President Abd-Rabbu Mansour Hadi asked the Gulf Cooperation Council on Tuesday to intervene "
      "militarily to halt the advance of the Houthi militia on the southern city of Aden.",
      [("YEM", "GOV", N, "IGO", "1032", "request for military intervention: request military aid; the GCC null/IGO. Houthi advance is purpose content, not coded")]),
    R("EU", "2010-04-23", "REQUEST",
      "Speaking on the remote island of Kastellorizo, Prime Minister George Papandreou said on Friday that Greece "
      "was formally asking the euro zone and the IMF to activate a rescue package.",
      [("GRC", "GOV", "EUR", "IGO", "1031", "request for economic aid to the euro zone (EUR/IGO)"),
       ("GRC", "GOV", N, "IGO", "1031", "compound object: the IMF, null/IGO")],
      loc="Kastellorizo"),
    R("AM", "1996-12-18", "REQUEST",
      "Tupac Amaru rebels who stormed the Japanese ambassador's residence in Lima late on Tuesday demanded on "
      "Wednesday the release of hundreds of their jailed comrades in exchange for their hostages.",
      [("PER", "REB", "PER", "GOV", "1053", "demand for release of prisoners"),
       ("PER", "REB", "JPN", "", "181", "dated background in the relative clause ('late on Tuesday'): storming the residence and taking hostages; the residence is Japanese premises", "Lima")],
      loc="Lima"),
    R("AS", "2010-09-19", "REQUEST",
      "Beijing demanded on Sunday that Tokyo immediately release the captain of a Chinese fishing boat whom the "
      "Japanese coast guard detained near disputed islands in the East China Sea on Sept. 8.",
      [("CHN", "GOV", "JPN", "GOV", "1053", "capitals for governments: demand for release"),
       ("JPN", "COP", "CHN", "CVL", "173", "dated background ('on Sept. 8'): the coast guard detained the Chinese captain", "East China Sea")],
      loc=None),
    R("PA", "2006-11-17", "REQUEST",
      "Tonga's Prime Minister Feleti Sevele asked Australia and New Zealand on Friday to send troops and police, "
      "a day after rioters burned much of the business district of Nuku'alofa.",
      [("TON", "GOV", "AUS", "GOV", "1034", "request for troops and police: request protection/peacekeeping"),
       ("TON", "GOV", "NZL", "GOV", "1034", "compound object: New Zealand"),
       ("TON", "CVL", "TON", "GOV", "145", "dated background ('a day after'): riot and arson", "Nuku'alofa")]),
    R("SA", "2007-11-07", "REQUEST",
      "President George W. Bush telephoned Pervez Musharraf on Wednesday and told him to hold elections as planned "
      "and to give up his post as army chief, days after Pakistan's leader suspended the constitution.",
      [("USA", "GOV", "PAK", "GOV", "041", "telephone call: discuss by telephone"),
       ("USA", "GOV", "PAK", "GOV", "104", "told him to hold elections and quit the army post: request political reform (104)"),
       ("PAK", "GOV", N, N, "1724", "dated background ('days after'): suspension of the constitution under emergency rule; no target")]),
    R("ME", "1980-09-28", "REQUEST",
      "The U.N. Security Council unanimously called on Iran and Iraq on Sunday to refrain from any further use of "
      "force and to settle their dispute by peaceful means.",
      [("UNO", "IGO", "IRN", "GOV", "1056", "call to stop the use of force: request de-escalation"),
       ("UNO", "IGO", "IRQ", "GOV", "1056", "compound object: Iraq")]),
    # ------------------------------------------------------------------ ACCUSE (8)
    R("EU", "1981-10-28", "ACCUSE",
      "Sweden summoned the Soviet ambassador on Wednesday to protest after a Soviet submarine was found aground "
      "inside a restricted military zone near the Karlskrona naval base.",
      [("SWE", "GOV", "RUS", "GOV", "114", "summoning an envoy to protest: 114 (news-dev); Soviet actors RUS. The grounding is agentless, not coded")]),
    R("AF", "2014-03-19", "ACCUSE",
      "South Africa's Public Protector, Thuli Madonsela, found on Wednesday that President Jacob Zuma had unduly "
      "benefited from state-funded upgrades to his private home at Nkandla.",
      [("ZAF", "JUD", "ZAF", "GOV", "1121", "ombudsman's finding of improper benefit: accuse of corruption; the Public Protector as a quasi-judicial body (JUD)")]),
    R("AS", "1983-11-04", "ACCUSE",
      "Burma accused North Korea on Friday of the Rangoon bombing that killed 17 South Korean officials last month, "
      "and broke off diplomatic relations with Pyongyang.",
      [("MMR", "GOV", "PRK", "GOV", "112", "accusation; the bombing is its content, not coded"),
       ("MMR", "GOV", "PRK", "GOV", "161", "breaking diplomatic relations")]),
    R("ME", "1981-06-19", "ACCUSE",
      "The U.N. Security Council unanimously condemned Israel on Friday for its June 7 air raid that destroyed "
      "Iraq's Osirak nuclear reactor near Baghdad.",
      [("UNO", "IGO", "ISR", "GOV", "111", "condemnation: criticize or denounce"),
       ("ISR", "MIL", "IRQ", "GOV", "195", "dated background ('June 7'), undisputed: air strike on the reactor", "Osirak")]),
    R("SA", "2011-04-25", "ACCUSE",
      "A U.N. panel said on Monday it had found credible allegations that Sri Lankan forces and Tamil Tiger rebels "
      "committed war crimes in the final months of the civil war.",
      [("UNO", "IGO", "LKA", "MIL", "1122", "finding of credible allegations of abuses: accuse of human rights abuses (war crimes content not coded)"),
       ("UNO", "IGO", "LKA", "REB", "1122", "compound object: the Tamil Tigers")]),
    R("AM", "1985-12-09", "ACCUSE",
      "An Argentine court found former junta leader Jorge Videla guilty on Monday of murder, torture and illegal "
      "detention during the military's so-called dirty war against leftist opponents.",
      [("ARG", "JUD", "ARG", "MIL", "116", "guilty verdict: find guilty; Videla, former army commander, MIL")]),
    R("PA", "1995-06-14", "ACCUSE",
      "New Zealand's Prime Minister Jim Bolger condemned France on Wednesday for deciding to resume nuclear "
      "testing in the South Pacific, calling the move an affront to the region.",
      [("NZL", "GOV", "FRA", "GOV", "111", "condemnation: criticize; the decision is its object, undated, not coded")]),
    R("EU", "2018-10-04", "ACCUSE",
      "The Dutch government accused Russia's GRU military intelligence agency on Thursday of trying to hack into "
      "the computers of the chemical weapons watchdog in The Hague.",
      [("NLD", "GOV", "RUS", "MIL", "1125", "accusation of espionage/hacking; the GRU as MIL; the hacking is content, not coded")]),
    # ------------------------------------------------------------------ REJECT (8)
    R("ME", "2019-06-14", "REJECT",
      "Iran on Friday rejected U.S. accusations that it was behind attacks on two oil tankers in the Gulf of Oman, "
      "calling them part of a campaign of economic warfare.",
      [("IRN", "GOV", "USA", "GOV", "12", "denial of an accusation (CAMEO 016, news-dev REJECT), coded 12 because the mapping has no 016; attacks are content")]),
    R("AS", "2014-12-20", "REJECT",
      "North Korea denied on Saturday that it had hacked Sony Pictures, and proposed a joint investigation with the "
      "United States, warning of serious consequences if Washington refused.",
      [("PRK", "GOV", "USA", "GOV", "12", "denial (016 -> 12)"),
       ("PRK", "GOV", "USA", "GOV", "030", "proposed a joint investigation: intent to cooperate"),
       ("PRK", "GOV", "USA", "GOV", "130", "warning of serious consequences: threaten (the condition is hypothetical, the warning is asserted)")]),
    R("AF", "2012-10-17", "REJECT",
      "Rwanda's Foreign Minister Louise Mushikiwabo dismissed as baseless a U.N. experts' report that accused "
      "Kigali of commanding the M23 rebellion in eastern Congo.",
      [("RWA", "GOV", "UNO", "IGO", "12", "denial of the report's accusation (016 -> 12); the undated report's accusation is background, not coded")]),
    R("EU", "2015-07-29", "REJECT",
      "Russia vetoed a U.N. Security Council resolution on Wednesday that would have set up an international "
      "tribunal to prosecute those responsible for downing Malaysia Airlines Flight MH17 over Ukraine.",
      [("RUS", "GOV", "UNO", "IGO", "129", "veto; the tribunal is hypothetical and the downing its content")]),
    R("AM", "1986-06-27", "REJECT",
      "Washington rejected a World Court ruling issued in The Hague on Friday that it had broken international law "
      "by arming the Contra rebels and mining Nicaragua's harbours.",
      [("USA", "GOV", N, "JUD", "128", "rejecting a court ruling: defy norms/law; the ICJ null/JUD"),
       (N, "JUD", "USA", "GOV", "116", "the ruling itself ('issued in The Hague on Friday'): found the U.S. in breach; the mining is content", "The Hague")]),
    R("SA", "2019-07-23", "REJECT",
      "India on Tuesday rejected Donald Trump's offer to mediate on Kashmir and denied his claim that Prime "
      "Minister Narendra Modi had asked him to do so.",
      [("IND", "GOV", "USA", "GOV", "126", "rejecting an offer of mediation: reject mediation"),
       ("IND", "GOV", "USA", "GOV", "12", "denial of Trump's claim (016 -> 12)")]),
    R("PA", "2021-05-24", "REJECT",
      "Samoa's caretaker leader Tuilaepa Sailele Malielegaoi refused to hand over power on Monday, hours after his "
      "rival Fiame Naomi Mata'afa was sworn in inside a tent outside the locked parliament in Apia.",
      [("WSM", "GOV", "WSM", "OPP", "1231", "refusing to hand over power: reject request for leadership change; target the winner. The swearing-in is not an interaction")],
      loc="Apia"),
    R("AF", "2006-09-01", "REJECT",
      "Sudan on Friday rejected a U.N. Security Council resolution passed a day earlier that would send more than "
      "17,000 peacekeepers to Darfur, saying it would treat them as invaders.",
      [("SDN", "GOV", "UNO", "IGO", "1245", "refusing the peacekeepers: refuse to allow international involvement"),
       ("SDN", "GOV", "UNO", "IGO", "130", "saying it would treat them as invaders: a warning of hostility")]),
    # ------------------------------------------------------------------ THREATEN (8)
    R("AM", "2019-05-30", "THREATEN",
      "President Donald Trump threatened on Thursday to impose a 5 percent tariff on all Mexican imports from "
      "June 10 unless Mexico stemmed the flow of migrants across the southern border.",
      [("USA", "GOV", "MEX", "GOV", "1312", "threat of tariffs: threaten sanctions; the conditional tariff is not coded")]),
    R("AS", "1994-03-19", "THREATEN",
      "A North Korean negotiator threatened on Saturday to turn Seoul into a sea of fire and then walked out of "
      "talks with South Korean officials in the border village of Panmunjom.",
      [("PRK", "GOV", "KOR", "GOV", "1384", "threat of conventional attack"),
       ("PRK", "GOV", "KOR", "GOV", "164", "walking out of talks: halt negotiations")],
      loc="Panmunjom"),
    R("ME", "1998-10-01", "THREATEN",
      "Turkish President Suleyman Demirel warned Syria on Thursday that Ankara's patience was running out over "
      "Damascus's support for Kurdish rebel leader Abdullah Ocalan.",
      [("TUR", "GOV", "SYR", "GOV", "130", "warning: threaten"),
       ("TUR", "GOV", "SYR", "GOV", "112", "the charge that Damascus supports Ocalan: accuse; the support itself is content")]),
    R("ME", "2003-09-11", "THREATEN",
      "Israel's security cabinet decided in principle on Thursday to remove Yasser Arafat, but did not say when "
      "or how the Palestinian leader would be expelled.",
      [("ISR", "GOV", "PSE", "GOV", "130", "decision in principle to 'remove' Arafat: a threat; the expulsion is unrealised and not coded")]),
    R("EU", "2021-11-11", "THREATEN",
      "Belarusian leader Alexander Lukashenko threatened on Thursday to cut off the transit of Russian gas to "
      "Europe if the European Union imposed new sanctions over the migrant crisis on the Polish border.",
      [("BLR", "GOV", "EUR", "IGO", "131", "threat of non-force coercion (cutting gas transit); the EU sanctions are hypothetical")]),
    R("AF", "2012-04-18", "THREATEN",
      "Sudan's President Omar al-Bashir vowed on Wednesday to teach South Sudan a final lesson by force, eight "
      "days after southern troops seized the disputed Heglig oilfield.",
      [("SDN", "GOV", "SSD", "GOV", "1384", "threat of conventional military force"),
       ("SSD", "MIL", "SDN", "GOV", "192", "dated background ('eight days after'): seizure of the oilfield: occupy territory", "Heglig")]),
    R("SA", "2002-05-22", "THREATEN",
      "Visiting troops in Kupwara, Prime Minister Atal Bihari Vajpayee warned Pakistan on Wednesday that the time "
      "had come for a decisive battle, eight days after militants killed 31 people at an army camp in Kaluchak.",
      [("IND", "GOV", "PAK", "GOV", "130", "warning of a decisive battle: threaten", "Kupwara"),
       (N, N, "IND", "MIL", "180", "dated background ('eight days after'): unnamed militants' attack on an army camp: null/null", "Kaluchak")]),
    R("PA", "2022-04-22", "THREATEN",
      "A senior U.S. delegation visiting Honiara warned Solomon Islands on Friday that Washington would respond "
      "accordingly if a new security pact led to a Chinese military presence.",
      [("USA", "GOV", "SLB", "GOV", "130", "warning of a response: threaten; the Chinese presence is hypothetical"),
       ("USA", "GOV", "SLB", "GOV", "042", "participle 'visiting Honiara': make a visit")],
      loc="Honiara"),
    # ------------------------------------------------------------------ PROTEST (8)
    R("EU", "1980-08-14", "PROTEST",
      "Workers at the Lenin Shipyard in Gdansk went on strike on Thursday, demanding the reinstatement of a crane "
      "operator who had been fired for her union activities.",
      [("POL", "LAB", "POL", "GOV", "143", "strike against the state employer (GOV); the demand is the strike's aim, not coded separately")],
      loc="Gdansk"),
    R("AF", "2018-12-19", "PROTEST",
      "Protesters angered by a tripling of bread prices set fire to the ruling party's offices in the northern "
      "Sudanese town of Atbara on Wednesday.",
      [("SDN", "CVL", "SDN", "PTY", "145", "arson of party offices: violent protest; the price rise is undated background")],
      loc="Atbara"),
    R("AS", "2003-07-01", "PROTEST",
      "Hundreds of thousands of people marched through Hong Kong on Tuesday against a proposed anti-subversion "
      "law, the biggest protest since the territory returned to Chinese rule.",
      [("HKG", "CVL", "HKG", "GOV", "141", "mass march: demonstrate, against the Hong Kong government")],
      loc="Hong Kong"),
    R("AS", "2008-07-01", "PROTEST",
      "Protesters who accused the ruling party of rigging Sunday's election set fire to its headquarters in Ulan "
      "Bator on Tuesday, prompting the president to declare a state of emergency.",
      [("MNG", "OPP", "MNG", "PTY", "145", "arson of the party headquarters: violent protest"),
       ("MNG", "GOV", "MNG", "OPP", "1724", "declaring a state of emergency; target the rioters"),
       ("MNG", "OPP", "MNG", "PTY", "112", "relative clause 'who accused the ruling party of rigging': accusation (the rigging is content)")],
      loc="Ulan Bator"),
    R("ME", "2019-10-17", "PROTEST",
      "Thousands of Lebanese took to the streets of Beirut on Thursday night and blocked roads with burning tyres, "
      "angered by a government plan to tax calls made over WhatsApp.",
      [("LBN", "CVL", "LBN", "GOV", "141", "street protest: demonstrate"),
       ("LBN", "CVL", "LBN", "GOV", "144", "road blocks: obstruct passage")],
      loc="Beirut"),
    R("SA", "2013-02-08", "PROTEST",
      "Tens of thousands of people filled Dhaka's Shahbag square on Friday, three days after a war crimes tribunal "
      "sentenced Islamist leader Abdul Quader Mollah to life in prison rather than death.",
      [("BGD", "CVL", "BGD", "GOV", "141", "mass rally: demonstrate"),
       ("BGD", "JUD", "BGD", "PTY", "173", "dated background ('three days after'): prison sentence (court verdicts 173); Mollah a Jamaat party leader", None)],
      loc="Dhaka"),
    R("AM", "2019-10-25", "PROTEST",
      "More than a million Chileans marched through Santiago on Friday in the biggest demonstration since the end "
      "of military rule, demanding that President Sebastian Pinera's government tackle inequality.",
      [("CHL", "CVL", "CHL", "GOV", "141", "mass march: demonstrate; the demand is its aim, not coded separately")],
      loc="Santiago"),
    R("PA", "1995-09-06", "PROTEST",
      "Rioters set fire to the terminal at Tahiti's Faa'a international airport on Wednesday in protest at the "
      "first French nuclear test at Mururoa atoll in more than three years.",
      [("PYF", "CVL", "FRA", "GOV", "145", "riot and arson against French rule; French Polynesia PYF; 'in protest at' is a purpose, the test not coded")],
      loc="Faa'a"),
    # ------------------------------------------------------------------ MOBILIZE (5)
    R("AM", "2008-03-02", "MOBILIZE",
      "Hugo Chavez ordered ten army battalions to the Colombian border on Sunday, a day after Colombian forces "
      "killed FARC commander Raul Reyes in a raid on a rebel camp inside Ecuador.",
      [("VEN", "GOV", "COL", "GOV", "154", "moving battalions to the border: mobilize armed forces; target the country faced", None),
       ("COL", "MIL", "COL", "REB", "190", "dated background ('a day after'): raid that killed a rebel commander: conventional military force", "Ecuador")]),
    R("SA", "2001-12-20", "MOBILIZE",
      "India said on Thursday it was moving troops and missiles towards its border with Pakistan, a week after "
      "gunmen attacked the parliament in New Delhi.",
      [("IND", "GOV", "PAK", "GOV", "154", "mobilize armed forces, target the country faced", None),
       (N, N, "IND", "LEG", "180", "dated background ('a week after'): unnamed gunmen's attack on parliament", "New Delhi")]),
    R("ME", "1998-09-01", "MOBILIZE",
      "Iran began war games involving 70,000 Revolutionary Guards along its border with Taliban-ruled Afghanistan "
      "on Tuesday, weeks after nine Iranian diplomats were killed in Mazar-i-Sharif.",
      [("IRN", "MIL", "AFG", "GOV", "154", "massing troops in exercises on the border: mobilize; the Taliban then ruled (AFG/GOV). The killing of the diplomats is an agentless passive, not coded")]),
    R("AF", "2020-06-20", "MOBILIZE",
      "Egyptian President Abdel Fattah al-Sisi told troops at an air base in Sidi Barrani on Saturday to be ready for "
      "missions abroad, warning that any advance on Sirte by Libya's Tripoli government would cross a red line.",
      [("EGY", "GOV", "LBY", "GOV", "152", "ordering readiness for missions abroad: increase military alert; target the Tripoli government"),
       ("EGY", "GOV", "LBY", "GOV", "138", "red-line warning: threaten with military force")],
      loc="Sidi Barrani"),
    R("PA", "1980-08-18", "MOBILIZE",
      "Papua New Guinean troops landed on Espiritu Santo on Monday to help Vanuatu's new government put down a "
      "secessionist revolt led by Jimmy Stevens.",
      [("PNG", "MIL", "VUT", "REB", "154", "deployment against the rebels (07/15 tolerated for deployments): mobilize; purpose not coded separately")],
      loc="Espiritu Santo"),
    # ------------------------------------------------------------------ SANCTION (6)
    R("AF", "2019-02-16", "SANCTION",
      "Kenya recalled its ambassador to Somalia on Saturday, accusing Mogadishu of auctioning oil and gas blocks in "
      "waters the two neighbours both claim.",
      [("KEN", "GOV", "SOM", "GOV", "161", "recalling one's own envoy: 161 (news-dev)"),
       ("KEN", "GOV", "SOM", "GOV", "112", "accusation; Mogadishu stands for the Somali government")]),
    R("PA", "2006-09-12", "SANCTION",
      "Solomon Islands expelled Australia's High Commissioner Patrick Cole on Tuesday, accusing him of meddling in "
      "the country's internal affairs.",
      [("SLB", "GOV", "AUS", "GOV", "161", "expelling a diplomat: 161"),
       ("SLB", "GOV", "AUS", "GOV", "112", "accusation of interference")]),
    R("EU", "2019-12-04", "SANCTION",
      "Germany expelled two Russian diplomats on Wednesday, saying Moscow had failed to cooperate with the "
      "investigation into the killing of a Georgian man in a Berlin park in August.",
      [("DEU", "GOV", "RUS", "GOV", "161", "expelling diplomats: 161"),
       ("DEU", "GOV", "RUS", "GOV", "112", "blaming Moscow for failing to cooperate: accuse. The killing has no agent in the sentence and is not coded")]),
    R("AS", "2006-09-28", "SANCTION",
      "The United States suspended $24 million in military aid to Thailand on Thursday, nine days after the army "
      "overthrew Prime Minister Thaksin Shinawatra in a bloodless coup.",
      [("USA", "GOV", "THA", "GOV", "1622", "suspending military aid: reduce military aid; Thailand named as a country, GOV"),
       ("THA", "MIL", "THA", "GOV", "17", "dated background ('nine days after'): coup, root 17")]),
    R("SA", "2025-04-23", "SANCTION",
      "India put the Indus Waters Treaty on hold on Wednesday and expelled Pakistani military advisers, a day after "
      "gunmen killed 26 people, most of them tourists, near Pahalgam in Kashmir.",
      [("IND", "GOV", "PAK", "GOV", "16", "suspending a treaty: reduce relations (root 16)"),
       ("IND", "GOV", "PAK", "MIL", "161", "expelling the military advisers at the High Commission: 161"),
       (N, N, "IND", "CVL", "180", "dated background ('a day after'): unnamed gunmen's killings; Indian-administered Kashmir IND", "Pahalgam")]),
    R("ME", "2009-01-16", "SANCTION",
      "Qatar and Mauritania suspended their ties with Israel on Friday at an emergency Arab summit in Doha over the "
      "Israeli offensive in the Gaza Strip.",
      [("QAT", "GOV", "ISR", "GOV", "161", "suspending relations: 161"),
       ("MRT", "GOV", "ISR", "GOV", "161", "compound subject: Mauritania. The offensive is the undated reason, not coded")],
      loc="Doha"),
    # ------------------------------------------------------------------ COERCE (7)
    R("AF", "2009-12-23", "COERCE",
      "The U.N. Security Council imposed an arms embargo and travel bans on Eritrea on Wednesday for arming "
      "Islamist insurgents in Somalia, a charge the government in Asmara has always denied.",
      [("UNO", "IGO", "ERI", "GOV", "163", "arms embargo and travel bans: embargo 163 (COERCE in the mapping)"),
       ("ERI", "GOV", "UNO", "IGO", "12", "stated denial of the charge (016 -> 12); 'has always denied' takes the record's month/day"),
       ("UNO", "IGO", "ERI", "GOV", "112", "the sanction's stated reason is a charge: accuse; the arming is content")]),
    R("AS", "2021-01-12", "COERCE",
      "Malaysia's king declared a nationwide state of emergency on Tuesday to fight the coronavirus, suspending "
      "parliament until August and shielding Prime Minister Muhyiddin Yassin from a vote.",
      [("MYS", "GOV", N, N, "1724", "state of emergency, no target"),
       ("MYS", "GOV", "MYS", "LEG", "1724", "participle 'suspending parliament': suspending a legislature by decree 1724")]),
    R("AS", "2017-09-03", "COERCE",
      "Cambodian police arrested opposition leader Kem Sokha at his home in Phnom Penh early on Sunday and charged "
      "him with treason, accusing him of plotting with the United States.",
      [("KHM", "COP", "KHM", "OPP", "173", "arrest"),
       ("KHM", "GOV", "KHM", "OPP", "112", "charge of treason: accuse (the authorities, GOV); the U.S. plot is the charge's content, not coded"),
      ],
      loc="Phnom Penh"),
    R("ME", "2017-10-16", "COERCE",
      "Iraqi troops seized the oil city of Kirkuk from Kurdish forces on Monday, three weeks after the Kurdish "
      "region voted overwhelmingly for independence in a referendum Baghdad had called illegal.",
      [("IRQ", "MIL", "IRQ", "MIL", "192", "seizing a city from the Peshmerga (Kurdish regional forces, IRQ/MIL): occupy territory. The referendum is not an interaction and Baghdad's undated ruling is background")],
      loc="Kirkuk"),
    R("SA", "2005-02-01", "COERCE",
      "King Gyanendra dismissed Nepal's government and declared a state of emergency on Tuesday, saying the "
      "politicians had failed to end the Maoist insurgency.",
      [("NPL", "GOV", "NPL", "GOV", "172", "dismissing the government: 172 (impose administrative sanctions)"),
       ("NPL", "GOV", N, N, "1724", "state of emergency, no target"),
       ("NPL", "GOV", "NPL", "GOV", "112", "blaming the politicians for failing: accuse")]),
    R("AM", "1992-04-05", "COERCE",
      "Peru's President Alberto Fujimori suspended the constitution and dissolved Congress on Sunday night, as "
      "troops and tanks surrounded the legislature in Lima.",
      [("PER", "GOV", N, N, "1724", "suspension of the constitution: emergency rule"),
       ("PER", "GOV", "PER", "LEG", "1724", "dissolving Congress by decree: 1724"),
       ("PER", "MIL", "PER", "LEG", "191", "surrounding a building: 191 (blockade)", "Lima")]),
    R("PA", "2000-06-05", "COERCE",
      "Malaitan militiamen seized the police armoury in Honiara on Monday and placed Prime Minister Bartholomew "
      "Ulufa'alu under house arrest, demanding his resignation.",
      [("SLB", "REB", "SLB", "COP", "1711", "seizing the armoury: seize property"),
       ("SLB", "REB", "SLB", "GOV", "173", "house arrest: detain"),
       ("SLB", "REB", "SLB", "GOV", "1041", "demanding resignation: request leadership change")],
      loc="Honiara"),
    # ------------------------------------------------------------------ ASSAULT (10)
    R("EU", "1981-02-23", "ASSAULT",
      "Civil Guards led by Lieutenant Colonel Antonio Tejero burst into Spain's parliament in Madrid on Monday, "
      "firing shots into the ceiling and holding the deputies hostage in a coup attempt.",
      [("ESP", "COP", "ESP", "LEG", "181", "taking deputies hostage: abduct/hostage; Civil Guard as COP"),
       ("ESP", "COP", "ESP", "GOV", "17", "coup attempt: root 17")],
      loc="Madrid"),
    R("AF", "1998-09-22", "ASSAULT",
      "South African troops fought mutinous soldiers in Maseru on Tuesday after crossing into Lesotho at the request "
      "of Prime Minister Pakalitha Mosisili.",
      [("ZAF", "MIL", "LSO", "MIL", "190", "fighting: conventional military force", "Maseru"),
       ("ZAF", "MIL", "LSO", "GOV", "074", "crossing in at the government's request: military protection (07/15 tolerated); the request is undated background", "Lesotho")]),
    R("AF", "1998-06-05", "ASSAULT",
      "Eritrean warplanes bombed the northern Ethiopian town of Mekele on Friday, hours after Ethiopian jets struck "
      "the airport in the Eritrean capital, Asmara.",
      [("ERI", "MIL", "ETH", "GOV", "195", "air strike", "Mekele"),
       ("ETH", "MIL", "ERI", "GOV", "195", "dated background ('hours after'): air strike", "Asmara")]),
    R("ME", "2019-10-01", "ASSAULT",
      "Iraqi police fired tear gas and live rounds at protesters in Baghdad's Tahrir Square on Tuesday as thousands "
      "rallied against corruption, unemployment and poor public services.",
      [("IRQ", "COP", "IRQ", "CVL", "175", "tear gas and live fire on a crowd: 175"),
       ("IRQ", "CVL", "IRQ", "GOV", "141", "rally: demonstrate")],
      loc="Baghdad"),
    R("AS", "1979-02-17", "ASSAULT",
      "Chinese troops poured across the border into Vietnam on Saturday in what Beijing called a limited "
      "counterattack to punish Hanoi for its invasion of Cambodia.",
      [("CHN", "MIL", "VNM", "GOV", "190", "invasion: conventional military force; place Vietnam (the act plainly happens there). The undated invasion of Cambodia is content of Beijing's reason", "Vietnam")]),
    R("AS", "2015-01-25", "ASSAULT",
      "Muslim rebels killed 44 members of an elite Philippine police unit in clashes in Mamasapano on Sunday during "
      "a raid to capture a Malaysian bomb maker.",
      [("PHL", "REB", "PHL", "COP", "190", "armed clash and killing of police commandos: fight; the police are not named as doers, so no reverse")],
      loc="Mamasapano"),
    R("SA", "2011-09-20", "ASSAULT",
      "A suicide bomber posing as a Taliban peace envoy killed former Afghan President Burhanuddin Rabbani, head of "
      "the government's peace council, at his home in Kabul on Tuesday.",
      [(N, N, "AFG", "GOV", "186", "assassination by an unnamed bomber: null/null ('posing as' a Taliban envoy says nothing of his sender)")],
      loc="Kabul"),
    R("AM", "1989-11-16", "ASSAULT",
      "Salvadoran soldiers killed six Jesuit priests, their housekeeper and her teenage daughter at the Central "
      "American University in San Salvador before dawn on Thursday.",
      [("SLV", "MIL", "SLV", "REL", "180", "killing of priests and civilians: unconventional violence; first-named victims REL")],
      loc="San Salvador"),
    R("AM", "1985-11-06", "ASSAULT",
      "M-19 guerrillas stormed the Palace of Justice in Bogota on Wednesday and took hundreds of people hostage, "
      "among them most of the justices of the Supreme Court.",
      [("COL", "REB", "COL", "JUD", "181", "storming and hostage-taking: abduct/take hostage")],
      loc="Bogota"),
    R("PA", "2018-12-02", "ASSAULT",
      "Separatist rebels killed at least 16 construction workers building a road in the Nduga district of "
      "Indonesia's Papua province on Sunday, police said.",
      [("IDN", "REB", "IDN", "CVL", "180", "killing of road workers by West Papuan rebels: unconventional violence")],
      loc="Nduga"),
    # ------------------------------------------------------------------ NONE (10)
    NONE("SA", "2015-04-25",
         "A magnitude 7.8 earthquake struck central Nepal on Saturday, toppling centuries-old temples in Kathmandu "
         "and triggering avalanches on Mount Everest.",
         "natural disaster; no political actor or act"),
    NONE("PA", "2022-01-15",
         "An undersea volcano erupted near Tonga on Saturday, sending tsunami waves across the Pacific and cutting the "
         "kingdom's only undersea internet cable.",
         "natural disaster; 'cutting' the cable has no political agent"),
    NONE("AM", "2018-06-28",
         "Opinion polls show leftist Andres Manuel Lopez Obrador holding a lead of more than 20 points ahead of "
         "Sunday's presidential election in Mexico.",
         "a poll and a forecast; the election is future"),
    NONE("EU", "2004-07-04",
         "Greece won the European football championship in Lisbon on Sunday, beating hosts Portugal 1-0 with a "
         "header from Angelos Charisteas.",
         "a football final; 'beating' is sport, not an event"),
    NONE("ME", "2003-12-26",
         "A powerful earthquake destroyed much of the ancient Iranian city of Bam before dawn on Friday, killing "
         "tens of thousands of people as they slept.",
         "natural disaster"),
    NONE("AF", "2023-02-27",
         "Nigeria's electoral commission is expected to finish announcing results by Tuesday, and analysts say a "
         "runoff between the leading candidates cannot be ruled out.",
         "speculation about results and a possible runoff; the announcement of results is not coded"),
    NONE("SA", "2008-03-24",
         "Voting in Bhutan's first parliamentary election passed off peacefully on Monday, with no violence or "
         "serious irregularities reported at any of the polling stations.",
         "a negated incident and a quiet vote"),
    NONE("AS", "2014-04-16",
         "A ferry carrying more than 470 people, most of them high school students on a field trip, capsized off "
         "South Korea's southwest coast on Wednesday.",
         "an accident report"),
    NONE("EU", "2014-09-17",
         "With a day to go before Scotland votes on independence, the latest polls suggest the referendum is too "
         "close to call, and neither camp can be sure of victory.",
         "speculation and a future vote"),
    NONE("AM", "1998-10-30",
         "Hurricane Mitch dumped torrential rain across Honduras and Nicaragua on Friday, unleashing floods and "
         "mudslides that buried whole villages.",
         "natural disaster"),
]

if __name__ == "__main__":
    build(HERE, "sents31", "te", 31, ENTRIES, C2P)
