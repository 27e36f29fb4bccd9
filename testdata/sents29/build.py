#!/usr/bin/env python3
"""Build records.jsonl for sents29: a blind sentence set in the PLOVER gold-standard record format.

Written blind to dateline (see README.md). Run `python3 build.py` in this folder; it rewrites
records.jsonl. Python 3 standard library only; uses ../sents6/buildlib.py for the entry
constructors, the fixed half-by-half order (seed 29) and the writing of the records.

Each entry: region, date, category, text, events; an event is
(source_country, source_sector, target_country, target_sector, cameo, note[, place]).
The note names the actors and says why the code was chosen. Countries are ISO 3166-1 alpha-3;
international bodies follow news-dev's README and sents6/sents18: UNO, EUR, AFR, ARL with sector IGO
(the World Court UNO/JUD); ECOWAS ("West African leaders") and the European Court of Human Rights:
country null. Soviet actors are RUS. Unnamed attackers null/null; unnamed groups of governments null/GOV.
"" sector where the actor is the state as a whole or premises of a country.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sents6"))
from buildlib import N, R, NONE, build  # noqa: E402

# CAMEO -> PLOVER for the codes this set uses: the same values as
# /work/shared/gold/cameo-to-plover.json (build() checks against that file when present).
C2P = {
    "030": "AGREE", "0331": "AGREE", "0356": "AGREE", "037": "AGREE",
    "042": "CONSULT", "043": "CONSULT", "045": "CONSULT",
    "054": "SUPPORT", "055": "SUPPORT", "057": "SUPPORT",
    "062": "COOPERATE", "063": "COOPERATE",
    "072": "AID", "073": "AID", "074": "AID", "075": "AID",
    "0812": "CONCEDE", "0831": "CONCEDE", "0833": "CONCEDE", "0834": "CONCEDE",
    "0841": "RETREAT", "0842": "RETREAT", "085": "RETREAT", "0874": "RETREAT",
    "10": "REQUEST", "1032": "REQUEST", "1033": "REQUEST", "1034": "REQUEST", "1041": "REQUEST",
    "1042": "REQUEST", "1053": "REQUEST", "1056": "REQUEST",
    "111": "ACCUSE", "112": "ACCUSE", "1121": "ACCUSE", "1122": "ACCUSE", "114": "ACCUSE",
    "116": "ACCUSE",
    "120": "REJECT", "1231": "REJECT", "128": "REJECT", "129": "REJECT",
    "130": "THREATEN", "1311": "THREATEN", "1312": "THREATEN", "138": "THREATEN",
    "1381": "THREATEN", "139": "THREATEN",
    "141": "PROTEST", "142": "PROTEST", "143": "PROTEST", "144": "PROTEST", "145": "PROTEST",
    "150": "MOBILIZE", "154": "MOBILIZE",
    "16": "SANCTION", "161": "SANCTION", "1621": "SANCTION",
    "163": "COERCE", "17": "COERCE", "1711": "COERCE", "172": "COERCE", "173": "COERCE",
    "174": "COERCE", "1724": "COERCE", "191": "COERCE", "192": "COERCE",
    "175": "ASSAULT", "181": "ASSAULT", "183": "ASSAULT", "186": "ASSAULT", "190": "ASSAULT",
    "195": "ASSAULT", "2041": "ASSAULT",
}

ENTRIES = [
    # ------------------------------------------------------------------ AGREE
    R("AF", "2003-07-06", "AGREE",
      "Liberian President Charles Taylor accepted an offer of asylum in Nigeria on Sunday after talks in "
      "Monrovia with Nigerian President Olusegun Obasanjo, but said he would step down only once "
      "peacekeepers arrived.",
      [("LBR", "GOV", "NGA", "GOV", "030", "Taylor accepts Nigeria's offer of asylum: acceptance, the proposer as target"),
       ("NGA", "GOV", "LBR", "GOV", "042", "Obasanjo comes to Monrovia for the talks: a visit"),
       ("LBR", "GOV", "NGA", "GOV", "043", "Taylor in talks with Obasanjo: the meeting, the host's direction; the conditional step-down is future, not coded")],
      loc="Monrovia"),
    R("AF", "2000-06-18", "AGREE",
      "Ethiopia and Eritrea agreed in Algiers on Sunday to halt their two-year border war and to let United "
      "Nations peacekeepers patrol a buffer zone inside Eritrea.",
      [("ETH", "GOV", "ERI", "GOV", "0356", "Ethiopia agrees to halt the war: intent to de-escalate; joint act, one event each way"),
       ("ERI", "GOV", "ETH", "GOV", "0356", "Eritrea agrees to halt the war: the reverse direction; the peacekeepers are future content, not coded")],
      loc="Algiers"),
    R("AS", "2015-12-28", "AGREE",
      "Japan and South Korea agreed on Monday to settle their dispute over the wartime \"comfort women\", "
      "with Tokyo promising one billion yen for a foundation to support the surviving Korean victims.",
      [("JPN", "GOV", "KOR", "GOV", "037", "Japan agrees to settle the comfort-women dispute: 037; joint act"),
       ("KOR", "GOV", "JPN", "GOV", "037", "South Korea agrees to settle the dispute: reverse direction"),
       ("JPN", "GOV", "KOR", "CVL", "0331", "Tokyo (capital for the government) promises money for the victims: intent to give economic aid")]),
    R("ME", "1988-07-18", "AGREE",
      "Iran unexpectedly accepted on Monday the United Nations Security Council resolution calling for a "
      "ceasefire in its eight-year war with Iraq, in a letter to Secretary-General Javier Perez de Cuellar.",
      [("IRN", "GOV", "UNO", "IGO", "030", "Iran accepts Resolution 598: acceptance, with the proposer (the UN) as target; the war is an undated state, not coded")]),
    R("EU", "2018-06-12", "AGREE",
      "Greek Prime Minister Alexis Tsipras and his Macedonian counterpart Zoran Zaev agreed on Tuesday that the "
      "former Yugoslav republic would be renamed the Republic of North Macedonia, ending a 27-year dispute.",
      [("GRC", "GOV", "MKD", "GOV", "037", "Tsipras agrees the name deal with Zaev: settling a dispute, 037"),
       ("MKD", "GOV", "GRC", "GOV", "037", "Zaev agrees with Tsipras: reverse direction of the joint act")]),
    R("AM", "2009-10-29", "AGREE",
      "Negotiators for Honduras's de facto leader Roberto Micheletti and for ousted President Manuel Zelaya "
      "agreed on a deal late on Thursday that could return Zelaya to office, four months after soldiers flew "
      "him into exile.",
      [("HND", "GOV", "HND", "OPP", "030", "Micheletti's side agrees the deal with Zelaya's: joint act; Zelaya ousted, so OPP"),
       ("HND", "OPP", "HND", "GOV", "030", "Zelaya's side agrees with Micheletti's: reverse direction; his return is hypothetical, not coded"),
       ("HND", "MIL", "HND", "GOV", "174", "Background with its own agent and date (four months earlier, June 2009): soldiers fly the then president into exile, expelling an individual, 174")]),
    R("PA", "2000-10-15", "AGREE",
      "Rival militias from Guadalcanal and Malaita agreed in the Australian city of Townsville on Sunday to lay "
      "down their weapons and end the ethnic conflict in the Solomon Islands.",
      [("SLB", "REB", "SLB", "REB", "0356", "The Isatabu (Guadalcanal) militia agrees to disarm: de-escalation; joint act"),
       ("SLB", "REB", "SLB", "REB", "0356", "The Malaita Eagle Force agrees: reverse direction (both militias SLB/REB)")],
      loc="Townsville"),
    R("SA", "2003-11-25", "AGREE",
      "India and Pakistan agreed on Tuesday to a ceasefire along the Line of Control in Kashmir and the rest of "
      "their frontier, starting at midnight on the eve of the Eid holiday.",
      [("IND", "GOV", "PAK", "GOV", "0356", "India agrees to the ceasefire: intent to de-escalate; joint act"),
       ("PAK", "GOV", "IND", "GOV", "0356", "Pakistan agrees: reverse direction; the Line of Control is where the truce applies, not where the agreement was made")]),
    R("ME", "2022-10-11", "AGREE",
      "Israel and Lebanon agreed on Tuesday to a U.S.-brokered deal setting their maritime border for the first "
      "time, clearing the way for gas exploration in the eastern Mediterranean.",
      [("ISR", "GOV", "LBN", "GOV", "030", "Israel agrees to the border deal: joint act"),
       ("LBN", "GOV", "ISR", "GOV", "030", "Lebanon agrees: reverse direction"),
       ("USA", "GOV", "ISR", "GOV", "045", "U.S.-brokered: mediation, one event per party"),
       ("USA", "GOV", "LBN", "GOV", "045", "U.S.-brokered: mediation toward Lebanon")]),

    # ------------------------------------------------------------------ CONSULT
    R("EU", "2022-08-18", "CONSULT",
      "Serbian President Aleksandar Vucic and Kosovo's prime minister, Albin Kurti, met in Brussels on Thursday "
      "for talks hosted by European Union foreign policy chief Josep Borrell, but failed to settle a row over "
      "licence plates.",
      [("SRB", "GOV", "XKX", "GOV", "043", "Vucic meets Kurti: meeting, one event each way"),
       ("XKX", "GOV", "SRB", "GOV", "043", "Kurti meets Vucic: reverse direction"),
       ("EUR", "IGO", "SRB", "GOV", "045", "Borrell hosts the EU-facilitated dialogue: mediation toward Serbia"),
       ("EUR", "IGO", "XKX", "GOV", "045", "Borrell's mediation toward Kosovo; the failure to settle is negated, not coded")],
      loc="Brussels"),
    R("AS", "2002-09-17", "CONSULT",
      "Junichiro Koizumi on Tuesday became the first Japanese prime minister to visit North Korea, holding a "
      "one-day summit in Pyongyang with leader Kim Jong Il.",
      [("JPN", "GOV", "PRK", "GOV", "042", "Koizumi visits North Korea: 042"),
       ("JPN", "GOV", "PRK", "GOV", "043", "Koizumi's summit with Kim: meeting"),
       ("PRK", "GOV", "JPN", "GOV", "043", "Kim meets Koizumi: reverse direction")],
      loc="Pyongyang"),
    R("ME", "2018-10-26", "CONSULT",
      "Sultan Qaboos bin Said of Oman received Israeli Prime Minister Benjamin Netanyahu in Muscat on Friday, a "
      "rare public visit by an Israeli leader to a Gulf Arab state.",
      [("OMN", "GOV", "ISR", "GOV", "043", "Qaboos receives Netanyahu: hosting, 043"),
       ("ISR", "GOV", "OMN", "GOV", "042", "Netanyahu's visit to Oman: 042 (the event noun restates the same trip)")],
      loc="Muscat"),
    R("AF", "2017-08-06", "CONSULT",
      "Mozambican President Filipe Nyusi flew to the Gorongosa mountains on Sunday for a face-to-face meeting "
      "with Renamo leader Afonso Dhlakama, who had been hiding there since fighting resumed in 2015.",
      [("MOZ", "GOV", "MOZ", "REB", "042", "Nyusi travels to the rebel leader's base: a visit"),
       ("MOZ", "GOV", "MOZ", "REB", "043", "Nyusi meets Dhlakama (Renamo, armed opposition, REB)"),
       ("MOZ", "REB", "MOZ", "GOV", "043", "Dhlakama meets Nyusi: reverse direction; the 2015 fighting is agentless, not coded")],
      loc="Gorongosa"),
    R("AM", "2015-04-11", "CONSULT",
      "Barack Obama and Raul Castro sat down together on Saturday on the sidelines of the Summit of the Americas "
      "in Panama City, the first formal meeting between U.S. and Cuban leaders in more than half a century.",
      [("USA", "GOV", "CUB", "GOV", "043", "Obama meets Castro: meeting, one event each way"),
       ("CUB", "GOV", "USA", "GOV", "043", "Castro meets Obama: reverse direction")],
      loc="Panama City"),
    R("SA", "1999-02-20", "CONSULT",
      "Indian Prime Minister Atal Bihari Vajpayee crossed into Pakistan by bus on Saturday and was greeted at the "
      "Wagah border by his counterpart Nawaz Sharif before the two held talks in Lahore.",
      [("IND", "GOV", "PAK", "GOV", "042", "Vajpayee's visit to Pakistan, crossing at Wagah", "Wagah"),
       ("IND", "GOV", "PAK", "GOV", "043", "The two prime ministers' talks in Lahore: meeting", "Lahore"),
       ("PAK", "GOV", "IND", "GOV", "043", "Sharif greets and meets Vajpayee: host's direction of the meeting", "Lahore")]),
    R("PA", "2019-01-17", "CONSULT",
      "Scott Morrison held talks in Suva on Thursday with Fijian Prime Minister Frank Bainimarama, the first "
      "bilateral visit to Fiji by an Australian prime minister in more than a decade.",
      [("AUS", "GOV", "FJI", "GOV", "043", "Morrison (Australia's prime minister, named without title) meets Bainimarama"),
       ("FJI", "GOV", "AUS", "GOV", "043", "Bainimarama meets Morrison: reverse direction"),
       ("AUS", "GOV", "FJI", "GOV", "042", "The visit to Fiji (event noun): 042")],
      loc="Suva"),

    # ------------------------------------------------------------------ SUPPORT
    R("AM", "1998-10-26", "SUPPORT",
      "The presidents of Peru and Ecuador, Alberto Fujimori and Jamil Mahuad, signed a treaty in Brasilia on "
      "Monday ending a border dispute that had lasted more than half a century.",
      [("PER", "GOV", "ECU", "GOV", "057", "Fujimori signs the peace treaty: 057, one event each way"),
       ("ECU", "GOV", "PER", "GOV", "057", "Mahuad signs: reverse direction")],
      loc="Brasilia"),
    R("PA", "1998-05-05", "SUPPORT",
      "French Prime Minister Lionel Jospin signed an accord in Noumea on Tuesday with New Caledonia's "
      "pro-independence and anti-independence leaders, deferring a vote on independence for up to 20 years.",
      [("FRA", "GOV", "NCL", "PTY", "057", "Jospin signs with the pro-independence FLNKS leaders: signing; compound object, first member"),
       ("FRA", "GOV", "NCL", "PTY", "057", "Jospin signs with the anti-independence (RPCR) leaders: second member"),
       ("NCL", "PTY", "FRA", "GOV", "057", "The pro-independence leaders sign with France: reverse direction"),
       ("NCL", "PTY", "FRA", "GOV", "057", "The anti-independence leaders sign with France: reverse direction; the deferred vote is content, not coded")],
      loc="Noumea"),
    R("AF", "2000-04-07", "SUPPORT",
      "Belgian Prime Minister Guy Verhofstadt apologised to Rwandans in Kigali on Friday for his country's failure "
      "to prevent the 1994 genocide, in which some 800,000 people were killed.",
      [("BEL", "GOV", "RWA", "CVL", "055", "Verhofstadt apologises to Rwandans: 055; the genocide is an agentless passive, not coded")],
      loc="Kigali"),
    R("EU", "1994-08-01", "SUPPORT",
      "German President Roman Herzog asked Poles to forgive Germany for its crimes as Warsaw marked on Monday the "
      "50th anniversary of the uprising against Nazi occupation.",
      [("DEU", "GOV", "POL", "CVL", "055", "Herzog asks Poles' forgiveness: an apology, 055; Warsaw marking the anniversary is a commemoration, and the 1944 uprising is only its object, not coded")],
      loc="Warsaw"),
    R("AS", "1992-08-24", "SUPPORT",
      "South Korea established diplomatic relations with China on Monday and severed its ties with Taiwan, ending "
      "four decades of Cold War hostility between Seoul and Beijing.",
      [("KOR", "GOV", "CHN", "GOV", "054", "Seoul recognises Beijing: diplomatic recognition, 054"),
       ("CHN", "GOV", "KOR", "GOV", "054", "Establishing relations is joint: reverse direction"),
       ("KOR", "GOV", "TWN", "GOV", "161", "South Korea severs ties with Taiwan: 161")]),
    R("ME", "2000-06-12", "SUPPORT",
      "Saudi Arabia and Yemen signed a treaty in Jeddah on Monday demarcating their land and sea border, ending a "
      "territorial dispute that dated back more than six decades.",
      [("SAU", "GOV", "YEM", "GOV", "057", "Saudi Arabia signs the Jeddah border treaty: 057, joint act"),
       ("YEM", "GOV", "SAU", "GOV", "057", "Yemen signs: reverse direction")],
      loc="Jeddah"),

    # ------------------------------------------------------------------ COOPERATE
    R("AM", "2017-01-19", "COOPERATE",
      "Mexico extradited drug lord Joaquin \"El Chapo\" Guzman to the United States on Thursday, the eve of "
      "Donald Trump's inauguration, to face charges in New York.",
      [("MEX", "GOV", "USA", "GOV", "063", "Mexico extradites Guzman to the U.S.: judicial cooperation, 063; the charges are a purpose clause, not coded")]),
    R("EU", "2002-10-04", "COOPERATE",
      "Georgia handed five Chechen men detained on its border over to Russia on Friday, ignoring a request from "
      "the European Court of Human Rights to halt the extraditions.",
      [("GEO", "GOV", "RUS", "GOV", "063", "Georgia extradites the Chechens to Russia: judicial cooperation"),
       ("GEO", "GOV", None, "JUD", "128", "Georgia ignores the Strasbourg court's request: defying a court, 128 (the court null/JUD); the request is only the object, not coded")]),
    R("AS", "2017-06-19", "COOPERATE",
      "Indonesia, Malaysia and the Philippines launched joint naval patrols in the Sulu Sea on Monday to stop "
      "militants linked to Abu Sayyaf from kidnapping sailors.",
      [("IDN", "MIL", "MYS", "MIL", "062", "Joint patrols: military cooperation, one event each way for each pair (Indonesia-Malaysia)"),
       ("MYS", "MIL", "IDN", "MIL", "062", "Malaysia-Indonesia"),
       ("IDN", "MIL", "PHL", "MIL", "062", "Indonesia-Philippines"),
       ("PHL", "MIL", "IDN", "MIL", "062", "Philippines-Indonesia"),
       ("MYS", "MIL", "PHL", "MIL", "062", "Malaysia-Philippines"),
       ("PHL", "MIL", "MYS", "MIL", "062", "Philippines-Malaysia; stopping the kidnappers is a purpose clause, not coded")],
      loc="Sulu Sea"),
    R("SA", "1995-02-07", "COOPERATE",
      "Pakistani agents arrested Ramzi Ahmed Yousef at a guesthouse in Islamabad on Tuesday and handed him over "
      "to the United States, which wanted him for the bombing of the World Trade Center.",
      [("PAK", "COP", None, None, "173", "Pakistani agents arrest Yousef (no nationality in the text: null): 173", "Islamabad"),
       ("PAK", "GOV", "USA", "GOV", "063", "Pakistan hands him to the U.S.: judicial cooperation; the bombing is the content of the U.S. charge, not coded", None)]),
    R("AF", "2021-11-30", "COOPERATE",
      "Ugandan and Congolese troops launched joint operations against the Allied Democratic Forces in eastern Congo "
      "on Tuesday after Ugandan jets and artillery pounded the rebels' camps.",
      [("UGA", "MIL", "COD", "MIL", "062", "Joint Ugandan-Congolese operation: military cooperation, each way"),
       ("COD", "MIL", "UGA", "MIL", "062", "Congolese troops with Ugandan: reverse direction"),
       ("UGA", "MIL", "UGA", "REB", "190", "Ugandan troops' operations against the ADF (Ugandan-origin rebels, UGA/REB): 190"),
       ("COD", "MIL", "UGA", "REB", "190", "Congolese troops' operations against the ADF: 190"),
       ("UGA", "MIL", "UGA", "REB", "195", "Ugandan jets and artillery pound the camps: one strike, coded 195 for the air part")],
      loc="eastern Congo"),

    # ------------------------------------------------------------------ AID
    R("AS", "1989-06-06", "AID",
      "The United States has given refuge in its Beijing embassy to dissident astrophysicist Fang Lizhi and his "
      "wife, American officials said on Tuesday, two days after troops crushed the Tiananmen Square protests.",
      [("USA", "GOV", "CHN", "CVL", "075", "The U.S. shelters Fang: asylum, 075; compound object, first member", "Beijing"),
       ("USA", "GOV", "CHN", "CVL", "075", "The U.S. shelters Fang's wife (Li Shuxian): second member", "Beijing"),
       ("CHN", "MIL", "CHN", "CVL", "175", "Dated background (two days earlier, June 4): troops crush the protests, violent repression 175", "Tiananmen Square")]),
    R("AF", "1990-08-24", "AID",
      "A West African peacekeeping force led by Nigeria landed at the port of Monrovia on Friday, hoping to end "
      "Liberia's civil war.",
      [(None, "IGO", "LBR", "", "074", "ECOMOG (ECOWAS force, null/IGO) lands in Liberia: peacekeepers, 074; Nigeria's lead is a modifier; ending the war is purpose")],
      loc="Monrovia"),
    R("SA", "1988-11-03", "AID",
      "Indian paratroopers flew into Male on Thursday at the request of Maldivian President Maumoon Abdul Gayoom "
      "and routed mercenaries who had tried to overthrow him hours earlier.",
      [("IND", "MIL", "MDV", "GOV", "072", "Indian troops sent to Gayoom's aid: military aid, 072"),
       ("MDV", "GOV", "IND", "GOV", "1032", "Gayoom's request for Indian troops, asserted and of the same day: request for military aid"),
       ("IND", "MIL", None, None, "190", "The paratroopers rout the mercenaries (no nationality given: null/null): 190"),
       (None, None, "MDV", "GOV", "17", "Dated background (hours earlier): the mercenaries' coup attempt, coup root 17")],
      loc="Male"),
    R("AM", "2000-07-13", "AID",
      "President Bill Clinton signed into law on Thursday a $1.3 billion aid package, most of it for helicopters and "
      "training for Colombia's army and police in their fight against cocaine traffickers.",
      [("USA", "GOV", "COL", "MIL", "072", "Clinton's package for the Colombian army: military aid; compound object, first member"),
       ("USA", "GOV", "COL", "COP", "072", "The package for the Colombian police: second member")]),
    R("ME", "1991-04-07", "AID",
      "U.S. Air Force transport planes began dropping food, blankets and tents on Sunday to hundreds of thousands of "
      "Kurds who had fled into the mountains of northern Iraq after Iraqi forces crushed their uprising.",
      [("USA", "MIL", "IRQ", "REF", "073", "U.S. airdrops to Kurdish refugees (IRQ/REF): humanitarian aid; the crushed uprising has no date, not coded")],
      loc="northern Iraq"),
    R("PA", "2003-07-24", "AID",
      "The first Australian troops and police of a regional intervention force landed in Honiara on Thursday, invited "
      "by the Solomon Islands government to restore law and order after years of ethnic unrest.",
      [("AUS", "MIL", "SLB", "", "074", "Australian troops of RAMSI land: intervention/peacekeeping force, 074; compound subject, first member"),
       ("AUS", "COP", "SLB", "", "074", "Australian police of RAMSI: second member; the earlier invitation is undated, not coded")],
      loc="Honiara"),

    # ------------------------------------------------------------------ CONCEDE
    R("AF", "1991-12-03", "CONCEDE",
      "Kenya's ruling party voted on Tuesday to scrap its monopoly on power and allow rival parties, a week after "
      "Western donors froze aid to President Daniel arap Moi's government.",
      [("KEN", "PTY", "KEN", "OPP", "0812", "KANU lifts the ban on rival parties: easing a ban on parties, 0812; the opposition as target"),
       (None, "GOV", "KEN", "GOV", "1621", "Dated background (a week earlier): Western donors (unnamed governments, null/GOV) freeze aid, 1621")]),
    R("AS", "1987-06-29", "CONCEDE",
      "Roh Tae-woo, chairman of South Korea's ruling party, bowed on Monday to nearly three weeks of street protests "
      "and accepted opposition demands for direct presidential elections.",
      [("KOR", "PTY", "KOR", "OPP", "0834", "Roh accedes to the demand for direct elections: accede to institutional change, 0834"),
       ("KOR", "CVL", "KOR", "GOV", "141", "Dated duration (nearly three weeks): the street protests, 141")]),
    R("EU", "2013-02-20", "CONCEDE",
      "Bulgarian Prime Minister Boyko Borisov announced the resignation of his government on Wednesday after days of "
      "protests over high electricity bills turned violent in Sofia.",
      [("BGR", "GOV", "BGR", "CVL", "0831", "Borisov resigns under protest pressure: 0831, the protesters as target"),
       ("BGR", "CVL", "BGR", "GOV", "145", "The protests turn violent in Sofia: violent protest, 145", "Sofia")]),
    R("AM", "2018-03-21", "CONCEDE",
      "Peruvian President Pedro Pablo Kuczynski offered his resignation to Congress on Wednesday, a day before "
      "lawmakers were due to vote on removing him over a vote-buying scandal.",
      [("PER", "GOV", "PER", "LEG", "0831", "Kuczynski resigns facing impeachment: 0831 with Congress as target; the vote is future, not coded")]),
    R("ME", "2005-05-16", "CONCEDE",
      "Kuwait's parliament granted women the right to vote and run for office on Monday, ending decades of resistance "
      "by conservative and tribal lawmakers.",
      [("KWT", "LEG", "KWT", "CVL", "0833", "The National Assembly grants women political rights: 0833; the resistance is undated, not coded")]),

    # ------------------------------------------------------------------ RETREAT
    R("AF", "1994-05-30", "RETREAT",
      "Libya completed the withdrawal of its troops from the Aouzou Strip on Monday under the eyes of United Nations "
      "observers, handing the desert territory back to Chad.",
      [("LBY", "MIL", "TCD", "", "0874", "Libyan troops withdraw from the strip: 0874"),
       ("LBY", "GOV", "TCD", "", "0842", "Libya hands the territory back to Chad: returning property, 0842; the UN observers only watch, not coded")],
      loc="Aouzou Strip"),
    R("ME", "2007-04-04", "RETREAT",
      "Iranian President Mahmoud Ahmadinejad announced on Wednesday that he was freeing the 15 British sailors and "
      "marines whom the Revolutionary Guards had seized in the northern Gulf on March 23.",
      [("IRN", "GOV", "GBR", "MIL", "0841", "Ahmadinejad frees the British personnel: release, 0841", None),
       ("IRN", "MIL", "GBR", "MIL", "173", "Dated background (March 23): the Revolutionary Guards seize the sailors and marines, detention 173", "northern Gulf")]),
    R("EU", "1994-08-31", "RETREAT",
      "The last Russian troops pulled out of Estonia and Latvia on Wednesday, ending a military presence that dated "
      "back to Soviet times.",
      [("RUS", "MIL", "EST", "", "0874", "Russian troops leave Estonia: withdrawal; compound object, first member"),
       ("RUS", "MIL", "LVA", "", "0874", "Russian troops leave Latvia: second member")]),
    R("AS", "1989-09-26", "RETREAT",
      "Vietnam's last troops in Cambodia paraded through Phnom Penh on Tuesday before heading home, ending an "
      "occupation that began when they toppled the Khmer Rouge in January 1979.",
      [("VNM", "MIL", "KHM", "", "0874", "Vietnamese troops leave Cambodia: withdrawal, 0874", "Phnom Penh"),
       ("VNM", "MIL", "KHM", "GOV", "190", "Dated background (January 1979): Vietnamese forces topple the Khmer Rouge government, 190 (coders split 17/19)", None)]),
    R("AM", "2023-10-18", "RETREAT",
      "Washington eased sanctions on Venezuela's oil and gas sector on Wednesday, a day after President Nicolas "
      "Maduro's government and the opposition signed an agreement in Barbados on next year's presidential election.",
      [("USA", "GOV", "VEN", "", "085", "Washington (capital for the government) eases sanctions: 085", None),
       ("VEN", "GOV", "VEN", "OPP", "057", "Dated background (a day earlier): Maduro's government signs the Barbados accord, 057", "Barbados"),
       ("VEN", "OPP", "VEN", "GOV", "057", "The opposition signs: reverse direction", "Barbados")]),
    R("PA", "1990-03-16", "RETREAT",
      "Papua New Guinea withdrew its soldiers and riot police from Bougainville in March 1990 under a ceasefire with "
      "secessionist rebels, then imposed a blockade on the island two months later.",
      [("PNG", "MIL", "PNG", "REB", "0874", "PNG soldiers withdraw from the island held by the BRA (PNG/REB): 0874; compound, first member"),
       ("PNG", "COP", "PNG", "REB", "0874", "PNG riot police withdraw: second member"),
       ("PNG", "GOV", "PNG", "REB", "191", "The blockade two months later (dated relative to March): blockade 191, the rebels as target")],
      loc="Bougainville"),

    # ------------------------------------------------------------------ REQUEST
    R("AF", "2019-04-15", "REQUEST",
      "The African Union gave Sudan's military rulers 15 days on Monday to hand power to a civilian authority or face "
      "suspension from the pan-African body.",
      [("AFR", "IGO", "SDN", "MIL", "1041", "The AU demands the junta hand power to civilians: demand for leadership change"),
       ("AFR", "IGO", "SDN", "MIL", "139", "The 15-day deadline with suspension as the penalty: ultimatum, 139")]),
    R("ME", "2020-01-05", "REQUEST",
      "Iraq's parliament voted on Sunday to ask the government to expel foreign troops, two days after a U.S. drone "
      "strike killed Iranian commander Qassem Soleimani at Baghdad airport.",
      [("IRQ", "LEG", "IRQ", "GOV", "10", "Parliament asks the government to expel foreign troops: request, root 10", None),
       ("USA", "MIL", "IRN", "MIL", "195", "Dated background (two days earlier): the U.S. drone strike kills Soleimani, aerial weapons 195 (186 also defensible)", "Baghdad airport")]),
    R("AS", "2010-09-19", "REQUEST",
      "China demanded on Sunday the immediate release of a Chinese trawler captain whom Japan's coast guard detained "
      "on Sept. 8 near disputed islands in the East China Sea.",
      [("CHN", "GOV", "JPN", "GOV", "1053", "Beijing demands Japan release the captain: demand release of persons", None),
       ("JPN", "COP", "CHN", "CVL", "173", "Dated background (Sept. 8): the coast guard detains the captain, 173", "East China Sea")]),
    R("SA", "2005-10-09", "REQUEST",
      "Pakistani President Pervez Musharraf appealed on Sunday for foreign helicopters, tents and medicine, a day after "
      "an earthquake killed thousands of people in Kashmir and the north.",
      [("PAK", "GOV", None, None, "1033", "Musharraf appeals for relief to no named party: request for humanitarian aid; the quake is no event")]),
    R("EU", "2006-02-15", "REQUEST",
      "Georgia's parliament voted unanimously on Wednesday to demand the withdrawal of Russian peacekeepers from the "
      "breakaway region of South Ossetia, accusing them of siding with the separatists.",
      [("GEO", "LEG", "RUS", "MIL", "1056", "Parliament demands the peacekeepers' withdrawal: demand de-escalation, 1056"),
       ("GEO", "LEG", "RUS", "MIL", "112", "Parliament accuses the peacekeepers of partiality: 112; its content not coded")]),
    R("AM", "2022-10-07", "REQUEST",
      "Haitian Prime Minister Ariel Henry asked foreign governments on Friday to send specialized armed troops to help "
      "free the country from gangs blockading its main fuel terminal.",
      [("HTI", "GOV", None, "GOV", "1034", "Henry asks unnamed foreign governments (null/GOV) for an armed force: request for military protection, 1034; the gangs' blockade is an undated standing situation, not coded")]),
    R("PA", "2016-04-27", "REQUEST",
      "Papua New Guinea's prime minister, Peter O'Neill, said on Wednesday the Manus Island detention centre would close "
      "and asked Australia to make other arrangements for the asylum seekers held there.",
      [("PNG", "GOV", "AUS", "GOV", "10", "O'Neill asks Australia to move the asylum seekers: request, root 10; the closure is future, not coded")]),
    R("ME", "1987-01-13", "REQUEST",
      "Kuwait has asked both the United States and the Soviet Union to protect its oil tankers, which have come under "
      "repeated Iranian attack in the Gulf, diplomats said on Tuesday.",
      [("KWT", "GOV", "USA", "GOV", "1034", "Kuwait asks the U.S. to protect its tankers: request for military protection; compound object"),
       ("KWT", "GOV", "RUS", "GOV", "1034", "Kuwait asks the Soviet Union (RUS): second member; the Iranian attacks are undated, not coded")]),

    # ------------------------------------------------------------------ ACCUSE
    R("AF", "1998-10-29", "ACCUSE",
      "South Africa's Truth and Reconciliation Commission found Winnie Madikizela-Mandela accountable on Thursday for gross "
      "human rights violations committed by her bodyguards in the late 1980s.",
      [("ZAF", "GOV", "ZAF", "PTY", "1122", "The TRC (state commission, GOV) holds Madikizela-Mandela (ANC politician, PTY) accountable: accusation of human rights abuses; the abuses are its content")]),
    R("ME", "1990-07-17", "ACCUSE",
      "Iraq accused Kuwait and the United Arab Emirates on Tuesday of flooding the oil market to drive down prices, and "
      "charged that Kuwait had stolen oil from the Rumaila field on their border.",
      [("IRQ", "GOV", "KWT", "GOV", "112", "Iraq accuses Kuwait of flooding the market: 112; compound object, first member"),
       ("IRQ", "GOV", "ARE", "GOV", "112", "Iraq accuses the UAE: second member"),
       ("IRQ", "GOV", "KWT", "GOV", "1121", "Iraq charges Kuwait with stealing oil: accusation of a crime, 1121")]),
    R("AS", "2024-10-11", "ACCUSE",
      "North Korea accused South Korea on Friday of flying drones over Pyongyang three times this month to scatter "
      "anti-regime leaflets, and warned it would respond if it happened again.",
      [("PRK", "GOV", "KOR", "MIL", "112", "Pyongyang accuses the South (its military) of the drone flights: 112; the flights are content"),
       ("PRK", "GOV", "KOR", "MIL", "130", "The conditional warning of a response: threat, 130")]),
    R("SA", "2015-09-28", "ACCUSE",
      "Nepal's government accused India on Monday of imposing an undeclared blockade at border crossings in retaliation "
      "for Kathmandu's new constitution, leaving the country short of fuel.",
      [("NPL", "GOV", "IND", "GOV", "112", "Nepal accuses India of the blockade: 112; the blockade is the content of the accusation, not coded")]),
    R("EU", "1981-10-28", "ACCUSE",
      "Sweden lodged a strong protest with Moscow on Wednesday after a Soviet submarine ran aground deep inside a "
      "restricted military zone near the naval base of Karlskrona.",
      [("SWE", "GOV", "RUS", "GOV", "114", "Sweden's formal protest to Moscow (capital for the Soviet government, RUS): official complaint, 114; the grounding is an incident without a CAMEO act, not coded")]),
    R("AM", "2009-04-07", "ACCUSE",
      "A Peruvian court on Tuesday found former President Alberto Fujimori guilty of ordering two massacres by a military "
      "death squad and sentenced him to 25 years in prison.",
      [("PER", "JUD", "PER", "GOV", "116", "The court convicts Fujimori (former president, GOV): guilty verdict, 116"),
       ("PER", "JUD", "PER", "GOV", "173", "The 25-year sentence: 173 (news-dev's sentences)")]),
    R("PA", "2023-11-18", "ACCUSE",
      "Australia accused a Chinese navy destroyer on Saturday of using sonar that injured Australian divers working to "
      "clear fishing nets from a warship's propellers in Japan's economic zone.",
      [("AUS", "GOV", "CHN", "MIL", "112", "Australia accuses the Chinese destroyer: 112; the sonar pulses are the content, not coded")]),
    R("AS", "1997-07-26", "ACCUSE",
      "Malaysian Prime Minister Mahathir Mohamad on Saturday accused American financier George Soros of wrecking Southeast "
      "Asian currencies, calling currency trading immoral.",
      [("MYS", "GOV", "USA", "BUS", "112", "Mahathir accuses Soros (American financier, USA/BUS): 112; calling trading immoral has no actor as target, not coded")]),

    # ------------------------------------------------------------------ REJECT
    R("EU", "1999-02-25", "REJECT",
      "China vetoed on Thursday an extension of the United Nations peacekeeping force in Macedonia, weeks after Skopje "
      "established diplomatic relations with Taiwan.",
      [("CHN", "GOV", "MKD", "", "129", "China vetoes the force for Macedonia: veto, 129, with Macedonia as target (the force's host and the motive)"),
       ("MKD", "GOV", "TWN", "GOV", "054", "Dated background (weeks earlier): Skopje (capital for the government) recognises Taiwan, 054"),
       ("TWN", "GOV", "MKD", "GOV", "054", "Establishing relations is joint: reverse direction")]),
    R("AF", "2010-12-25", "REJECT",
      "Laurent Gbagbo's government rejected on Saturday a demand by West African leaders that he hand power to Alassane "
      "Ouattara, the internationally recognised winner of Ivory Coast's election, or face military force.",
      [("CIV", "GOV", None, "IGO", "1231", "Gbagbo's government rejects ECOWAS's demand that he step down: 1231; the ECOWAS demand is only the object, not coded")]),
    R("AS", "2006-02-06", "REJECT",
      "Thai Prime Minister Thaksin Shinawatra rejected calls on Monday to resign, two days after tens of thousands of "
      "protesters rallied in central Bangkok against his family's tax-free sale of its telecoms empire.",
      [("THA", "GOV", "THA", "CVL", "1231", "Thaksin rejects calls to resign: 1231, the protesters as target", None),
       ("THA", "CVL", "THA", "GOV", "141", "Dated background (two days earlier): the rally, 141", "Bangkok")]),
    R("SA", "2001-09-21", "REJECT",
      "Afghanistan's Taliban rulers refused on Friday to hand over Osama bin Laden to the United States without proof of "
      "his involvement in the attacks on New York and Washington.",
      [("AFG", "GOV", "USA", "GOV", "120", "The Taliban, ruling in 2001 (AFG/GOV), refuse the U.S. demand: rejection, 120; the attacks are the content of the charge, not coded")]),
    R("EU", "1990-10-30", "REJECT",
      "Margaret Thatcher told the House of Commons on Tuesday that Britain would reject any attempt by Brussels to impose a "
      "single currency, answering Jacques Delors's plans with \"No, no, no.\"",
      [("GBR", "GOV", "EUR", "IGO", "120", "Thatcher rejects the Commission's (Brussels, Delors) currency plans: 120; the plans are only the object")]),
    R("AM", "1985-01-18", "REJECT",
      "The United States said on Friday it would boycott the rest of the World Court case brought by Nicaragua over the "
      "mining of its harbours, rejecting the court's ruling that it had jurisdiction.",
      [("USA", "GOV", "UNO", "JUD", "120", "Washington rejects the ICJ's jurisdiction ruling and quits the case: rejection, 120 (the World Court UNO/JUD); the mining and the suit are undated background")]),
    R("ME", "2018-10-21", "REJECT",
      "Jordan's King Abdullah said on Sunday his country would not renew the parts of its 1994 peace treaty with Israel "
      "that leased two border enclaves, Baqura and Ghumar, to Israeli farmers.",
      [("JOR", "GOV", "ISR", "GOV", "120", "Abdullah refuses to renew the lease annexes: rejection, 120; the 1994 treaty is a noun, not coded")]),

    # ------------------------------------------------------------------ THREATEN
    R("AS", "1994-03-19", "THREATEN",
      "North Korea's chief negotiator warned South Korean officials in Panmunjom on Saturday that Seoul would be turned "
      "into \"a sea of fire\" if war broke out.",
      [("PRK", "GOV", "KOR", "GOV", "138", "The North's negotiator threatens Seoul with destruction: threat of military force, 138")],
      loc="Panmunjom"),
    R("EU", "2016-11-25", "THREATEN",
      "Turkish President Recep Tayyip Erdogan threatened on Friday to open the border gates to migrants heading for Europe "
      "if the European Union went further in halting Turkey's membership talks.",
      [("TUR", "GOV", "EUR", "IGO", "130", "Erdogan threatens the EU with the migrants: threat, 130; the EU's halt is hypothetical, not coded")]),
    R("AF", "2004-11-30", "THREATEN",
      "Rwandan President Paul Kagame warned on Tuesday that his troops could re-enter Congo to attack Hutu rebels based "
      "there, saying United Nations peacekeepers had failed to disarm them.",
      [("RWA", "GOV", "COD", "", "138", "Kagame threatens an incursion into Congo: threat of military force, target the country entered"),
       ("RWA", "GOV", "UNO", "IGO", "111", "Kagame faults the UN peacekeepers: criticism, 111")]),
    R("ME", "2011-12-27", "THREATEN",
      "Iran's first vice president, Mohammad Reza Rahimi, warned on Tuesday that not a drop of oil would pass through the "
      "Strait of Hormuz if Western countries imposed sanctions on Iranian crude.",
      [("IRN", "GOV", None, "GOV", "1381", "Rahimi threatens to close the strait to the West (null/GOV): threat of blockade, 1381; the sanctions are hypothetical")]),
    R("AM", "2019-05-30", "THREATEN",
      "President Donald Trump said on Thursday he would impose a 5 percent tariff on all Mexican imports from June 10, "
      "rising steadily, unless Mexico stopped the flow of illegal migrants.",
      [("USA", "GOV", "MEX", "", "1312", "Trump threatens tariffs on Mexico: threat of sanctions, 1312 (the deadline would also support 139)")]),
    R("SA", "2002-01-11", "THREATEN",
      "India's army chief, Gen. Sundararajan Padmanabhan, warned on Friday that Pakistan would be \"punished\" so severely "
      "if it used nuclear weapons that its survival in any form would be in doubt.",
      [("IND", "MIL", "PAK", "", "138", "Padmanabhan threatens massive retaliation: threat of military force, 138; Pakistan's use is hypothetical")]),
    R("PA", "2006-11-30", "THREATEN",
      "Australian Foreign Minister Alexander Downer warned Fiji's military commander, Commodore Frank Bainimarama, on "
      "Thursday that Canberra would suspend defence cooperation and aid if the army toppled the elected government.",
      [("AUS", "GOV", "FJI", "MIL", "1311", "Downer threatens Bainimarama with cuts in aid and defence ties: threat to reduce aid, 1311; the coup is hypothetical")]),

    # ------------------------------------------------------------------ PROTEST
    R("EU", "2018-03-09", "PROTEST",
      "Tens of thousands of Slovaks marched in Bratislava and other towns on Friday, demanding the resignation of Prime "
      "Minister Robert Fico's government over the murder of investigative journalist Jan Kuciak.",
      [("SVK", "CVL", "SVK", "GOV", "141", "The marches against Fico's government: demonstration, 141"),
       ("SVK", "CVL", "SVK", "GOV", "1041", "The marchers demand the government's resignation: 1041; the murder is undated and agentless, not coded")],
      loc="Bratislava"),
    R("AF", "2012-01-09", "PROTEST",
      "Nigeria's main labour unions began an indefinite general strike on Monday against the doubling of petrol prices, "
      "shutting banks, markets and offices in Lagos and Abuja.",
      [("NGA", "LAB", "NGA", "GOV", "143", "The unions' general strike against the government: 143; the price rise is no act here")]),
    R("SA", "2000-11-05", "PROTEST",
      "Irom Sharmila, a young poet in India's Manipur state, began a hunger strike on Sunday demanding the repeal of a law "
      "that gives troops sweeping powers, three days after soldiers shot dead ten civilians in Malom.",
      [("IND", "CVL", "IND", "GOV", "142", "Sharmila's hunger strike: 142", "Manipur"),
       ("IND", "CVL", "IND", "GOV", "1042", "She demands the repeal of AFSPA: demand for policy change, 1042", "Manipur"),
       ("IND", "MIL", "IND", "CVL", "190", "Dated background (three days earlier): Assam Rifles soldiers shoot ten civilians, 190", "Malom")]),
    R("AS", "2008-07-01", "PROTEST",
      "Protesters who accused Mongolia's ruling party of rigging the parliamentary election set fire to its headquarters "
      "in Ulaanbaatar on Tuesday, and President Nambaryn Enkhbayar declared a four-day state of emergency.",
      [("MNG", "CVL", "MNG", "PTY", "145", "Protesters burn the MPRP headquarters: violent protest, 145"),
       ("MNG", "CVL", "MNG", "PTY", "112", "The protesters' fraud accusation (same days): 112"),
       ("MNG", "GOV", "MNG", "CVL", "1724", "Enkhbayar's state of emergency: 1724, the rioters as target")],
      loc="Ulaanbaatar"),
    R("ME", "1989-04-18", "PROTEST",
      "Riots over steep increases in fuel and food prices broke out in the southern Jordanian town of Maan on Tuesday, "
      "with protesters setting fire to banks and government buildings.",
      [("JOR", "CVL", "JOR", "GOV", "145", "The Maan riots and arson against government buildings: violent protest, 145")],
      loc="Maan"),
    R("AM", "2022-02-10", "PROTEST",
      "Truckers protesting Canada's Covid-19 vaccine mandates kept the Ambassador Bridge between Windsor, Ontario, and "
      "Detroit blocked for a fourth day on Thursday, disrupting car production on both sides of the border.",
      [("CAN", "CVL", "CAN", "GOV", "144", "The truckers block the bridge in protest at federal mandates: obstruction, 144")],
      loc="Ambassador Bridge"),
    R("SA", "2007-03-12", "PROTEST",
      "Lawyers boycotted courts across Pakistan on Monday in protest at President Pervez Musharraf's suspension of Chief "
      "Justice Iftikhar Muhammad Chaudhry three days earlier.",
      [("PAK", "CVL", "PAK", "GOV", "143", "The lawyers' boycott of the courts: 143"),
       ("PAK", "GOV", "PAK", "JUD", "172", "Dated background (three days earlier): Musharraf suspends the chief justice, 172")]),
    R("PA", "2006-11-16", "PROTEST",
      "Pro-democracy rioters burned and looted much of central Nuku'alofa on Thursday after Tonga's parliament adjourned "
      "for the year without voting on political reform.",
      [("TON", "CVL", "TON", "GOV", "145", "The riot and arson: violent protest, 145; the adjournment without a vote is negated, not coded")],
      loc="Nuku'alofa"),

    # ------------------------------------------------------------------ MOBILIZE
    R("AS", "1996-03-08", "MOBILIZE",
      "China fired unarmed missiles into the sea off Taiwan's two busiest ports on Friday, two weeks before the island's "
      "first direct presidential election.",
      [("CHN", "MIL", "TWN", "", "150", "Missile tests aimed at Taiwan: demonstration of military power, 150 (138 also defensible)")]),
    R("SA", "2001-11-26", "MOBILIZE",
      "Nepal's King Gyanendra declared a state of emergency and ordered the army into action against Maoist rebels on "
      "Monday, three days after the insurgents broke a four-month truce with attacks on army and police posts.",
      [("NPL", "GOV", "NPL", "REB", "154", "The king mobilises the army against the Maoists: 154"),
       ("NPL", "GOV", "NPL", "REB", "1724", "The state of emergency: 1724"),
       ("NPL", "REB", "NPL", "MIL", "190", "Dated background (three days earlier): Maoist attacks on army posts, 190; compound object"),
       ("NPL", "REB", "NPL", "COP", "190", "Maoist attacks on police posts: second member")]),
    R("EU", "1996-01-30", "MOBILIZE",
      "Greece and Turkey sent warships toward the disputed Imia islets in the Aegean on Tuesday as a row over a flag "
      "planted on the rocks brought the NATO allies close to armed conflict.",
      [("GRC", "MIL", "TUR", "", "150", "Greek warships sent to the islets: show of force, 150; compound subject"),
       ("TUR", "MIL", "GRC", "", "150", "Turkish warships: second member; the flag planting is undated, not coded")],
      loc="Imia"),
    R("AF", "1988-10-06", "MOBILIZE",
      "Algerian President Chadli Bendjedid declared a state of siege on Thursday and sent tanks into the streets of "
      "Algiers as youths rioted for a third day over food shortages and rising prices.",
      [("DZA", "GOV", "DZA", "CVL", "154", "Bendjedid sends tanks into the capital: mobilisation of armed forces, 154"),
       ("DZA", "GOV", "DZA", "CVL", "1724", "The state of siege: 1724, the rioters as target"),
       ("DZA", "CVL", "DZA", "GOV", "145", "Dated duration (a third day): the youths' riots, 145")],
      loc="Algiers"),
    R("AM", "1982-04-05", "MOBILIZE",
      "The first ships of a British naval task force, led by the carriers Hermes and Invincible, sailed from Portsmouth "
      "on Monday, three days after Argentine troops seized the Falkland Islands.",
      [("GBR", "MIL", "ARG", "", "154", "The task force sails against Argentina: mobilisation, 154", "Portsmouth"),
       ("ARG", "MIL", "GBR", "", "192", "Dated background (three days earlier): Argentina seizes the British-ruled islands, occupation 192", "Falkland Islands")]),

    # ------------------------------------------------------------------ SANCTION
    R("ME", "1979-03-31", "SANCTION",
      "Arab foreign and economy ministers meeting in Baghdad suspended Egypt's membership of the Arab League on Saturday "
      "and cut off economic aid, five days after Cairo signed a peace treaty with Israel.",
      [("ARL", "IGO", "EGY", "", "16", "The League's ministers suspend Egypt: suspension from a body, root 16", "Baghdad"),
       ("ARL", "IGO", "EGY", "", "1621", "They cut off economic aid: 1621", "Baghdad"),
       ("EGY", "GOV", "ISR", "GOV", "057", "Dated background (five days earlier): Cairo signs the treaty, 057", None),
       ("ISR", "GOV", "EGY", "GOV", "057", "Signing is joint: reverse direction", None)]),
    R("EU", "2000-02-04", "SANCTION",
      "Austria's 14 European Union partners froze bilateral political contacts with Vienna on Friday and Israel recalled "
      "its ambassador as a coalition including Joerg Haider's far-right Freedom Party took office.",
      [(None, "GOV", "AUT", "GOV", "161", "The 14 unnamed governments (null/GOV) freeze contacts with Vienna: downgrading relations, 161"),
       ("ISR", "GOV", "AUT", "GOV", "161", "Israel recalls its ambassador: 161 (news-dev); taking office is no event")]),
    R("AM", "1993-05-26", "SANCTION",
      "Washington suspended economic aid to Guatemala on Wednesday, a day after President Jorge Serrano dissolved Congress "
      "and the Supreme Court and suspended parts of the constitution.",
      [("USA", "GOV", "GTM", "GOV", "1621", "Washington (capital for the government) suspends economic aid: 1621"),
       ("GTM", "GOV", "GTM", "LEG", "1724", "Dated background (a day earlier): Serrano dissolves Congress by decree, 1724"),
       ("GTM", "GOV", "GTM", "JUD", "172", "Serrano dissolves the Supreme Court: dismissing judges, 172; suspending the constitution is the same act")]),
    R("AF", "2018-05-01", "SANCTION",
      "Morocco broke off diplomatic relations with Iran on Tuesday, accusing Tehran of using its Lebanese ally Hezbollah to "
      "arm and train Polisario Front fighters seeking Western Sahara's independence.",
      [("MAR", "GOV", "IRN", "GOV", "161", "Morocco breaks relations: 161"),
       ("MAR", "GOV", "IRN", "GOV", "112", "Morocco accuses Tehran (capital for the government): 112; the arming is its content")]),
    R("PA", "2019-09-16", "SANCTION",
      "Taiwan cut diplomatic ties with the Solomon Islands on Monday, hours after the Pacific nation's cabinet voted to "
      "switch its recognition to Beijing.",
      [("TWN", "GOV", "SLB", "GOV", "161", "Taiwan breaks relations with the Solomons: 161"),
       ("SLB", "GOV", "CHN", "GOV", "054", "Dated background (hours earlier): the cabinet switches recognition to Beijing, 054")]),
    R("SA", "2019-08-07", "SANCTION",
      "Pakistan expelled India's high commissioner and suspended bilateral trade on Wednesday in retaliation for New Delhi's "
      "decision to strip Indian-administered Kashmir of its special status.",
      [("PAK", "GOV", "IND", "GOV", "161", "Pakistan expels India's envoy: 161"),
       ("PAK", "GOV", "IND", "", "163", "Pakistan suspends trade: trade suspension 163 (COERCE under the mapping); New Delhi's decision is the reason, not coded")]),

    # ------------------------------------------------------------------ COERCE
    R("AS", "2015-07-09", "COERCE",
      "Thailand deported more than 100 Uighur migrants to China on Thursday, defying appeals from the United Nations "
      "refugee agency, which warned they could face persecution at home.",
      [("THA", "GOV", "CHN", "REF", "174", "Thailand deports the Uighurs (Chinese nationals, REF): 174"),
       ("THA", "GOV", "UNO", "IGO", "120", "Thailand defies UNHCR's appeals: rejection, 120; the appeals and the warning are undated objects")]),
    R("SA", "2004-08-20", "COERCE",
      "Maoist rebels kept Nepal's capital cut off from the rest of the country for a third day on Friday, enforcing a "
      "blockade that has emptied the highways into Kathmandu.",
      [("NPL", "REB", "NPL", "", "191", "The Maoist blockade of the capital (premises, NPL): 191")],
      loc="Kathmandu"),
    R("EU", "2025-03-19", "COERCE",
      "Turkish police detained Istanbul's opposition mayor Ekrem Imamoglu, President Recep Tayyip Erdogan's main political "
      "rival, in a dawn raid on his home on Wednesday on corruption and terrorism charges.",
      [("TUR", "COP", "TUR", "OPP", "173", "Police detain Imamoglu (CHP mayor, OPP): 173; the charges go with the detention")]),
    R("AF", "2021-07-25", "COERCE",
      "Tunisian President Kais Saied suspended parliament and dismissed Prime Minister Hichem Mechichi on Sunday after a day "
      "of protests against the government's handling of the Covid-19 pandemic.",
      [("TUN", "GOV", "TUN", "LEG", "172", "Saied suspends parliament: 172"),
       ("TUN", "GOV", "TUN", "GOV", "172", "Saied dismisses Mechichi: 172"),
       ("TUN", "CVL", "TUN", "GOV", "141", "Dated (the same day): the protests, 141")]),
    R("AM", "2023-02-09", "COERCE",
      "Nicaragua freed 222 political prisoners on Thursday and flew them to Washington, and lawmakers loyal to President "
      "Daniel Ortega then voted to strip them of their Nicaraguan citizenship.",
      [("NIC", "GOV", "NIC", "OPP", "174", "Ortega's government expels the prisoners: deportation, 174"),
       ("NIC", "GOV", "NIC", "OPP", "0841", "It frees them: release, 0841"),
       ("NIC", "LEG", "NIC", "OPP", "172", "Lawmakers strip their citizenship: administrative sanction, 172")]),
    R("ME", "2019-07-19", "COERCE",
      "Iran's Revolutionary Guards seized the British-flagged tanker Stena Impero in the Strait of Hormuz on Friday, two "
      "weeks after British Royal Marines helped detain an Iranian supertanker off Gibraltar.",
      [("IRN", "MIL", "GBR", "BUS", "1711", "The Guards seize the tanker: seizing a ship, 1711", "Strait of Hormuz"),
       ("GBR", "MIL", "IRN", "BUS", "1711", "Dated background (two weeks earlier): Royal Marines seize the Grace 1, 1711", "Gibraltar")]),
    R("PA", "2000-06-05", "COERCE",
      "Militiamen of the Malaita Eagle Force, backed by paramilitary police, seized the police armoury in Honiara on Monday "
      "and placed Prime Minister Bartholomew Ulufa'alu under house arrest.",
      [("SLB", "REB", "SLB", "COP", "1711", "The MEF seizes the armoury: seizing property, 1711"),
       ("SLB", "REB", "SLB", "GOV", "17", "The MEF holds the prime minister: a coup, root 17 (173 or 181 also defensible); the police backing is a participle, not coded")],
      loc="Honiara"),
    R("AS", "2014-05-20", "COERCE",
      "Thailand's army declared martial law before dawn on Tuesday, saying it wanted to restore order after six months of "
      "sometimes deadly street protests aimed at toppling the government.",
      [("THA", "MIL", "THA", "", "1724", "The army's martial law: 1724"),
       ("THA", "CVL", "THA", "GOV", "141", "Dated duration (six months): the street protests, 141")]),

    # ------------------------------------------------------------------ ASSAULT
    R("ME", "1985-10-01", "ASSAULT",
      "Israeli F-15 jets bombed the headquarters of the Palestine Liberation Organisation at Hammam Chott near Tunis on "
      "Tuesday, killing dozens of people, in retaliation for the killing of three Israelis in Cyprus.",
      [("ISR", "MIL", "PSE", "REB", "195", "Israeli air raid on the PLO (PSE/REB): 195; the Larnaca killings are undated, not coded")],
      loc="Hammam Chott"),
    R("AF", "2011-08-26", "ASSAULT",
      "A suicide bomber drove a car packed with explosives into the United Nations building in Abuja on Friday, killing at "
      "least 18 people in an attack claimed by Boko Haram.",
      [("NGA", "REB", "UNO", "IGO", "183", "The Boko Haram (NGA/REB, claimed and undisputed) car bombing of the UN building: 183")],
      loc="Abuja"),
    R("AS", "1983-10-09", "ASSAULT",
      "A bomb planted by North Korean agents tore through the Martyrs' Mausoleum in Rangoon on Sunday, killing 21 people "
      "including four South Korean cabinet ministers waiting for President Chun Doo-hwan.",
      [("PRK", "MIL", "KOR", "GOV", "183", "North Korean agents (army commandos, MIL) bomb the South Korean delegation: 183")],
      loc="Rangoon"),
    R("SA", "2015-09-28", "ASSAULT",
      "Taliban fighters overran the northern Afghan city of Kunduz on Monday and raised their flag over its main square, the "
      "insurgents' biggest gain since they were driven from power in 2001.",
      [("AFG", "REB", "AFG", "", "190", "The Taliban (AFG/REB in 2015) take the city: 190; their 2001 ouster is an agentless passive, not coded")],
      loc="Kunduz"),
    R("EU", "2003-03-12", "ASSAULT",
      "Serbian Prime Minister Zoran Djindjic was shot dead by a sniper outside the government headquarters in Belgrade on "
      "Wednesday as he stepped out of his car.",
      [(None, None, "SRB", "GOV", "186", "An unnamed sniper (null/null) assassinates Djindjic: 186")],
      loc="Belgrade"),
    R("AM", "1996-12-17", "ASSAULT",
      "Tupac Amaru guerrillas disguised as waiters stormed a party at the Japanese ambassador's residence in Lima on Tuesday "
      "night, taking hundreds of guests hostage, among them Peruvian ministers and foreign diplomats.",
      [("PER", "REB", "JPN", "", "181", "The MRTA (PER/REB) storms the Japanese residence (premises: JPN) and takes hostages: 181"),
       ("PER", "REB", "PER", "GOV", "181", "Hostages: Peruvian ministers, first member of the compound"),
       ("PER", "REB", None, "GOV", "181", "Hostages: foreign diplomats of several countries (null/GOV), second member")],
      loc="Lima"),
    R("PA", "1988-05-05", "ASSAULT",
      "French commandos stormed a cave on the New Caledonian island of Ouvea on Thursday to free gendarmes held hostage by "
      "Kanak separatists, in an assault that left 19 separatists and two soldiers dead.",
      [("FRA", "MIL", "NCL", "REB", "190", "French troops storm the separatists' cave: 190; the hostage-taking is undated background, not coded")],
      loc="Ouvea"),
    R("ME", "1988-03-16", "ASSAULT",
      "Iraqi warplanes attacked the Kurdish town of Halabja with poison gas on Wednesday, killing about 5,000 civilians, a "
      "day after Iranian troops and Kurdish guerrillas captured it.",
      [("IRQ", "MIL", "IRQ", "CVL", "2041", "The gas attack on the town's Kurds: chemical weapons, 2041"),
       ("IRN", "MIL", "IRQ", "", "190", "Dated background (a day earlier): Iranian troops take Halabja, 190; compound subject"),
       ("IRQ", "REB", "IRQ", "", "190", "Kurdish guerrillas (IRQ/REB) take the town: second member")],
      loc="Halabja"),
    R("AF", "1979-04-11", "ASSAULT",
      "Tanzanian troops and Ugandan exiles captured Kampala on Wednesday after weeks of fighting, ending Idi Amin's eight "
      "years in power.",
      [("TZA", "MIL", "UGA", "GOV", "190", "Tanzanian troops take Kampala from Amin's government: 190; compound subject"),
       ("UGA", "REB", "UGA", "GOV", "190", "The armed Ugandan exiles (UNLA, REB) take the capital: second member; 'weeks of fighting' restates the same campaign")],
      loc="Kampala"),

    # ------------------------------------------------------------------ NONE
    NONE("AF", "2019-03-14",
         "Cyclone Idai made landfall near the Mozambican port city of Beira late on Thursday with winds of up to 170 km an "
         "hour, cutting power and flooding much of the city.",
         "A natural disaster: no actor does anything to another."),
    NONE("AF", "2014-04-06",
         "Nigeria's economy overtook South Africa's as the largest in Africa on Sunday after statisticians revised the base "
         "year of its gross domestic product figures, nearly doubling its estimated size.",
         "Statistics: a GDP rebasing, no political event."),
    NONE("ME", "2016-11-28",
         "Oil analysts said on Monday it remained unclear whether Saudi Arabia and Iran could settle their differences over "
         "output cuts before OPEC ministers meet in Vienna this week.",
         "Speculation about a settlement and a future meeting; nothing happened."),
    NONE("AS", "2019-07-26",
         "North Korea's economy shrank by an estimated 4.1 percent last year, its steepest contraction in two decades, as "
         "drought and falling exports hit output, South Korea's central bank said on Friday.",
         "An economic estimate; the central bank's statement is a plain report."),
    NONE("SA", "2014-04-07",
         "Opinion polls suggested on Monday that Narendra Modi's Bharatiya Janata Party could emerge as the largest party as "
         "India began voting in a general election staggered over five weeks.",
         "A poll forecast and the start of voting: no event between actors."),
    NONE("EU", "2010-04-15",
         "Ash from an erupting volcano beneath Iceland's Eyjafjallajokull glacier drifted across northern Europe on Thursday, "
         "grounding thousands of flights across Britain and Scandinavia.",
         "A natural disaster; the groundings have no actor."),
    NONE("AM", "2022-10-28",
         "Brazil's final opinion polls showed on Friday that the presidential runoff between Luiz Inacio Lula da Silva and "
         "Jair Bolsonaro was too close to call ahead of Sunday's vote.",
         "An election poll: forecast only."),
    NONE("PA", "2022-01-15",
         "An undersea volcano near Tonga erupted violently on Saturday, blanketing the island kingdom's capital in ash and "
         "sending tsunami waves across the Pacific as far as Peru and Japan.",
         "A natural disaster."),
    NONE("AS", "2015-02-04",
         "A TransAsia Airways turboprop with 58 people on board clipped a taxi and a highway overpass and plunged into a river "
         "in Taipei on Wednesday shortly after taking off.",
         "An accident report."),
    NONE("EU", "2006-05-21",
         "Voting in Montenegro's referendum on independence from Serbia passed off peacefully on Sunday, election monitors "
         "said, with turnout above 86 percent.",
         "A quiet vote reported by monitors: a negated incident, no event; the monitors' statement is a plain report."),
]

if __name__ == "__main__":
    build(HERE, "sents29", "tc", 29, ENTRIES, C2P)
