#!/usr/bin/env python3
"""Build records.jsonl for sents33: a blind sentence set in the PLOVER gold-standard record format.

Written blind to dateline (see README.md). Run `python3 build.py` in this folder; it rewrites
records.jsonl. Python 3 standard library only; uses ../sents6/buildlib.py for the entry
constructors, the fixed half-by-half order (seed 33) and the writing of the records.

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
    "040": "CONSULT", "042": "CONSULT", "043": "CONSULT", "044": "CONSULT", "045": "CONSULT", "046": "CONSULT",
    "051": "SUPPORT", "054": "SUPPORT", "055": "SUPPORT", "057": "SUPPORT",
    "063": "COOPERATE",
    "073": "AID", "074": "AID", "075": "AID",
    "0812": "CONCEDE", "0831": "CONCEDE", "0832": "CONCEDE", "0833": "CONCEDE",
    "0841": "RETREAT", "0842": "RETREAT", "0874": "RETREAT",
    "101": "REQUEST", "1033": "REQUEST", "1041": "REQUEST", "1053": "REQUEST", "1055": "REQUEST",
    "111": "ACCUSE", "112": "ACCUSE", "114": "ACCUSE", "115": "ACCUSE", "116": "ACCUSE",
    "12": "REJECT", "120": "REJECT", "126": "REJECT", "127": "REJECT", "128": "REJECT", "129": "REJECT",
    "130": "THREATEN", "1312": "THREATEN", "138": "THREATEN", "139": "THREATEN",
    "141": "PROTEST", "142": "PROTEST", "143": "PROTEST", "145": "PROTEST",
    "150": "MOBILIZE", "152": "MOBILIZE", "153": "MOBILIZE", "154": "MOBILIZE",
    "16": "SANCTION", "161": "SANCTION", "164": "SANCTION",
    "163": "COERCE", "17": "COERCE", "172": "COERCE", "173": "COERCE", "1723": "COERCE", "1724": "COERCE",
    "191": "COERCE",
    "175": "ASSAULT", "180": "ASSAULT", "181": "ASSAULT", "183": "ASSAULT", "1831": "ASSAULT",
    "186": "ASSAULT", "190": "ASSAULT", "195": "ASSAULT",
}

ENTRIES = [
    # ------------------------------------------------------------------ AGREE (8)
    R("AF", "2019-07-05", "AGREE",
      "Sudan's ruling military council and the main opposition coalition agreed early on Friday to share power "
      "during a transition of just over three years, in a deal brokered by African Union envoys.",
      [("SDN", "MIL", "SDN", "OPP", "030", "Transitional Military Council -> Forces of Freedom and Change: agreed to share power"),
       ("SDN", "OPP", "SDN", "MIL", "030", "the coalition named as co-doer: reverse"),
       ("AFR", "IGO", "SDN", "MIL", "045", "'brokered by African Union ... envoys': mediation, first party; AU as AFR/IGO"),
       ("AFR", "IGO", "SDN", "OPP", "045", "AU mediation, second party")]),
    R("EU", "1999-06-03", "AGREE",
      "Yugoslav President Slobodan Milosevic on Thursday accepted a peace plan for Kosovo that Finnish President "
      "Martti Ahtisaari and Russian envoy Viktor Chernomyrdin had brought to Belgrade a day earlier.",
      [("SRB", "GOV", "FIN", "GOV", "030", "acceptance of a plan, target the proposers (first: Ahtisaari); Yugoslavia under Milosevic SRB", None),
       ("SRB", "GOV", "RUS", "GOV", "030", "acceptance, second proposer Chernomyrdin", None),
       ("FIN", "GOV", "SRB", "GOV", "042", "dated background in a relative clause ('a day earlier'): Ahtisaari's visit to Belgrade", "Belgrade"),
       ("RUS", "GOV", "SRB", "GOV", "042", "Chernomyrdin's visit, compound subject", "Belgrade")]),
    R("AM", "2022-11-26", "AGREE",
      "Venezuela's government and the opposition Unitary Platform agreed in Mexico City on Saturday to ask the "
      "United Nations to manage frozen state funds for health, education and power projects.",
      [("VEN", "GOV", "VEN", "OPP", "030", "government -> Unitary Platform: agreement; the request to the UN is future content"),
       ("VEN", "OPP", "VEN", "GOV", "030", "opposition named as co-doer: reverse")],
      loc="Mexico City"),
    R("PA", "1988-06-26", "AGREE",
      "Kanak independence leader Jean-Marie Tjibaou and New Caledonia's anti-independence chief Jacques Lafleur "
      "agreed in Paris on Sunday to a peace plan drawn up by Prime Minister Michel Rocard, deferring a vote on "
      "independence for ten years.",
      [("NCL", "OPP", "NCL", "PTY", "030", "Tjibaou (FLNKS) -> Lafleur (RPCR): agreement (Matignon accords)"),
       ("NCL", "PTY", "NCL", "OPP", "030", "Lafleur named as co-doer: reverse; Rocard's plan is only the object, not coded")],
      loc="Paris"),
    R("SA", "2009-02-16", "AGREE",
      "The government of Pakistan's North-West Frontier Province agreed on Monday to enforce Islamic law in the "
      "Swat valley, under a deal with a pro-Taliban cleric, Sufi Mohammad, aimed at ending a militant insurgency.",
      [("PAK", "GOV", "PAK", "RAD", "030", "provincial government -> the cleric Sufi Mohammad (TNSM): agreement; the aim is a purpose, not coded; Swat is where the law is to apply, not where they agreed")]),
    R("ME", "1989-10-22", "AGREE",
      "Lebanese members of parliament meeting in the Saudi resort of Taif agreed on Sunday to a charter of "
      "national reconciliation drawn up by an Arab League committee, after more than three weeks of talks.",
      [("LBN", "LEG", N, "IGO", "030", "the deputies accepted the Arab League committee's charter: agreement, target the proposer; Arab League null/IGO as news-dev; the talks are a restatement, not coded")],
      loc="Taif"),
    R("AS", "2005-07-17", "AGREE",
      "Indonesia and Free Aceh Movement rebels agreed in Helsinki on Sunday on a peace deal to end nearly three "
      "decades of fighting in Aceh, negotiators for both sides said.",
      [("IDN", "GOV", "IDN", "REB", "030", "Indonesia -> GAM: agreement"),
       ("IDN", "REB", "IDN", "GOV", "030", "GAM named as co-doer: reverse")],
      loc="Helsinki"),
    R("ME", "2013-07-09", "AGREE",
      "Saudi Arabia and the United Arab Emirates pledged a combined $8 billion in grants, loans and fuel to Egypt "
      "on Tuesday, six days after the army removed President Mohamed Morsi.",
      [("SAU", "GOV", "EGY", "GOV", "0331", "pledge of economic aid: intent to provide economic aid"),
       ("ARE", "GOV", "EGY", "GOV", "0331", "UAE pledge, compound subject"),
       ("EGY", "MIL", "EGY", "GOV", "17", "dated background ('six days after', 3 July): the army removed Morsi, a coup, root 17")]),
    # ------------------------------------------------------------------ CONSULT (7)
    R("AF", "1995-05-06", "CONSULT",
      "Angolan President Jose Eduardo dos Santos and UNITA rebel leader Jonas Savimbi met in the Zambian capital, "
      "Lusaka, on Saturday, their first face-to-face talks since the collapse of a 1992 peace deal.",
      [("AGO", "GOV", "AGO", "REB", "044", "dos Santos and Savimbi both subjects of 'met': meeting at a third location"),
       ("AGO", "REB", "AGO", "GOV", "044", "Savimbi named as co-doer: reverse; the collapse is agentless, not coded; Lusaka a place, not an actor")],
      loc="Lusaka"),
    R("ME", "2007-11-06", "CONSULT",
      "King Abdullah on Tuesday became the first Saudi monarch to meet a pope, holding talks with Benedict XVI at "
      "the Vatican that touched on the plight of Christians in the Middle East.",
      [("SAU", "GOV", "VAT", "REL", "042", "the king's visit to the Vatican and talks with the pope: one event, make a visit; the Holy See VAT, the pope REL")],
      loc="Vatican"),
    R("AS", "2005-04-29", "CONSULT",
      "Taiwan's opposition leader Lien Chan met Chinese President Hu Jintao in Beijing on Friday, in the first "
      "talks between the heads of the Nationalist and Communist parties since the civil war ended in 1949.",
      [("TWN", "OPP", "CHN", "GOV", "042", "Lien (KMT chairman, opposition) met Hu in Beijing: a visit; 'A met B' is one event; Beijing a place here")],
      loc="Beijing"),
    R("SA", "2014-11-14", "CONSULT",
      "Afghan President Ashraf Ghani arrived in Islamabad on Friday on his first official visit to Pakistan and "
      "held talks with Prime Minister Nawaz Sharif and the army chief, General Raheel Sharif.",
      [("AFG", "GOV", "PAK", "GOV", "042", "Ghani's visit to Pakistan"),
       ("AFG", "GOV", "PAK", "GOV", "040", "talks with Nawaz Sharif, first member of the compound object"),
       ("AFG", "GOV", "PAK", "MIL", "040", "talks with the army chief, second member")],
      loc="Islamabad"),
    R("EU", "1989-02-06", "CONSULT",
      "Poland's communist authorities and the outlawed Solidarity trade union opened round-table talks in Warsaw "
      "on Monday, with Interior Minister Czeslaw Kiszczak and Lech Walesa facing each other across the table.",
      [("POL", "GOV", "POL", "OPP", "046", "authorities -> Solidarity: negotiations"),
       ("POL", "OPP", "POL", "GOV", "046", "Solidarity named as co-doer: reverse; 'outlawed' is a standing state, not coded")],
      loc="Warsaw"),
    R("AM", "2017-02-07", "CONSULT",
      "Colombia's government and the National Liberation Army, the country's last active guerrilla group, formally "
      "opened peace talks in Quito on Tuesday, with Ecuador acting as host.",
      [("COL", "GOV", "COL", "REB", "046", "government -> ELN: negotiations"),
       ("COL", "REB", "COL", "GOV", "046", "ELN named as co-doer: reverse"),
       ("ECU", "GOV", "COL", "GOV", "043", "Ecuador hosting the talks, first guest"),
       ("ECU", "GOV", "COL", "REB", "043", "hosting, second guest")],
      loc="Quito"),
    R("PA", "2014-07-10", "CONSULT",
      "Japanese Prime Minister Shinzo Abe arrived in Port Moresby on Thursday for talks with Peter O'Neill, the "
      "first visit to Papua New Guinea by a Japanese prime minister in 29 years.",
      [("JPN", "GOV", "PNG", "GOV", "042", "Abe's visit; the talks are its purpose, one event")],
      loc="Port Moresby"),
    # ------------------------------------------------------------------ SUPPORT (8)
    R("AS", "2010-08-10", "SUPPORT",
      "Japanese Prime Minister Naoto Kan offered South Korea a fresh apology on Tuesday for the suffering caused by "
      "Japan's colonial rule, weeks before the centenary of the 1910 annexation.",
      [("JPN", "GOV", "KOR", "GOV", "055", "apology; the 1910 annexation is outside the period and an event noun, not coded")]),
    R("AF", "2003-08-18", "SUPPORT",
      "Liberia's government and the two rebel movements, LURD and MODEL, signed a peace agreement in Accra on "
      "Monday, raising hopes of an end to 14 years of intermittent civil war.",
      [("LBR", "GOV", "LBR", "REB", "057", "signing, government -> LURD"),
       ("LBR", "GOV", "LBR", "REB", "057", "signing, government -> MODEL (compound)"),
       ("LBR", "REB", "LBR", "GOV", "057", "LURD named as co-doer"),
       ("LBR", "REB", "LBR", "GOV", "057", "MODEL named as co-doer")],
      loc="Accra"),
    R("ME", "1994-11-10", "SUPPORT",
      "Saddam Hussein signed a decree on Thursday recognising Kuwait's sovereignty and borders, with Russian "
      "Foreign Minister Andrei Kozyrev looking on at the ceremony in Baghdad.",
      [("IRQ", "GOV", "KWT", "GOV", "054", "recognition of Kuwait's sovereignty by decree; the signing is of a unilateral decree, so one event, 054; Kozyrev's presence not coded")],
      loc="Baghdad"),
    R("EU", "1997-06-27", "SUPPORT",
      "Tajik President Emomali Rakhmonov and opposition leader Said Abdullo Nuri signed a peace accord in Moscow "
      "on Friday, formally ending a five-year civil war, as Boris Yeltsin looked on.",
      [("TJK", "GOV", "TJK", "OPP", "057", "signing, Rakhmonov -> Nuri (United Tajik Opposition)"),
       ("TJK", "OPP", "TJK", "GOV", "057", "signing, Nuri named as co-doer; Yeltsin looking on not coded")],
      loc="Moscow"),
    R("EU", "1994-08-01", "SUPPORT",
      "German President Roman Herzog asked Poles on Monday to forgive Germany for the suffering it inflicted "
      "during the 1944 Warsaw Uprising, speaking at a ceremony in the Polish capital.",
      [("DEU", "GOV", "POL", "", "055", "asking forgiveness: apology (not a REQUEST); the Poles as the country as a whole; 'the Polish capital' is a place, not an actor; 1944 outside the period")],
      loc="Warsaw"),
    R("AM", "2007-06-06", "SUPPORT",
      "Costa Rica switched diplomatic recognition from Taiwan to China on Wednesday, President Oscar Arias "
      "announced, dealing a blow to Taipei's efforts to hold on to its allies in Central America.",
      [("CRI", "GOV", "CHN", "GOV", "054", "recognition of the People's Republic"),
       ("CRI", "GOV", "TWN", "GOV", "161", "breaking relations with Taiwan: 161; Taipei is an actor in 'Taipei's efforts', no event")]),
    R("PA", "2018-03-06", "SUPPORT",
      "Australia and East Timor signed a treaty at the United Nations in New York on Tuesday setting their first "
      "permanent maritime border, ending a long dispute over oil and gas fields in the Timor Sea.",
      [("AUS", "GOV", "TLS", "GOV", "057", "signing, Australia -> East Timor"),
       ("TLS", "GOV", "AUS", "GOV", "057", "signing, East Timor named as co-doer")],
      loc="New York"),
    R("SA", "1996-12-12", "SUPPORT",
      "Indian Prime Minister H.D. Deve Gowda and his Bangladeshi counterpart Sheikh Hasina signed a 30-year treaty "
      "in New Delhi on Thursday on sharing the waters of the Ganges.",
      [("IND", "GOV", "BGD", "GOV", "057", "signing, Deve Gowda -> Hasina"),
       ("BGD", "GOV", "IND", "GOV", "057", "signing, Hasina named as co-doer")],
      loc="New Delhi"),
    # ------------------------------------------------------------------ COOPERATE (5)
    R("AM", "2007-01-19", "COOPERATE",
      "Mexico extradited Gulf cartel leader Osiel Cardenas and 14 other drug suspects to the United States on "
      "Friday, in an unprecedented handover that U.S. officials praised.",
      [("MEX", "GOV", "USA", "GOV", "063", "extradition: judicial cooperation"),
       ("USA", "GOV", "MEX", "GOV", "051", "U.S. officials praised the handover (relative clause, same day): praise")]),
    R("AM", "1983-02-04", "COOPERATE",
      "Bolivia handed over former Gestapo officer Klaus Barbie to France on Friday, flying him to French Guiana to "
      "face charges of crimes against humanity committed in wartime Lyon.",
      [("BOL", "GOV", "FRA", "GOV", "063", "expulsion of a wanted man to France: judicial cooperation; the wartime crimes are outside the period and content of charges")]),
    R("AF", "1994-08-14", "COOPERATE",
      "Sudan handed over the Venezuelan-born guerrilla Ilich Ramirez Sanchez, known as Carlos the Jackal, to French "
      "agents in Khartoum on Sunday, and he was flown to Paris to face murder charges.",
      [("SDN", "GOV", "FRA", "SPY", "063", "handover to French agents (DST): judicial cooperation; 'was flown' is an agentless passive, not coded")],
      loc="Khartoum"),
    R("AS", "2010-11-16", "COOPERATE",
      "Thailand extradited suspected Russian arms dealer Viktor Bout to the United States on Tuesday, and Moscow "
      "called the extradition illegal.",
      [("THA", "GOV", "USA", "GOV", "063", "extradition: judicial cooperation"),
       ("RUS", "GOV", "THA", "GOV", "111", "Moscow (capital for the government) called it illegal: criticise/denounce")]),
    R("SA", "2005-11-11", "COOPERATE",
      "Portugal extradited Abu Salem, an Indian gangster wanted for the 1993 Bombay bombings, to India on Friday "
      "along with his actress girlfriend Monica Bedi.",
      [("PRT", "GOV", "IND", "GOV", "063", "extradition: judicial cooperation; the 1993 bombings are an agentless noun, not coded")]),
    # ------------------------------------------------------------------ AID (6)
    R("PA", "2006-11-18", "AID",
      "Australian and New Zealand troops and police flew into Nuku'alofa on Saturday at the request of Tonga's "
      "government, two days after rioters burned much of the capital's business district.",
      [("AUS", "MIL", "TON", "GOV", "074", "deployment at the government's request: military protection (07/15 tolerated); the undated request not coded"),
       ("NZL", "MIL", "TON", "GOV", "074", "New Zealand's deployment, compound subject"),
       ("TON", "CVL", "TON", "GOV", "145", "dated background ('two days after', 16 November): riot and arson; 'the capital' with Nuku'alofa in the clause")],
      loc="Nuku'alofa"),
    R("AM", "1994-10-13", "AID",
      "Panama granted asylum on Thursday to Haiti's ousted military leader, Lieutenant General Raoul Cedras, who "
      "flew out of Port-au-Prince with his family hours earlier.",
      [("PAN", "GOV", "HTI", "MIL", "075", "grant of asylum; Cedras's departure is no act between actors, not coded")]),
    R("AF", "2021-07-09", "AID",
      "Rwanda began deploying 1,000 soldiers and police to Mozambique's Cabo Delgado province on Friday to help the "
      "government fight an Islamist insurgency that has displaced hundreds of thousands.",
      [("RWA", "GOV", "MOZ", "GOV", "074", "deployment to help a government: military protection (07/15 tolerated); the purpose and the insurgency's displacement not coded")],
      loc="Cabo Delgado"),
    R("ME", "1991-04-07", "AID",
      "U.S. Air Force planes dropped food, blankets and tents to Kurdish refugees massed on Iraq's mountainous "
      "border with Turkey on Sunday, the first airdrops of a Western relief operation.",
      [("USA", "MIL", "IRQ", "REF", "073", "airdrop of relief: humanitarian aid; the refugees are Iraqi Kurds, REF")]),
    R("SA", "1988-11-03", "AID",
      "Indian paratroopers landed in the Maldives on Thursday at the request of President Maumoon Abdul Gayoom, "
      "hours after mercenaries from a Sri Lankan Tamil group stormed Male in an attempt to overthrow him.",
      [("IND", "MIL", "MDV", "GOV", "074", "deployment at the president's request: military protection (07/15 tolerated)", "Maldives"),
       ("LKA", "REB", "MDV", "GOV", "180", "dated background ('hours after'): the PLOTE mercenaries' armed raid on the capital; the overthrow is a purpose, not coded", "Male")]),
    R("EU", "1992-07-03", "AID",
      "United Nations relief flights began landing at Sarajevo airport on Friday, bringing food and medicine to the "
      "besieged Bosnian capital under a deal that put the airport under UN control.",
      [("UNO", "IGO", "BIH", "CVL", "073", "UN airlift of food and medicine: humanitarian aid; the undated deal not coded; 'the Bosnian capital' is a place")],
      loc="Sarajevo"),
    # ------------------------------------------------------------------ CONCEDE (7)
    R("AF", "2019-04-02", "CONCEDE",
      "Algeria's ailing President Abdelaziz Bouteflika resigned on Tuesday, hours after the army chief, Lieutenant "
      "General Ahmed Gaid Salah, demanded that he be removed from office immediately.",
      [("DZA", "GOV", "DZA", "MIL", "0831", "resignation under pressure, target the pressing party (the army chief)"),
       ("DZA", "MIL", "DZA", "GOV", "1041", "dated background ('hours after'): demand for a change in leadership")]),
    R("AS", "1987-06-29", "CONCEDE",
      "Roh Tae-woo, chairman of South Korea's ruling party, bowed to the opposition on Monday, proposing direct "
      "presidential elections and the restoration of civil rights to dissident leader Kim Dae-jung.",
      [("KOR", "PTY", "KOR", "OPP", "0833", "yielding to demands for institutional change (direct elections); one concession with two parts")]),
    R("ME", "2017-09-26", "CONCEDE",
      "King Salman decreed on Tuesday that women in Saudi Arabia will be allowed to drive, ending a ban that "
      "activists had campaigned against for decades.",
      [("SAU", "GOV", "SAU", "CVL", "0832", "easing a ban on women: accede to demands for rights; the undated campaign not coded")]),
    R("EU", "1989-11-29", "CONCEDE",
      "Czechoslovakia's parliament voted on Wednesday to end the Communist Party's constitutional monopoly on power, "
      "bowing to twelve days of mass protests led by Civic Forum.",
      [("CZE", "LEG", "CZE", "OPP", "0833", "accede to demands for a change of regime; target Civic Forum; Czechoslovakia CZE"),
       ("CZE", "OPP", "CZE", "GOV", "141", "dated duration ('twelve days of mass protests'): demonstrations led by Civic Forum")]),
    R("AM", "1990-02-26", "CONCEDE",
      "Nicaraguan President Daniel Ortega conceded defeat to opposition candidate Violeta Chamorro early on Monday "
      "and promised that his Sandinista government would hand over power peacefully.",
      [("NIC", "GOV", "NIC", "OPP", "0831", "conceding defeat, target the winner (as sents18 and news-dev)"),
       ("NIC", "GOV", "NIC", "OPP", "035", "promise to hand over power: intent to yield")]),
    R("SA", "1990-04-08", "CONCEDE",
      "Nepal's King Birendra lifted a 30-year ban on political parties late on Sunday, bowing to seven weeks of "
      "pro-democracy protests in which scores of people were killed.",
      [("NPL", "GOV", "NPL", "OPP", "0812", "lifting the ban on parties: ease ban on political parties"),
       ("NPL", "OPP", "NPL", "GOV", "141", "dated duration ('seven weeks of protests'): demonstrations; the killings are an agentless passive, not coded")]),
    R("PA", "2006-04-26", "CONCEDE",
      "Solomon Islands Prime Minister Snyder Rini resigned on Wednesday, eight days after rioters protesting against "
      "his election set fire to much of Honiara's Chinatown.",
      [("SLB", "GOV", "SLB", "CVL", "0831", "resignation under pressure, target the rioters", None),
       ("SLB", "CVL", "SLB", "GOV", "145", "dated background ('eight days after', 18 April): riot and arson against his election", "Honiara")]),
    # ------------------------------------------------------------------ RETREAT (7)
    R("AF", "1991-05-25", "RETREAT",
      "The last Cuban soldiers left Angola on Saturday, ending 16 years of military involvement, five weeks ahead of "
      "the deadline set in a 1988 accord.",
      [("CUB", "MIL", "AGO", "GOV", "0874", "military withdrawal from Angola; the 1988 accord is undated background object, not coded")],
      loc="Angola"),
    R("AS", "2014-11-08", "RETREAT",
      "North Korea freed Americans Kenneth Bae and Matthew Todd Miller on Saturday, during a secret visit to "
      "Pyongyang by U.S. intelligence chief James Clapper.",
      [("PRK", "GOV", "USA", "CVL", "0841", "release of Bae", None),
       ("PRK", "GOV", "USA", "CVL", "0841", "release of Miller (compound object)", None),
       ("USA", "GOV", "PRK", "GOV", "042", "event noun with agent, same time ('during'): Clapper's visit", "Pyongyang")]),
    R("ME", "1991-08-08", "RETREAT",
      "Islamic Jihad kidnappers freed British television journalist John McCarthy in Beirut on Thursday, after "
      "holding him for more than five years.",
      [("LBN", "REB", "GBR", "MED", "0841", "release of a hostage; the holding is the state the release ends, not coded")],
      loc="Beirut"),
    R("EU", "1993-08-31", "RETREAT",
      "The last Russian troops left Lithuania on Tuesday, ending half a century of Soviet and Russian military "
      "presence in the Baltic republic.",
      [("RUS", "MIL", "LTU", "GOV", "0874", "military withdrawal")],
      loc="Lithuania"),
    R("AM", "1999-12-31", "RETREAT",
      "The United States handed control of the Panama Canal to Panama at noon on Friday, ending nearly a century of "
      "American administration of the waterway.",
      [("USA", "GOV", "PAN", "GOV", "0842", "handing back the canal: return property; the canal is the object, no place named")]),
    R("SA", "1990-03-24", "RETREAT",
      "The last Indian peacekeeping soldiers sailed out of the northeastern port of Trincomalee on Saturday, ending "
      "a 32-month deployment against Tamil Tiger guerrillas in Sri Lanka.",
      [("IND", "MIL", "LKA", "GOV", "0874", "withdrawal of the IPKF from Sri Lanka; the deployment is undated background, not coded")],
      loc="Trincomalee"),
    R("PA", "2000-07-13", "RETREAT",
      "Gunmen led by George Speight released ousted Fijian Prime Minister Mahendra Chaudhry and the last of his "
      "ministers on Thursday, almost eight weeks after they stormed parliament and took them hostage.",
      [("FJI", "REB", "FJI", "GOV", "0841", "release of Chaudhry; Speight's gunmen REB"),
       ("FJI", "REB", "FJI", "GOV", "0841", "release of the ministers (compound object)"),
       ("FJI", "REB", "FJI", "GOV", "181", "dated background ('almost eight weeks after', 19 May): storming parliament and taking hostages, one act")]),
    # ------------------------------------------------------------------ REQUEST (7)
    R("AF", "2019-04-08", "REQUEST",
      "Thousands of protesters camped outside the army headquarters in Khartoum for a third day on Monday, urging "
      "the military to remove President Omar al-Bashir.",
      [("SDN", "CVL", "SDN", "MIL", "1041", "urging the army to remove Bashir: demand for leadership change"),
       ("SDN", "CVL", "SDN", "GOV", "141", "the sit-in: demonstration")],
      loc="Khartoum"),
    R("AS", "2001-04-02", "REQUEST",
      "President George W. Bush demanded on Monday that China promptly return the 24 crew members of a U.S. Navy "
      "surveillance plane that made an emergency landing on Hainan after colliding with a Chinese fighter.",
      [("USA", "GOV", "CHN", "GOV", "1053", "demand to release persons; the landing and the collision are no intended acts, not coded")]),
    R("ME", "2018-10-23", "REQUEST",
      "Turkish President Tayyip Erdogan demanded on Tuesday that Saudi Arabia reveal who ordered the killing of "
      "journalist Jamal Khashoggi and where his body was, calling it a premeditated murder.",
      [("TUR", "GOV", "SAU", "GOV", "101", "demand for information"),
       ("TUR", "GOV", "SAU", "GOV", "112", "calling it premeditated murder: accusation; the killing is content and an agentless noun")]),
    R("EU", "1991-02-19", "REQUEST",
      "Boris Yeltsin, chairman of the Russian parliament, demanded on live television on Tuesday that Mikhail "
      "Gorbachev resign, accusing the Soviet leader of deceiving the people.",
      [("RUS", "LEG", "RUS", "GOV", "1041", "demand that Gorbachev resign: leadership change; Soviet actors RUS"),
       ("RUS", "LEG", "RUS", "GOV", "112", "accusation; its content not coded")]),
    R("AM", "2010-01-13", "REQUEST",
      "Haitian President Rene Preval appealed for international help on Wednesday, a day after a magnitude 7.0 "
      "earthquake reduced much of Port-au-Prince, including the presidential palace, to rubble.",
      [("HTI", "GOV", N, N, "1033", "appeal for humanitarian aid to no named party: null target; the quake is no act")]),
    R("SA", "2009-05-23", "REQUEST",
      "U.N. Secretary-General Ban Ki-moon urged Sri Lanka on Saturday to give aid workers unhindered access to "
      "camps holding some 300,000 Tamils displaced by the war.",
      [("UNO", "IGO", "LKA", "GOV", "1055", "demand to allow international (humanitarian) involvement")]),
    R("PA", "2014-07-18", "REQUEST",
      "Prime Minister Tony Abbott demanded on Friday that Russia cooperate fully with an international "
      "investigation into the downing of Malaysia Airlines Flight MH17 over eastern Ukraine, which killed 28 Australians.",
      [("AUS", "GOV", "RUS", "GOV", "101", "demand for cooperation with an investigation: demand information/investigation; the downing is an agentless noun, not coded")]),
    # ------------------------------------------------------------------ ACCUSE (7)
    R("AF", "1999-06-23", "ACCUSE",
      "The Democratic Republic of Congo filed cases at the International Court of Justice in The Hague on Wednesday "
      "accusing Uganda, Rwanda and Burundi of armed aggression.",
      [("COD", "GOV", "UGA", "GOV", "115", "lawsuit at the World Court against Uganda"),
       ("COD", "GOV", "RWA", "GOV", "115", "against Rwanda (compound object)"),
       ("COD", "GOV", "BDI", "GOV", "115", "against Burundi; 'accusing' is the content of the suits, one act")],
      loc="The Hague"),
    R("AS", "2001-08-13", "ACCUSE",
      "China and South Korea lodged formal protests with Japan on Monday after Prime Minister Junichiro Koizumi "
      "visited the Yasukuni shrine, which honours convicted war criminals among Japan's war dead.",
      [("CHN", "GOV", "JPN", "GOV", "114", "official complaint"),
       ("KOR", "GOV", "JPN", "GOV", "114", "official complaint, compound subject; the shrine visit has no target, not coded")]),
    R("ME", "2019-06-13", "ACCUSE",
      "Secretary of State Mike Pompeo said on Thursday that the United States had concluded that Iran was "
      "responsible for attacks on two oil tankers in the Gulf of Oman earlier in the day.",
      [("USA", "GOV", "IRN", "GOV", "112", "blame: accusation; the attacks are its content, not coded")]),
    R("EU", "2001-08-02", "ACCUSE",
      "The U.N. war crimes tribunal in The Hague found Bosnian Serb General Radislav Krstic guilty of genocide on "
      "Thursday for his role in the Srebrenica massacre and sentenced him to 46 years in prison.",
      [("UNO", "JUD", "BIH", "MIL", "116", "guilty verdict; ICTY UNO/JUD; the massacre is content"),
       ("UNO", "JUD", "BIH", "MIL", "173", "prison sentence")],
      loc="The Hague"),
    R("AM", "2007-11-10", "ACCUSE",
      "Spain's King Juan Carlos told Venezuelan President Hugo Chavez to shut up at a summit in Santiago on "
      "Saturday, after Chavez repeatedly called former Spanish Prime Minister Jose Maria Aznar a fascist.",
      [("ESP", "GOV", "VEN", "GOV", "111", "rebuke: criticise/denounce"),
       ("VEN", "GOV", "ESP", "GOV", "111", "background at the same session: calling Aznar a fascist; a former premier, GOV")],
      loc="Santiago"),
    R("SA", "2016-09-18", "ACCUSE",
      "Home Minister Rajnath Singh branded Pakistan a terrorist state on Sunday, hours after gunmen stormed an army "
      "base at Uri in Indian Kashmir and killed 17 soldiers.",
      [("IND", "GOV", "PAK", "GOV", "111", "name-calling: denounce", None),
       (N, N, "IND", "MIL", "180", "dated background ('hours after'): unnamed gunmen's attack on the base, one act", "Uri")]),
    R("PA", "1995-08-21", "ACCUSE",
      "New Zealand asked the International Court of Justice on Monday to reopen a 1974 case and stop France from "
      "resuming nuclear tests in the South Pacific.",
      [("NZL", "GOV", "FRA", "GOV", "115", "bringing a case against France at the World Court: lawsuit; the court itself is not a separate target")]),
    # ------------------------------------------------------------------ REJECT (7)
    R("AF", "2016-12-09", "REJECT",
      "Gambian President Yahya Jammeh rejected the results of last week's election on Friday, a week after he had "
      "stunned the country by conceding defeat to Adama Barrow.",
      [("GMB", "GOV", "GMB", "OPP", "120", "refusing to accept the result, target the winner"),
       ("GMB", "GOV", "GMB", "OPP", "0831", "dated background ('a week after', 2 December): conceding defeat, target the winner")]),
    R("AS", "2007-01-12", "REJECT",
      "China and Russia vetoed a U.S.-drafted Security Council resolution on Friday that would have urged Myanmar's "
      "military government to free political prisoners.",
      [("CHN", "GOV", "USA", "GOV", "129", "veto, target the drafter"),
       ("RUS", "GOV", "USA", "GOV", "129", "veto, compound subject; the hypothetical call on Myanmar not coded")]),
    R("ME", "2011-05-22", "REJECT",
      "Yemeni President Ali Abdullah Saleh refused on Sunday to sign a Gulf Arab plan for him to hand over power, "
      "as armed supporters trapped Western and Arab envoys inside the UAE embassy in Sanaa.",
      [("YEM", "GOV", N, "IGO", "127", "rejecting the GCC plan: reject plan to settle dispute; GCC null/IGO", None),
       ("YEM", "CVL", N, "GOV", "191", "same-time act ('as'): armed supporters blockading the envoys in the embassy; unnamed governments null/GOV", "Sanaa")]),
    R("EU", "1992-06-02", "REJECT",
      "Danish voters narrowly rejected the Maastricht treaty on European union in a referendum on Tuesday, throwing "
      "the community's plans for a single currency into doubt.",
      [("DNK", "CVL", "EUR", "IGO", "12", "voters rejecting the treaty: reject, target the European Community")]),
    R("AM", "1988-10-05", "REJECT",
      "Chilean voters rejected General Augusto Pinochet's bid for another eight years in power in a plebiscite on "
      "Wednesday, according to official returns released early on Thursday.",
      [("CHL", "CVL", "CHL", "GOV", "12", "voters rejecting Pinochet's continuation: reject; the release of returns not coded")]),
    R("SA", "2019-07-23", "REJECT",
      "India denied on Tuesday that Prime Minister Narendra Modi had asked Donald Trump to mediate in Kashmir, and "
      "said any dispute with Pakistan would be discussed only bilaterally.",
      [("IND", "GOV", "USA", "GOV", "12", "denial of Trump's claim, written 12 (no 016 in the mapping); the claimed request is content"),
       ("IND", "GOV", "USA", "GOV", "126", "refusing outside mediation: reject mediation")]),
    R("AS", "2016-07-12", "REJECT",
      "China rejected on Tuesday a ruling by an international tribunal in The Hague that its claims to most of the "
      "South China Sea had no legal basis.",
      [("CHN", "GOV", N, "JUD", "128", "rejecting a ruling: 128; the tribunal null/JUD; The Hague is where the tribunal sits, not the place of the rejection")]),
    # ------------------------------------------------------------------ THREATEN (6)
    R("AF", "2017-11-19", "THREATEN",
      "Zimbabwe's ruling ZANU-PF party sacked Robert Mugabe as its leader on Sunday and gave him until noon on Monday "
      "to resign as head of state or face impeachment.",
      [("ZWE", "PTY", "ZWE", "GOV", "139", "deadline with a threat: ultimatum"),
       ("ZWE", "PTY", "ZWE", "GOV", "172", "dismissal as party leader: administrative sanction")]),
    R("AS", "1994-03-19", "THREATEN",
      "A North Korean negotiator warned his South Korean counterpart at border talks in Panmunjom on Saturday that "
      "Seoul would be turned into a sea of fire if war broke out.",
      [("PRK", "GOV", "KOR", "GOV", "138", "threat of military force; the conditional is the content of the threat; Seoul in the content is neither place nor actor")],
      loc="Panmunjom"),
    R("ME", "1990-07-17", "THREATEN",
      "Saddam Hussein accused Kuwait and the United Arab Emirates on Tuesday of conspiring to drive down oil prices, "
      "and warned that Iraq would act if words failed to protect it.",
      [("IRQ", "GOV", "KWT", "GOV", "112", "accusation, first member"),
       ("IRQ", "GOV", "ARE", "GOV", "112", "accusation, second member"),
       ("IRQ", "GOV", "KWT", "GOV", "130", "veiled threat; targets taken from the accusation"),
       ("IRQ", "GOV", "ARE", "GOV", "130", "threat, second target")]),
    R("EU", "1990-04-13", "THREATEN",
      "Mikhail Gorbachev gave Lithuania two days on Friday to revoke laws passed since it declared independence or "
      "face a cutoff of goods that the Soviet Union sells for hard currency.",
      [("RUS", "GOV", "LTU", "GOV", "139", "ultimatum with a deadline; the undated declaration not coded; Soviet actors RUS")]),
    R("AM", "1994-09-15", "THREATEN",
      "President Bill Clinton told Haiti's military rulers in a televised address on Thursday that their time was up "
      "and warned them to leave power now or be forced out.",
      [("USA", "GOV", "HTI", "MIL", "138", "threat of military force (no fixed deadline, so 138 rather than 139)")]),
    R("ME", "2015-11-24", "THREATEN",
      "Vladimir Putin called Turkey's downing of a Russian warplane near the Syrian border on Tuesday a stab in the "
      "back by accomplices of terrorists, and warned of serious consequences for relations.",
      [("TUR", "GOV", "RUS", "MIL", "190", "event noun with agent and date ('Turkey's downing ... on Tuesday'): use of conventional force"),
       ("RUS", "GOV", "TUR", "GOV", "111", "'a stab in the back by accomplices of terrorists': denounce"),
       ("RUS", "GOV", "TUR", "GOV", "130", "warning of serious consequences: threaten")]),
    # ------------------------------------------------------------------ PROTEST (7)
    R("PA", "1995-09-06", "PROTEST",
      "Rioters set fire to the terminal at Tahiti's international airport and torched cars and shops in Papeete on "
      "Wednesday in protest at France's resumption of nuclear testing at Mururoa atoll.",
      [("PYF", "CVL", "FRA", "GOV", "145", "riot and arson against France; French Polynesia PYF; the tests are inside a purpose phrase, not coded")],
      loc="Papeete"),
    R("AS", "1988-08-08", "PROTEST",
      "Tens of thousands of people marched through Rangoon on Monday against a quarter-century of one-party rule, and "
      "troops opened fire on the crowds late at night.",
      [("MMR", "CVL", "MMR", "GOV", "141", "demonstration"),
       ("MMR", "MIL", "MMR", "CVL", "175", "firing on crowds: violent repression")],
      loc="Rangoon"),
    R("ME", "2012-04-17", "PROTEST",
      "More than 1,200 Palestinian prisoners in Israeli jails began an open-ended hunger strike on Tuesday against "
      "detention without trial and solitary confinement.",
      [("PSE", "CVL", "ISR", "GOV", "142", "hunger strike")]),
    R("EU", "1980-08-14", "PROTEST",
      "Workers at the Lenin shipyard in Gdansk went on strike on Thursday over the sacking of Anna Walentynowicz, a "
      "crane operator and veteran activist of the free trade union movement.",
      [("POL", "LAB", "POL", "GOV", "143", "strike at a state shipyard, target the state; the undated sacking not coded")],
      loc="Gdansk"),
    R("AM", "1989-02-27", "PROTEST",
      "Rioters looted shops and burned buses in Caracas and its suburbs on Monday in protest at fuel and fare "
      "increases that President Carlos Andres Perez had imposed under an austerity plan.",
      [("VEN", "CVL", "VEN", "GOV", "145", "riot; the undated price rises inside a purpose phrase not coded")],
      loc="Caracas"),
    R("AF", "2007-01-10", "PROTEST",
      "Guinea's two main trade union federations called an indefinite general strike on Wednesday to press for the "
      "resignation of the ailing President Lansana Conte.",
      [("GIN", "LAB", "GIN", "GOV", "143", "general strike; the purpose not coded separately")]),
    R("SA", "2007-03-12", "PROTEST",
      "Lawyers across Pakistan boycotted the courts on Monday, three days after President Pervez Musharraf suspended "
      "the country's chief justice, Iftikhar Muhammad Chaudhry.",
      [("PAK", "JUD", "PAK", "GOV", "143", "boycott of the courts; lawyers JUD"),
       ("PAK", "GOV", "PAK", "JUD", "172", "dated background ('three days after', 9 March): suspension of the chief justice")]),
    # ------------------------------------------------------------------ MOBILIZE (6)
    R("AS", "1996-03-08", "MOBILIZE",
      "China fired three unarmed missiles into waters off Taiwan's two busiest ports on Friday, in exercises that "
      "Taipei condemned as an attempt to intimidate voters before the island's first direct presidential election.",
      [("CHN", "MIL", "TWN", "GOV", "150", "missile exercises: demonstrate military power"),
       ("TWN", "GOV", "CHN", "GOV", "111", "Taipei (capital for the government) condemned them: denounce")]),
    R("ME", "2014-07-03", "MOBILIZE",
      "Saudi Arabia deployed 30,000 soldiers to its border with Iraq on Thursday after Iraqi troops abandoned the "
      "area, Al Arabiya television reported.",
      [("SAU", "GOV", "IRQ", "GOV", "154", "troop deployment to the border; the undated withdrawal ('after') not coded")]),
    R("AF", "2008-01-03", "MOBILIZE",
      "Kenya deployed thousands of riot police around Nairobi's Uhuru Park on Thursday to block a rally called by "
      "opposition leader Raila Odinga against President Mwai Kibaki's disputed re-election.",
      [("KEN", "COP", "KEN", "OPP", "153", "mobilising police; the blocking is a purpose, the call undated, not coded")],
      loc="Nairobi"),
    R("EU", "1996-01-30", "MOBILIZE",
      "Greek and Turkish warships converged on a pair of uninhabited islets in the Aegean on Tuesday as a dispute over "
      "the rocks brought the two NATO allies to the brink of armed conflict.",
      [("GRC", "MIL", "TUR", "GOV", "154", "naval deployment: mobilise armed forces"),
       ("TUR", "MIL", "GRC", "GOV", "154", "Turkish warships named as co-doers: reverse")],
      loc="Aegean"),
    R("AM", "1988-03-16", "MOBILIZE",
      "President Ronald Reagan ordered 3,200 troops to Honduras on Wednesday in a show of force against Nicaragua, "
      "after the Sandinista army pursued Contra rebels across the border.",
      [("USA", "GOV", "NIC", "GOV", "154", "deployment as a show of force, target Nicaragua (074 toward Honduras also defensible); the undated incursion not coded; Honduras is the destination of the order, not its place")]),
    R("AS", "2013-03-26", "MOBILIZE",
      "North Korea's army put its artillery and strategic rocket units on the highest state of combat readiness on "
      "Tuesday, saying they were ready to strike U.S. bases in Guam and Hawaii.",
      [("PRK", "MIL", "USA", "GOV", "152", "raising military alert"),
       ("PRK", "MIL", "USA", "MIL", "138", "'ready to strike U.S. bases': threat of military force")]),
    # ------------------------------------------------------------------ SANCTION (7)
    R("PA", "2009-05-02", "SANCTION",
      "The Pacific Islands Forum suspended Fiji on Saturday after its military-led government missed a deadline to "
      "set a date for elections.",
      [(N, "IGO", "FJI", "GOV", "16", "suspension from a regional body; missing the deadline is a non-act, not coded")]),
    R("SA", "2019-08-07", "SANCTION",
      "Pakistan downgraded diplomatic relations with India and suspended bilateral trade on Wednesday in protest at "
      "New Delhi's decision to revoke the special status of the part of Kashmir it controls.",
      [("PAK", "GOV", "IND", "GOV", "161", "reducing relations"),
       ("PAK", "GOV", "IND", "GOV", "163", "suspending trade: embargo, 163 -> COERCE in the mapping; the Indian decision is inside a purpose phrase")]),
    R("AF", "1984-11-12", "SANCTION",
      "Morocco quit the Organisation of African Unity at its summit in Addis Ababa on Monday in protest at the "
      "seating of a delegation from the Polisario Front's Sahrawi republic.",
      [("MAR", "GOV", "AFR", "IGO", "16", "leaving the OAU (AFR/IGO): sanction root; the seating inside the purpose phrase not coded")],
      loc="Addis Ababa"),
    R("ME", "2011-11-12", "SANCTION",
      "Arab foreign ministers meeting in Cairo voted on Saturday to suspend Syria from the Arab League and threatened "
      "economic sanctions unless Damascus ended its crackdown on protesters.",
      [(N, "IGO", "SYR", "GOV", "16", "suspension from the Arab League (null/IGO as news-dev)"),
       (N, "IGO", "SYR", "GOV", "1312", "threat of economic sanctions; the conditional is its content; Damascus an actor")],
      loc="Cairo"),
    R("EU", "1985-09-12", "SANCTION",
      "Britain expelled 25 Soviet diplomats and journalists as spies on Thursday, after the defection of a senior "
      "officer of the KGB who had worked in London.",
      [("GBR", "GOV", "RUS", "GOV", "161", "expelling diplomats: 161; Soviet actors RUS; the defection is an event noun without date or target")]),
    R("AM", "2002-02-20", "SANCTION",
      "Colombian President Andres Pastrana broke off three years of peace talks with the FARC on Wednesday, hours "
      "after rebels hijacked a domestic airliner and kidnapped a senator who was on board.",
      [("COL", "GOV", "COL", "REB", "164", "ending negotiations"),
       ("COL", "REB", "COL", "CVL", "181", "dated background ('hours after'): hijacking of the airliner"),
       ("COL", "REB", "COL", "LEG", "181", "kidnapping of Senator Gechem")]),
    R("AS", "2017-03-04", "SANCTION",
      "Malaysia expelled North Korea's ambassador on Saturday, giving him 48 hours to leave, as a row deepened over "
      "the killing of Kim Jong Nam at Kuala Lumpur airport last month.",
      [("MYS", "GOV", "PRK", "GOV", "161", "expelling an ambassador; the killing is an agentless noun, not coded")]),
    # ------------------------------------------------------------------ COERCE (7)
    R("AM", "2000-11-21", "COERCE",
      "Peru's Congress voted on Tuesday to remove Alberto Fujimori from office as morally unfit, refusing to accept "
      "the resignation he had sent by fax from Tokyo.",
      [("PER", "LEG", "PER", "GOV", "172", "removal of a president by Congress"),
       ("PER", "LEG", "PER", "GOV", "12", "refusing the resignation: reject; the undated fax not coded")]),
    R("AS", "1998-09-20", "COERCE",
      "Malaysian police arrested sacked Deputy Prime Minister Anwar Ibrahim at his home in Kuala Lumpur on Sunday "
      "night, hours after he led tens of thousands of supporters in a rally against Mahathir Mohamad.",
      [("MYS", "COP", "MYS", "OPP", "173", "arrest", "Kuala Lumpur"),
       ("MYS", "OPP", "MYS", "GOV", "141", "dated background ('hours after'): rally against Mahathir", None)]),
    R("AF", "2008-08-06", "COERCE",
      "Army officers ousted Mauritanian President Sidi Ould Cheikh Abdallahi on Wednesday, hours after he sacked the "
      "country's most senior military commanders.",
      [("MRT", "MIL", "MRT", "GOV", "17", "coup, root 17"),
       ("MRT", "GOV", "MRT", "MIL", "172", "dated background ('hours after'): dismissals")]),
    R("ME", "2007-03-23", "COERCE",
      "Iranian Revolutionary Guards seized 15 British sailors and marines at the mouth of the Shatt al-Arab waterway "
      "on Friday, but London insisted they had been in Iraqi waters.",
      [("IRN", "MIL", "GBR", "MIL", "173", "detention of military personnel", "Shatt al-Arab"),
       ("GBR", "GOV", "IRN", "GOV", "12", "London rejects the implied Iranian charge of intrusion: denial, written 12", None)]),
    R("EU", "1997-03-02", "COERCE",
      "Albania's parliament declared a state of emergency on Sunday, giving security forces powers to shoot "
      "looters, after weeks of armed unrest over the collapse of pyramid investment schemes.",
      [("ALB", "LEG", N, N, "1724", "state of emergency, no named target; the unrest is agentless, not coded")]),
    R("SA", "2007-07-03", "COERCE",
      "Pakistani troops surrounded Islamabad's Red Mosque on Tuesday and authorities imposed a curfew on the area, "
      "after clashes earlier in the day between security forces and armed students left at least nine dead.",
      [("PAK", "MIL", "PAK", "RAD", "191", "surrounding the mosque held by militant students", "Islamabad"),
       ("PAK", "GOV", N, N, "1723", "curfew, no named target", "Islamabad"),
       ("PAK", "COP", "PAK", "RAD", "190", "dated background ('earlier in the day'): clashes, first-named party", None),
       ("PAK", "RAD", "PAK", "COP", "190", "clashes, reverse", None)]),
    R("PA", "1985-11-22", "COERCE",
      "A New Zealand court jailed French agents Alain Mafart and Dominique Prieur for ten years on Friday for the "
      "manslaughter of a photographer killed when they helped sink the Greenpeace ship Rainbow Warrior in July.",
      [("NZL", "JUD", "FRA", "SPY", "173", "prison sentence, Mafart", None),
       ("NZL", "JUD", "FRA", "SPY", "173", "prison sentence, Prieur (compound object)", None),
       ("FRA", "SPY", N, "NGO", "183", "dated background ('in July'): the bombing of Greenpeace's ship; Greenpeace null/NGO", None)]),
    # ------------------------------------------------------------------ ASSAULT (8)
    R("AF", "2020-11-04", "ASSAULT",
      "Ethiopian Prime Minister Abiy Ahmed ordered a military offensive against the Tigray region's ruling party on "
      "Wednesday, accusing its forces of attacking a federal army base overnight.",
      [("ETH", "GOV", "ETH", "REB", "190", "ordering an offensive: conventional force; TPLF REB as sents18", "Tigray"),
       ("ETH", "GOV", "ETH", "REB", "112", "accusation; the attack is its content", None)]),
    R("ME", "1985-10-01", "ASSAULT",
      "Israeli warplanes bombed the Palestine Liberation Organisation's headquarters at Hammam Chott near Tunis on "
      "Tuesday, killing dozens, in what Israel called retaliation for the killing of three Israelis in Cyprus.",
      [("ISR", "MIL", "PSE", "", "195", "air strike on the PLO headquarters; the PLO as PSE, the Palestinians as a whole; the Cyprus killings are agentless and inside Israel's claim")],
      loc="Hammam Chott"),
    R("AS", "1988-03-14", "ASSAULT",
      "Chinese and Vietnamese warships clashed near the disputed Spratly Islands on Monday, and Hanoi said three of "
      "its vessels had been sunk and dozens of sailors were missing.",
      [("CHN", "MIL", "VNM", "MIL", "190", "naval clash"),
       ("VNM", "MIL", "CHN", "MIL", "190", "both named as doers: reverse; Hanoi's account is agentless, not coded")],
      loc="Spratly Islands"),
    R("EU", "2003-03-12", "ASSAULT",
      "Serbian Prime Minister Zoran Djindjic was shot dead by a sniper outside the government headquarters in "
      "Belgrade on Wednesday, and the government declared a state of emergency.",
      [(N, N, "SRB", "GOV", "186", "passive with agent: assassination by an unnamed sniper (null/null)"),
       ("SRB", "GOV", N, N, "1724", "state of emergency, no named target")],
      loc="Belgrade"),
    R("AM", "1994-07-18", "ASSAULT",
      "A car bomb tore through the seven-storey headquarters of Argentina's main Jewish organisations in Buenos Aires "
      "on Monday, killing dozens of people and trapping many more under the rubble.",
      [(N, N, "ARG", "CVL", "183", "bombing with no named agent: unnamed bombers null/null; the Jewish organisations ARG/CVL")],
      loc="Buenos Aires"),
    R("SA", "2008-07-07", "ASSAULT",
      "A suicide car bomber struck the gates of the Indian embassy in Kabul on Monday, killing more than 40 people, "
      "among them India's defence attache and a senior diplomat.",
      [(N, N, "IND", "GOV", "1831", "suicide bombing of the embassy; unnamed bomber null/null")],
      loc="Kabul"),
    R("PA", "1988-04-22", "ASSAULT",
      "Kanak separatists attacked a police post on the island of Ouvea on Friday, killing four gendarmes and taking "
      "more than two dozen others hostage.",
      [("NCL", "REB", "FRA", "COP", "180", "killing of gendarmes: unconventional violence"),
       ("NCL", "REB", "FRA", "COP", "181", "hostage-taking")],
      loc="Ouvea"),
    R("AF", "2009-09-28", "ASSAULT",
      "Guinean soldiers opened fire on opposition supporters at a rally in a Conakry stadium on Monday, killing "
      "dozens of people who had gathered to protest against the junta leader's presidential ambitions.",
      [("GIN", "MIL", "GIN", "OPP", "175", "firing on a rally: violent repression"),
       ("GIN", "OPP", "GIN", "MIL", "141", "the rally in a relative clause, same day: demonstration against the junta")],
      loc="Conakry"),
    # ------------------------------------------------------------------ NONE (10)
    NONE("AS", "1991-06-15",
         "Mount Pinatubo erupted with explosive force on Saturday, blasting ash high into the stratosphere as a "
         "typhoon swept across Luzon and turning day into night over Manila.",
         "natural disaster"),
    NONE("AF", "1995-06-24",
         "South Africa beat New Zealand 15-12 in extra time to win the Rugby World Cup in Johannesburg on Saturday, "
         "and President Nelson Mandela, wearing a Springbok jersey, handed the trophy to the captain.",
         "a sports final; the trophy presentation is a ceremony, not a political act"),
    NONE("AF", "2008-10-09",
         "Zimbabwe's annual inflation rate reached 231 million percent in July, the central statistical office said "
         "on Thursday, as shortages of bread, fuel and cash deepened.",
         "an economic statistic"),
    NONE("AM", "1985-09-19",
         "A powerful earthquake struck Mexico City shortly after seven on Thursday morning, bringing down hotels, "
         "hospitals and apartment blocks across the centre of the capital.",
         "natural disaster"),
    NONE("ME", "2018-08-13",
         "The Turkish lira plunged to a record low of more than seven to the dollar in early Asian trading on Monday, "
         "extending a rout that has wiped more than 40 percent off its value this year.",
         "a market report"),
    NONE("SA", "1991-04-29",
         "A cyclone packing winds of more than 200 kilometres an hour slammed into the coast of Bangladesh on Monday "
         "night, driving a tidal surge over low-lying islands near Chittagong.",
         "natural disaster"),
    NONE("PA", "2008-11-08",
         "John Key's National Party won New Zealand's general election on Saturday, ending nine years of "
         "Labour-led government, according to preliminary official results.",
         "an election result"),
    NONE("EU", "1991-05-18",
         "Helen Sharman became the first Briton in space on Saturday when a Soviet Soyuz rocket carrying her and two "
         "cosmonauts lifted off from the Baikonur cosmodrome.",
         "a space launch"),
    NONE("EU", "2005-09-16",
         "Opinion polls published on Friday suggest that neither Gerhard Schroeder's Social Democrats nor Angela "
         "Merkel's Christian Democrats will win enough seats to govern with their preferred partners on Sunday.",
         "polls and speculation about a future election"),
    NONE("SA", "2013-05-11",
         "Pakistanis voted on Saturday for a National Assembly of 342 seats, of which 60 are reserved for women and "
         "ten for members of religious minorities.",
         "voting and a description of the assembly; no act between actors"),
]

if __name__ == "__main__":
    build(HERE, "sents33", "tg", 33, ENTRIES, C2P)
