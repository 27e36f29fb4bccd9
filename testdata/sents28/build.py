#!/usr/bin/env python3
"""Build records.jsonl for sents28: a blind sentence set in the PLOVER gold-standard record format.

Written blind to dateline (see README.md). Run `python3 build.py` in this folder; it rewrites
records.jsonl. Python 3 standard library only; uses ../sents6/buildlib.py for the entry
constructors, the fixed half-by-half order (seed 28) and the writing of the records.

Each entry: region, date, category, text, events; an event is
(source_country, source_sector, target_country, target_sector, cameo, note[, place]).
The note names the actors and says why the code was chosen; a seventh item gives an event a
place of its own (None: no place named for that event). Countries are ISO 3166-1 alpha-3;
Soviet actors RUS, Czechoslovakia CZE (its successor, as the Soviet Union is coded RUS);
international bodies as in news-dev's README and sents6/sents18: UNO, AFR, ARL, EUR, OAS with
sector IGO (the Rwanda tribunal UNO/JUD); the Council of Europe null/IGO; the Red Cross
null/NGO; unnamed groups of governments null/GOV; unnamed gunmen and militants null/null.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sents6"))
from buildlib import N, R, NONE, build  # noqa: E402

# CAMEO -> PLOVER for the codes this set uses: the same values as
# /work/shared/gold/cameo-to-plover.json (build() checks them against that file when present).
C2P = {
    "030": "AGREE", "032": "AGREE", "038": "AGREE",
    "040": "CONSULT", "042": "CONSULT", "043": "CONSULT", "044": "CONSULT", "045": "CONSULT",
    "046": "CONSULT",
    "054": "SUPPORT", "055": "SUPPORT", "057": "SUPPORT",
    "060": "COOPERATE", "062": "COOPERATE", "063": "COOPERATE",
    "072": "AID", "073": "AID", "074": "AID", "075": "AID",
    "0812": "CONCEDE", "0831": "CONCEDE", "0833": "CONCEDE", "0834": "CONCEDE",
    "0814": "RETREAT", "0841": "RETREAT", "085": "RETREAT", "0874": "RETREAT",
    "10": "REQUEST", "1032": "REQUEST", "1034": "REQUEST", "1041": "REQUEST", "1053": "REQUEST",
    "1056": "REQUEST",
    "112": "ACCUSE", "114": "ACCUSE", "115": "ACCUSE", "116": "ACCUSE",
    "120": "REJECT", "1245": "REJECT", "129": "REJECT",
    "130": "THREATEN", "138": "THREATEN", "139": "THREATEN",
    "141": "PROTEST", "142": "PROTEST", "143": "PROTEST", "145": "PROTEST",
    "150": "MOBILIZE", "152": "MOBILIZE", "154": "MOBILIZE",
    "16": "SANCTION", "161": "SANCTION", "1621": "SANCTION",
    "163": "COERCE", "17": "COERCE", "172": "COERCE", "173": "COERCE", "1724": "COERCE",
    "191": "COERCE", "192": "COERCE",
    "175": "ASSAULT", "180": "ASSAULT", "181": "ASSAULT", "182": "ASSAULT", "183": "ASSAULT",
    "1832": "ASSAULT", "190": "ASSAULT", "195": "ASSAULT", "202": "ASSAULT",
}


def both(a, b, cameo, note, *place):
    """A joint or reciprocal act: one event each way (a and b are (country, sector))."""
    return [(a[0], a[1], b[0], b[1], cameo, note) + place,
            (b[0], b[1], a[0], a[1], cameo, note + " (reverse direction)") + place]


ENTRIES = [
    # ------------------------------------------------------------------ AGREE
    R("AS", "2005-07-17", "AGREE",
      "Negotiators for the Indonesian government and the separatist Free Aceh Movement agreed in "
      "Helsinki on Sunday to end nearly 30 years of fighting in the tsunami-ravaged province, "
      "officials from both sides said.",
      both(("IDN", "GOV"), ("IDN", "REB"), "030",
           "Indonesian government negotiators and the Free Aceh Movement (GAM, IDN/REB) agree: joint "
           "act, 030; the end of the fighting is the deal's content, not an event"),
      loc="Helsinki"),
    R("AM", "1998-10-09", "AGREE",
      "Presidents Jamil Mahuad of Ecuador and Alberto Fujimori of Peru agreed on Friday to let the "
      "four guarantor nations of a 1942 treaty draw the last stretch of their disputed Andean border.",
      both(("ECU", "GOV"), ("PER", "GOV"), "030",
           "Mahuad (Ecuador) and Fujimori (Peru) agree with each other: joint act, 030")
      + [("ECU", "GOV", N, "GOV", "038",
          "Mahuad accepts the guarantors' arbitration: accept mediation 038; the four unnamed "
          "guarantor states are null/GOV"),
         ("PER", "GOV", N, "GOV", "038",
          "Fujimori accepts the guarantors' arbitration: 038; guarantors null/GOV")]),
    R("ME", "1989-10-22", "AGREE",
      "Lebanese lawmakers meeting in the Saudi mountain resort of Taif approved on Sunday an Arab "
      "League plan to end their country's 14-year civil war and share power more evenly between "
      "Christians and Muslims.",
      [("LBN", "LEG", "ARL", "IGO", "030",
        "Lebanese deputies (LBN/LEG) accept the Arab League's plan: acceptance of a proposal 03x with "
        "the proposer (ARL/IGO) as target; the civil war has no agent in the clause")],
      loc="Taif"),
    R("EU", "2013-04-19", "AGREE",
      "Serbia and Kosovo reached a landmark deal in Brussels on Friday to normalise relations, under "
      "which Belgrade will hand control of policing in Kosovo's Serb-majority north to Pristina, EU "
      "foreign policy chief Catherine Ashton said.",
      both(("SRB", "GOV"), ("XKX", "GOV"), "030",
           "Serbia and Kosovo (XKX) reach a deal: joint act, 030; what Belgrade 'will hand' Pristina is "
           "the deal's future content, not coded; Ashton only reports it"),
      loc="Brussels"),
    R("SA", "2006-11-08", "AGREE",
      "Prime Minister Girija Prasad Koirala and Maoist chief Prachanda agreed early on Wednesday to "
      "lock up the rebels' weapons under United Nations supervision and bring the former insurgents "
      "into an interim government.",
      both(("NPL", "GOV"), ("NPL", "REB"), "030",
           "Koirala (Nepal's government) and Prachanda (Maoists, NPL/REB) agree: joint act, 030; UN "
           "supervision is future content of the deal")),
    R("AF", "2009-08-09", "AGREE",
      "Madagascar's rival leaders, Andry Rajoelina and the man he ousted in March, Marc "
      "Ravalomanana, agreed in Maputo on Sunday to form a power-sharing government to lead the "
      "island to new elections.",
      both(("MDG", "GOV"), ("MDG", "OPP"), "030",
           "Rajoelina (de facto head, MDG/GOV) and the deposed Ravalomanana (MDG/OPP) agree: joint "
           "act, 030")
      + [("MDG", "OPP", "MDG", "GOV", "17",
          "dated background ('in March'): Rajoelina, then opposition leader, ousted President "
          "Ravalomanana (MDG/GOV): a takeover, root 17", None)],
      loc="Maputo"),
    R("AM", "2010-08-10", "AGREE",
      "Colombia's new president, Juan Manuel Santos, and Venezuela's Hugo Chavez agreed at a meeting "
      "in Santa Marta on Tuesday to restore diplomatic relations, which Caracas had broken off in July.",
      both(("COL", "GOV"), ("VEN", "GOV"), "032",
           "Santos (Colombia) and Chavez (Venezuela) agree to restore relations: intent to cooperate "
           "diplomatically 032, joint act; the meeting is the setting of the agreement, not coded "
           "apart")
      + [("VEN", "GOV", "COL", "GOV", "161",
          "dated background ('in July'): Caracas (Venezuela's government) broke off relations with "
          "Colombia: 161", None)],
      loc="Santa Marta"),
    # ---------------------------------------------------------------- CONSULT
    R("PA", "2006-11-29", "CONSULT",
      "Fiji's Prime Minister Laisenia Qarase and his army commander, Commodore Frank Bainimarama, "
      "held two hours of talks in Wellington on Wednesday at the invitation of New Zealand Foreign "
      "Minister Winston Peters.",
      both(("FJI", "GOV"), ("FJI", "MIL"), "044",
           "Qarase (FJI/GOV) and Bainimarama (FJI/MIL) meet abroad: meeting at a third location 044")
      + [("NZL", "GOV", "FJI", "GOV", "043", "Peters (New Zealand) hosts Qarase: 043"),
         ("NZL", "GOV", "FJI", "MIL", "043", "Peters (New Zealand) hosts Bainimarama: 043")],
      loc="Wellington"),
    R("AS", "1991-11-05", "CONSULT",
      "Vietnamese Communist Party chief Do Muoi arrived in Beijing on Tuesday for a summit meant to "
      "seal the normalisation of relations between the two communist neighbours, estranged since "
      "the late 1970s.",
      [("VNM", "GOV", "CHN", "", "042",
        "Do Muoi, leader of Vietnam's ruling party (VNM/GOV), visits China: 042; the summit is the "
        "purpose of the trip and the estrangement a state, neither coded")],
      loc="Beijing"),
    R("AF", "2018-06-20", "CONSULT",
      "South Sudan's President Salva Kiir and his former deputy turned rebel leader, Riek Machar, "
      "met face to face in Addis Ababa on Wednesday for the first time in nearly two years, at talks "
      "hosted by Ethiopia's Prime Minister Abiy Ahmed.",
      both(("SSD", "GOV"), ("SSD", "REB"), "044",
           "Kiir (SSD/GOV) and Machar (SPLM-IO, SSD/REB) meet in a third country: 044")
      + [("ETH", "GOV", "SSD", "GOV", "043", "Abiy (Ethiopia) hosts Kiir: 043"),
         ("ETH", "GOV", "SSD", "REB", "043", "Abiy (Ethiopia) hosts Machar: 043")],
      loc="Addis Ababa"),
    R("EU", "2008-01-23", "CONSULT",
      "Kostas Karamanlis on Wednesday became the first Greek prime minister in nearly half a century "
      "to make an official visit to Turkey, holding talks in Ankara with Recep Tayyip Erdogan.",
      [("GRC", "GOV", "TUR", "", "042", "Karamanlis (Greece) visits Turkey: 042")]
      + both(("GRC", "GOV"), ("TUR", "GOV"), "046",
             "Karamanlis and Erdogan (Turkey) hold talks: negotiation 046, joint act"),
      loc="Ankara"),
    R("SA", "2006-02-22", "CONSULT",
      "Sri Lankan government negotiators and Tamil Tiger rebels opened two days of talks in Geneva on "
      "Wednesday, their first face-to-face meeting in nearly three years, with Norway acting as "
      "facilitator.",
      both(("LKA", "GOV"), ("LKA", "REB"), "046",
           "Sri Lanka's government and the LTTE (LKA/REB) open talks: 046, joint act")
      + [("NOR", "GOV", "LKA", "GOV", "045", "Norway facilitates the talks: mediation 045"),
         ("NOR", "GOV", "LKA", "REB", "045", "Norway facilitates the talks: mediation 045")],
      loc="Geneva"),
    R("AM", "1985-11-30", "CONSULT",
      "Argentine President Raul Alfonsin and his Brazilian counterpart Jose Sarney met at the Iguazu "
      "River on Saturday, inaugurating a bridge between the two countries and signing a declaration "
      "that committed the old rivals to economic integration.",
      both(("ARG", "GOV"), ("BRA", "GOV"), "040",
           "Alfonsin (Argentina) and Sarney (Brazil) meet on the border: 040, joint act")
      + both(("ARG", "GOV"), ("BRA", "GOV"), "057",
             "the two presidents sign the Foz do Iguacu declaration: signing 057 each way"),
      loc="Iguazu River"),
    R("ME", "2007-03-03", "CONSULT",
      "Saudi King Abdullah welcomed Iranian President Mahmoud Ahmadinejad to Riyadh on Saturday for "
      "rare talks between the regional rivals on the crises in Lebanon and Iraq.",
      [("SAU", "GOV", "IRN", "GOV", "043", "King Abdullah (Saudi Arabia) hosts Ahmadinejad: 043"),
       ("IRN", "GOV", "SAU", "", "042", "Ahmadinejad (Iran) visits Saudi Arabia: 042; the talks are "
        "the purpose of the visit ('for rare talks'), not coded apart")],
      loc="Riyadh"),
    # ---------------------------------------------------------------- SUPPORT
    R("PA", "2000-10-15", "SUPPORT",
      "The Solomon Islands government and ethnic militias from Malaita and Guadalcanal signed a peace "
      "accord in the Australian city of Townsville on Sunday, under which the gunmen are to hand in "
      "their weapons.",
      both(("SLB", "GOV"), ("SLB", "REB"), "057",
           "the Solomon Islands government and the Malaita Eagle Force and Isatabu Freedom Movement "
           "(both SLB/REB, one code for the compound) sign the Townsville accord: 057; the hand-in "
           "of weapons is future content"),
      loc="Townsville"),
    R("AM", "2007-06-06", "SUPPORT",
      "Costa Rica switched diplomatic recognition from Taiwan to China, President Oscar Arias "
      "announced on Wednesday, leaving Taipei with just a handful of allies in Central America.",
      [("CRI", "GOV", "CHN", "", "054", "Costa Rica recognises China: diplomatic recognition 054"),
       ("CRI", "GOV", "TWN", "GOV", "161",
        "Costa Rica drops its recognition of Taiwan (Taipei): breaking relations 161")]),
    R("EU", "2010-03-31", "SUPPORT",
      "Serbia's parliament narrowly adopted a declaration early on Wednesday condemning the 1995 "
      "massacre of Bosniaks at Srebrenica and apologising to the families of the victims.",
      [("SRB", "LEG", "BIH", "CVL", "055",
        "Serbia's parliament (SRB/LEG) apologises to the Bosniak victims' families (BIH/CVL): 055; "
        "the massacre has no agent in the clause and is not coded")]),
    R("AF", "2002-04-04", "SUPPORT",
      "Angola's army chief and the military commander of UNITA signed a ceasefire in Luanda on "
      "Thursday, six weeks after government troops killed the rebel movement's founder, Jonas "
      "Savimbi, in eastern Moxico province.",
      both(("AGO", "MIL"), ("AGO", "REB"), "057",
           "General da Cruz Neto (AGO/MIL) and UNITA's commander Kamorteiro (AGO/REB) sign the "
           "ceasefire: signing a formal agreement 057")
      + [("AGO", "MIL", "AGO", "REB", "190",
          "dated background ('six weeks after'): government troops kill Savimbi (UNITA, AGO/REB) in "
          "combat: conventional military force 190", "Moxico")],
      loc="Luanda"),
    R("AM", "2010-12-03", "SUPPORT",
      "Brazil recognised a Palestinian state within the borders of 1967 on Friday, in a letter from "
      "President Luiz Inacio Lula da Silva to Palestinian President Mahmoud Abbas.",
      [("BRA", "GOV", "PSE", "GOV", "054",
        "Brazil (Lula) recognises the Palestinian state, Abbas (PSE/GOV) as addressee: 054")]),
    R("SA", "2015-06-06", "SUPPORT",
      "Indian Prime Minister Narendra Modi and Bangladesh's Sheikh Hasina exchanged the ratified "
      "instruments of a long-stalled land boundary accord in Dhaka on Saturday, clearing the way to "
      "swap more than 160 enclaves.",
      both(("IND", "GOV"), ("BGD", "GOV"), "057",
           "Modi (India) and Hasina (Bangladesh) exchange instruments of ratification: formal "
           "agreement 057, joint act; the enclave swap is future"),
      loc="Dhaka"),
    R("AS", "2015-12-28", "SUPPORT",
      "Japan offered its 'most sincere apologies and remorse' to the Korean women forced into its "
      "wartime military brothels, under a deal announced with South Korea in Seoul on Monday.",
      [("JPN", "GOV", "KOR", "CVL", "055",
        "Japan apologises to the Korean 'comfort women' (KOR/CVL): 055; the wartime forcing is "
        "undated background")]
      + both(("JPN", "GOV"), ("KOR", "GOV"), "030",
             "Japan and South Korea announce a deal: agreement 030, joint act"),
      loc="Seoul"),
    # -------------------------------------------------------------- COOPERATE
    R("SA", "2007-12-21", "COOPERATE",
      "Indian and Chinese troops began their first joint counter-terrorism exercise in the "
      "southwestern Chinese city of Kunming on Friday, in a sign of warming ties between the Asian "
      "giants.",
      both(("IND", "MIL"), ("CHN", "MIL"), "062",
           "Indian and Chinese troops hold a joint exercise: military cooperation 062, joint act"),
      loc="Kunming"),
    R("AM", "2008-05-13", "COOPERATE",
      "Colombia extradited 14 jailed paramilitary warlords to the United States on Tuesday, among "
      "them Salvatore Mancuso, to face drug trafficking charges, in a surprise move by President "
      "Alvaro Uribe.",
      [("COL", "GOV", "USA", "", "063",
        "Colombia (Uribe's government) extradites the AUC leaders to the United States: judicial "
        "cooperation 063; the charges are the purpose")]),
    R("EU", "2015-05-11", "COOPERATE",
      "Russian and Chinese warships began their first joint naval exercises in the Mediterranean on "
      "Monday, a drill Moscow said was not aimed at any third country.",
      both(("RUS", "MIL"), ("CHN", "MIL"), "062",
           "Russian and Chinese navies exercise together: 062, joint act; Moscow's statement is not "
           "an event"),
      loc="Mediterranean"),
    R("AF", "1997-07-18", "COOPERATE",
      "Kenyan police arrested former Rwandan prime minister Jean Kambanda in Nairobi on Friday and "
      "handed him over to the UN tribunal investigating the 1994 genocide.",
      [("KEN", "COP", "RWA", "", "173",
        "Kenyan police arrest Kambanda (former Rwandan prime minister, RWA with no sector as a "
        "former official): arrest 173"),
       ("KEN", "COP", "UNO", "JUD", "063",
        "Kenyan police hand him to the Rwanda tribunal (ICTR, UNO/JUD like the ICTY): judicial "
        "cooperation 063; the genocide has no agent in the clause")],
      loc="Nairobi"),
    R("AS", "2011-12-10", "COOPERATE",
      "Chinese police boats set off on Saturday on the first joint patrols of the Mekong River with "
      "Laos, Myanmar and Thailand, two months after 13 Chinese sailors were killed on the river.",
      both(("CHN", "COP"), ("LAO", ""), "060",
           "Chinese police patrol jointly with Laos: material cooperation 060 (police, not military)")
      + both(("CHN", "COP"), ("MMR", ""), "060", "Chinese police patrol jointly with Myanmar: 060")
      + both(("CHN", "COP"), ("THA", ""), "060", "Chinese police patrol jointly with Thailand: 060"),
      loc="Mekong River"),
    R("PA", "2002-10-18", "COOPERATE",
      "Australian and Indonesian police formally began a joint investigation into the Bali nightclub "
      "bombings on Friday, with dozens of Australian federal agents working alongside Indonesian "
      "detectives in Denpasar.",
      both(("AUS", "COP"), ("IDN", "COP"), "063",
           "Australian Federal Police and Indonesian police investigate jointly: judicial cooperation "
           "063; the bombings have no agent in the clause"),
      loc="Denpasar"),
    # -------------------------------------------------------------------- AID
    R("AF", "2015-01-17", "AID",
      "Chad sent a convoy of troops and armoured vehicles into northern Cameroon on Saturday to help "
      "its neighbour fight Boko Haram insurgents, who had stepped up cross-border raids.",
      [("TCD", "MIL", "CMR", "", "072",
        "Chadian troops sent to Cameroon to help it: military aid 072; fighting Boko Haram is the "
        "purpose and the raids undated background")],
      loc="northern Cameroon"),
    R("AS", "2005-01-01", "AID",
      "U.S. Navy helicopters from the aircraft carrier Abraham Lincoln began ferrying food and water "
      "to survivors along Aceh's devastated coast on Saturday, six days after the tsunami.",
      [("USA", "MIL", "IDN", "CVL", "073",
        "U.S. Navy helicopters (USA/MIL) carry relief to Acehnese survivors (IDN/CVL): humanitarian "
        "aid 073")],
      loc="Aceh"),
    R("SA", "2015-04-25", "AID",
      "India flew military transport planes carrying rescue teams, doctors and relief supplies to "
      "Kathmandu on Saturday, hours after a powerful earthquake flattened buildings across Nepal.",
      [("IND", "MIL", "NPL", "", "073",
        "India's air force flies relief to Nepal: humanitarian aid 073; the earthquake is not an "
        "event")],
      loc="Kathmandu"),
    R("AM", "1999-04-01", "AID",
      "Argentina granted political asylum on Thursday to Lino Oviedo, the former Paraguayan army "
      "chief accused of masterminding last week's assassination of Vice President Luis Maria Argana.",
      [("ARG", "GOV", "PRY", "", "075",
        "Argentina (Menem's government) grants asylum to Oviedo (Paraguayan, former army chief, no "
        "current post: PRY with no sector): 075; the assassination is the content of an accusation "
        "and has no agent in the clause")]),
    R("EU", "1988-12-10", "AID",
      "Planes carrying American rescue teams, sniffer dogs and medical supplies landed in Yerevan on "
      "Saturday to help Soviet Armenia dig survivors out of Wednesday's devastating earthquake.",
      [("USA", "", "ARM", "CVL", "073",
        "American rescue teams and supplies for the quake victims of Soviet Armenia (ARM/CVL, the "
        "republic's population): humanitarian aid 073")],
      loc="Yerevan"),
    R("ME", "1991-04-07", "AID",
      "U.S. Air Force transport planes began dropping food, blankets and tents on Sunday to hundreds "
      "of thousands of Kurdish refugees huddled in the mountains along Iraq's border with Turkey.",
      [("USA", "MIL", "IRQ", "REF", "073",
        "U.S. Air Force airdrops to Iraqi Kurdish refugees (IRQ/REF): humanitarian aid 073")],
      loc="Iraq's border with Turkey"),
    R("PA", "2021-11-25", "AID",
      "Australian police and troops began arriving in Honiara on Thursday at the request of Solomon "
      "Islands Prime Minister Manasseh Sogavare, after two days of rioting and arson in the capital's "
      "Chinatown.",
      [("AUS", "COP", "SLB", "", "074",
        "Australian police deployed to keep order in Solomon Islands: military protection or "
        "peacekeeping 074; Sogavare's request is undated background, not coded"),
       ("AUS", "MIL", "SLB", "", "074", "Australian troops deployed likewise: 074"),
       ("SLB", "CVL", "SLB", "GOV", "145",
        "dated duration ('two days of rioting'): rioters (SLB/CVL) against Sogavare's government: "
        "violent protest 145")],
      loc="Honiara"),
    # ---------------------------------------------------------------- CONCEDE
    R("AF", "1991-12-03", "CONCEDE",
      "Kenya's ruling KANU party, meeting under President Daniel arap Moi, voted on Tuesday to allow "
      "rival political parties, a week after Western donors froze new aid to the country.",
      [("KEN", "PTY", "KEN", "OPP", "0812",
        "KANU (KEN/PTY) lifts the one-party ban in favour of the opposition (KEN/OPP): ease ban on "
        "political parties 0812"),
       (N, "GOV", "KEN", "GOV", "1621",
        "dated background ('a week after'): Western donors (unnamed governments, null/GOV) freeze "
        "aid to Kenya: reduce economic aid 1621")]),
    R("SA", "2006-04-24", "CONCEDE",
      "Nepal's King Gyanendra bowed to 19 days of mass protests late on Monday and reinstated the "
      "dissolved House of Representatives, handing power back to the country's political parties.",
      [("NPL", "GOV", "NPL", "OPP", "0834",
        "King Gyanendra (NPL/GOV) restores parliament, yielding to the parties (NPL/OPP): accede to "
        "institutional change 0834"),
       ("NPL", "OPP", "NPL", "GOV", "141",
        "dated duration ('19 days of mass protests'): the opposition parties' protests against the "
        "king: 141")]),
    R("AS", "1992-05-24", "CONCEDE",
      "Thai Prime Minister Suchinda Kraprayoon resigned on Sunday, days after troops opened fire on "
      "pro-democracy demonstrators in Bangkok, killing dozens.",
      [("THA", "GOV", "THA", "CVL", "0831",
        "Suchinda resigns under protest pressure: 0831 with the demonstrators (THA/CVL) as target"),
       ("THA", "MIL", "THA", "CVL", "175",
        "dated background ('days after'): Thai troops fire on demonstrators: live fire on crowds "
        "175", "Bangkok")]),
    R("EU", "1989-11-29", "CONCEDE",
      "Czechoslovakia's Federal Assembly voted unanimously on Wednesday to strike the Communist "
      "Party's leading role from the constitution, after 12 days of mass protests led by Vaclav "
      "Havel's Civic Forum.",
      [("CZE", "LEG", "CZE", "OPP", "0834",
        "the Federal Assembly (Czechoslovakia coded CZE, LEG) yields to Civic Forum (CZE/OPP): "
        "accede to institutional change 0834"),
       ("CZE", "OPP", "CZE", "GOV", "141",
        "dated duration ('12 days of mass protests'): Civic Forum's protests against the communist "
        "government: 141")]),
    R("AM", "1992-12-29", "CONCEDE",
      "Brazilian President Fernando Collor de Mello resigned on Tuesday as the Senate met to try him "
      "on corruption charges, and Vice President Itamar Franco was sworn in to replace him.",
      [("BRA", "GOV", "BRA", "LEG", "0831",
        "Collor resigns under pressure of the impeachment: 0831 with the Senate (BRA/LEG) as target; "
        "the trial is the purpose of the sitting and the swearing-in no event")]),
    R("ME", "2005-05-16", "CONCEDE",
      "Kuwait's National Assembly voted on Monday to grant women the right to vote and stand in "
      "elections, ending a long campaign by women's rights activists and the emir's government.",
      [("KWT", "LEG", "KWT", "CVL", "0833",
        "Kuwait's parliament grants women political rights: accede to demands for rights 0833, the "
        "activists (KWT/CVL) as target; the campaign is undated")]),
    # ---------------------------------------------------------------- RETREAT
    R("ME", "1990-08-17", "RETREAT",
      "Iran and Iraq began exchanging prisoners of war across their border on Friday, two days after "
      "Saddam Hussein accepted Tehran's terms for a settlement of the 1980-88 war.",
      both(("IRN", "GOV"), ("IRQ", "GOV"), "0841",
           "Iran and Iraq release prisoners to each other: release persons 0841, joint act")
      + [("IRQ", "GOV", "IRN", "GOV", "030",
          "dated background ('two days after'): Saddam accepts the terms of Tehran (Iran's "
          "government, the proposer as target): 030")]),
    R("AS", "1987-07-15", "RETREAT",
      "Taiwan's government lifted martial law on Wednesday, ending 38 years of emergency "
      "rule that had banned new political parties, strikes and street protests.",
      [("TWN", "GOV", "TWN", "", "0814",
        "Taiwan's government lifts martial law: ease state of emergency 0814; the 38 years of rule "
        "are a state, not an event")]),
    R("EU", "1993-08-31", "RETREAT",
      "The last Russian troops pulled out of Lithuania on Tuesday, making the Baltic state the first "
      "former Soviet republic to be free of Moscow's forces.",
      [("RUS", "MIL", "LTU", "", "0874",
        "Russian troops withdraw from Lithuania: military retreat 0874")],
      loc="Lithuania"),
    R("AF", "1991-05-25", "RETREAT",
      "The last Cuban soldiers left Angola on Saturday, ending 16 years of military involvement in "
      "the southern African country's civil war.",
      [("CUB", "MIL", "AGO", "", "0874",
        "Cuban troops withdraw from Angola: military retreat 0874; the involvement is a state")],
      loc="Angola"),
    R("AF", "2016-10-13", "RETREAT",
      "Boko Haram released 21 of the schoolgirls it abducted from Chibok in 2014, in a deal brokered "
      "by the International Committee of the Red Cross and the Swiss government, Nigerian officials "
      "said on Thursday.",
      [("NGA", "REB", "NGA", "CVL", "0841",
        "Boko Haram (NGA/REB) frees 21 Chibok girls (NGA/CVL): release persons 0841"),
       ("NGA", "REB", "NGA", "CVL", "181",
        "dated background ('in 2014'): Boko Haram abducted the girls: 181", "Chibok"),
       (N, "NGO", "NGA", "GOV", "045",
        "the ICRC (null/NGO, like Greenpeace in sents18) brokers the deal with Nigeria's government: "
        "mediation 045"),
       (N, "NGO", "NGA", "REB", "045", "the ICRC brokers the deal with Boko Haram: 045"),
       ("CHE", "GOV", "NGA", "GOV", "045", "the Swiss government brokers the deal: 045"),
       ("CHE", "GOV", "NGA", "REB", "045", "the Swiss government brokers the deal: 045")]),
    R("AM", "1980-04-27", "RETREAT",
      "M-19 guerrillas ended their 61-day occupation of the Dominican Republic's embassy in Bogota on "
      "Sunday, flying to Havana with their last 12 diplomatic hostages and freeing them on arrival.",
      [("COL", "REB", N, "GOV", "0841",
        "M-19 (COL/REB) frees the diplomats of several countries (null/GOV): release persons 0841",
        "Havana"),
       ("COL", "REB", N, "GOV", "181",
        "dated duration ('61-day occupation'): M-19 held the diplomats hostage in the embassy: "
        "hostage-taking 181", "Bogota")]),
    R("SA", "2001-09-22", "RETREAT",
      "President George W. Bush lifted economic sanctions imposed on India and Pakistan over their "
      "nuclear weapons programmes, the White House announced on Saturday.",
      [("USA", "GOV", "IND", "", "085", "Bush lifts sanctions on India: ease economic sanctions 085"),
       ("USA", "GOV", "PAK", "", "085", "Bush lifts sanctions on Pakistan: 085; the imposition is "
        "undated background without agent")]),
    # ---------------------------------------------------------------- REQUEST
    R("PA", "2006-05-24", "REQUEST",
      "East Timor's government asked Australia, New Zealand, Malaysia and Portugal on Wednesday to "
      "send troops to restore order in Dili, where rival factions of the security forces have been "
      "fighting.",
      [("TLS", "GOV", c, "", "1034",
        "East Timor asks %s for troops: request for military protection or peacekeeping 1034; the "
        "factional fighting is undated background" % name)
       for c, name in (("AUS", "Australia"), ("NZL", "New Zealand"), ("MYS", "Malaysia"),
                       ("PRT", "Portugal"))]),
    R("AF", "2005-02-09", "REQUEST",
      "The African Union demanded on Wednesday that Togo restore constitutional order, calling the "
      "army's installation of Faure Gnassingbe as president after his father's death a military coup.",
      [("AFR", "IGO", "TGO", "GOV", "10",
        "the AU demands that Togo's rulers restore constitutional order: demand without a clear "
        "sub-type, root 10"),
       ("AFR", "IGO", "TGO", "MIL", "112",
        "the AU calls the army's act a coup: accusation 112 against Togo's army (TGO/MIL); the "
        "installation itself is the accusation's content")]),
    R("EU", "2018-06-22", "REQUEST",
      "The UN General Assembly called on Russia on Friday to withdraw its troops from Moldova's "
      "breakaway Transdniestria region unconditionally and without further delay, in a resolution "
      "sponsored by Chisinau.",
      [("UNO", "IGO", "RUS", "GOV", "1056",
        "the General Assembly (UNO/IGO) demands a Russian troop withdrawal: demand de-escalation "
        "1056; Moldova's sponsorship is not coded apart")]),
    R("AM", "2022-10-07", "REQUEST",
      "Haiti's government formally asked for the deployment of a foreign armed force on Friday to "
      "help police wrest control of the capital's main fuel terminal from gangs.",
      [("HTI", "GOV", N, "", "1034",
        "Haiti's government asks for a foreign force; no addressee named (null): 1034; freeing the "
        "terminal is the purpose")]),
    R("ME", "2014-06-18", "REQUEST",
      "Iraq formally asked the United States on Wednesday to carry out air strikes against Sunni "
      "militants who had overrun the northern city of Mosul the previous week, Foreign Minister "
      "Hoshyar Zebari said.",
      [("IRQ", "GOV", "USA", "GOV", "1032",
        "Iraq asks Washington for air strikes: request for military aid 1032"),
       ("IRQ", "REB", "IRQ", "", "192",
        "dated background ('the previous week'): Sunni militants (Islamic State, IRQ/REB) seize "
        "Mosul: seizing territory 192", "Mosul")]),
    R("SA", "2012-02-09", "REQUEST",
      "Former Maldivian President Mohamed Nasheed demanded on Thursday that his successor, Mohamed "
      "Waheed Hassan, resign and call early elections, saying he himself had been ousted in a coup.",
      [("MDV", "OPP", "MDV", "GOV", "1041",
        "Nasheed (now opposition, MDV/OPP) demands Waheed's (MDV/GOV) resignation: demand leadership "
        "change 1041"),
       ("MDV", "OPP", "MDV", "GOV", "112",
        "Nasheed says he was ousted in a coup: accusation 112; the coup is its content, not coded")]),
    R("AS", "2010-09-19", "REQUEST",
      "China demanded on Sunday that Japan immediately and unconditionally release the captain of a "
      "Chinese fishing trawler detained near disputed islands in the East China Sea, and suspended "
      "high-level contacts with Tokyo.",
      [("CHN", "GOV", "JPN", "GOV", "1053",
        "China demands the captain's release from Japan: demand release of persons 1053; the "
        "detention is undated background"),
       ("CHN", "GOV", "JPN", "GOV", "161",
        "China suspends high-level contacts with Tokyo (Japan's government): cutting a contact "
        "channel 161")]),
    R("AF", "1998-05-13", "REQUEST",
      "Ethiopia's parliament demanded on Wednesday that Eritrea pull its troops out of the disputed "
      "border area around Badme, a week after Eritrean forces moved into the town.",
      [("ETH", "LEG", "ERI", "GOV", "1056",
        "Ethiopia's parliament (ETH/LEG) demands an Eritrean withdrawal: demand de-escalation 1056"),
       ("ERI", "MIL", "ETH", "", "192",
        "dated background ('a week after'): Eritrean forces occupy Badme, held by Ethiopia: seizing "
        "territory 192", "Badme")]),
    # ----------------------------------------------------------------- ACCUSE
    R("AF", "1986-05-19", "ACCUSE",
      "Zambia, Zimbabwe and Botswana accused South Africa on Monday of trying to wreck Commonwealth "
      "peace efforts, hours after South African commandos and aircraft raided targets in their three "
      "capitals.",
      [(c, "GOV", "ZAF", "GOV", "112",
        "%s accuses South Africa: 112; wrecking the peace efforts is the content" % name)
       for c, name in (("ZMB", "Zambia"), ("ZWE", "Zimbabwe"), ("BWA", "Botswana"))]
      + [("ZAF", "MIL", c, "", "190",
          "dated background ('hours after'): South African forces raid %s's capital: military "
          "force 190 (commandos and aircraft one actor)" % name)
         for c, name in (("ZMB", "Zambia"), ("ZWE", "Zimbabwe"), ("BWA", "Botswana"))]),
    R("EU", "1981-10-28", "ACCUSE",
      "Sweden lodged a strong protest with Moscow on Wednesday after a Soviet submarine ran aground "
      "deep inside a restricted military zone near the Karlskrona naval base.",
      [("SWE", "GOV", "RUS", "GOV", "114",
        "Sweden protests officially to Moscow (the Soviet government, RUS): complain officially 114; "
        "the grounding is undated background and no event type")]),
    R("AS", "2011-02-06", "ACCUSE",
      "Cambodia accused Thai troops on Sunday of damaging the 900-year-old Preah Vihear temple in a "
      "third day of border clashes, and urged the UN Security Council to intervene.",
      [("KHM", "GOV", "THA", "MIL", "112",
        "Cambodia accuses Thai troops of damaging the temple: 112; the damage is its content")]
      + both(("KHM", "MIL"), ("THA", "MIL"), "190",
             "dated duration ('a third day of border clashes'): Cambodian and Thai troops fight: 190")
      + [("KHM", "GOV", "UNO", "IGO", "10",
          "Cambodia urges the Security Council to intervene: request, root 10")]),
    R("SA", "1999-05-26", "ACCUSE",
      "India accused Pakistan on Wednesday of sending regular troops disguised as militants across "
      "the Line of Control, as Indian jets and helicopter gunships attacked the intruders' positions "
      "in Kargil for the first time.",
      [("IND", "GOV", "PAK", "", "112",
        "India accuses Pakistan: 112; the infiltration is the accusation's content"),
       ("IND", "MIL", N, N, "195",
        "Indian jets and gunships strike the unnamed intruders (null/null): aerial weapons 195",
        "Kargil")]),
    R("AM", "1984-04-09", "ACCUSE",
      "Nicaragua filed suit against the United States at the World Court on Monday, charging that the "
      "CIA-directed mining of its harbours violated international law.",
      [("NIC", "GOV", "USA", "GOV", "115",
        "Nicaragua sues the United States at the ICJ: bring lawsuit 115; the mining is the charge's "
        "content")]),
    R("ME", "2017-11-06", "ACCUSE",
      "Saudi Crown Prince Mohammed bin Salman accused Iran on Monday of direct military aggression, "
      "two days after Yemen's Houthi rebels fired a ballistic missile towards Riyadh's international "
      "airport.",
      [("SAU", "GOV", "IRN", "GOV", "112", "Mohammed bin Salman accuses Iran: 112"),
       ("YEM", "REB", "SAU", "", "195",
        "dated background ('two days after'): the Houthis (YEM/REB) fire a missile at Riyadh: 195",
        "Riyadh")]),
    R("PA", "2012-08-02", "ACCUSE",
      "A Fijian court found deposed Prime Minister Laisenia Qarase guilty on Thursday of nine counts "
      "of abusing his office, six years after the military ousted him in a coup.",
      [("FJI", "JUD", "FJI", "OPP", "116",
        "a Fijian court (FJI/JUD) convicts Qarase, now out of office (FJI/OPP): guilty verdict 116"),
       ("FJI", "MIL", "FJI", "GOV", "17",
        "dated background ('six years after'): the military ousts Qarase's government: coup, root "
        "17")]),
    # ----------------------------------------------------------------- REJECT
    R("ME", "2011-02-18", "REJECT",
      "The United States on Friday vetoed a UN Security Council resolution that would have condemned "
      "Israeli settlements in the occupied West Bank as illegal, casting the lone vote against it.",
      [("USA", "GOV", "UNO", "IGO", "129",
        "the United States vetoes the resolution (UNO/IGO): veto 129; the condemnation is "
        "hypothetical ('would have')")]),
    R("AS", "2013-11-25", "REJECT",
      "Japan and South Korea on Monday rejected China's newly declared air defence identification "
      "zone over the East China Sea, saying it had no effect on their aircraft.",
      [("JPN", "GOV", "CHN", "GOV", "120", "Japan rejects China's zone: reject, root 120"),
       ("KOR", "GOV", "CHN", "GOV", "120", "South Korea rejects China's zone: 120")]),
    R("AF", "2006-09-02", "REJECT",
      "Sudan's President Omar al-Bashir rejected on Saturday a UN Security Council resolution "
      "authorising more than 17,000 peacekeepers for Darfur, saying Khartoum alone would protect "
      "the region's civilians.",
      [("SDN", "GOV", "UNO", "IGO", "1245",
        "Bashir rejects UN peacekeepers: refuse to allow international involvement 1245")]),
    R("EU", "1994-11-28", "REJECT",
      "Norwegian voters rejected membership of the European Union for the second time in a "
      "generation in a referendum on Monday, despite a campaign for a yes vote by Prime Minister Gro "
      "Harlem Brundtland.",
      [("NOR", "CVL", "EUR", "IGO", "120",
        "Norwegian voters (NOR/CVL) reject EU membership: reject, root 120; the campaign is undated")]),
    R("AM", "2014-07-30", "REJECT",
      "Argentina's Economy Minister Axel Kicillof refused on Wednesday to pay the U.S. hedge funds "
      "that had won a court ruling in New York, calling their demands extortion and pushing the "
      "country into default.",
      [("ARG", "GOV", "USA", "BUS", "120",
        "Kicillof refuses to pay the holdout funds (USA/BUS): reject, root 120; the ruling is "
        "undated background"),
       ("ARG", "GOV", "USA", "BUS", "112",
        "he calls their demands extortion: accusation 112")]),
    R("SA", "2001-03-01", "REJECT",
      "The Taliban's supreme leader, Mullah Mohammad Omar, on Thursday brushed aside international "
      "appeals to spare Afghanistan's ancient Buddha statues at Bamiyan, saying his fighters would "
      "destroy all idols.",
      [("AFG", "GOV", N, "GOV", "120",
        "Mullah Omar (the Taliban ruled in 2001: AFG/GOV) rejects appeals from unnamed governments "
        "(null/GOV): 120; the destruction is future")]),
    R("PA", "1995-06-16", "REJECT",
      "French President Jacques Chirac, at the Group of Seven summit in Halifax on Friday, rejected "
      "appeals from Japan, Australia and New Zealand to call off the nuclear tests France plans to "
      "resume in French Polynesia.",
      [("FRA", "GOV", c, "GOV", "120",
        "Chirac rejects %s's appeal: 120; the tests are future" % name)
       for c, name in (("JPN", "Japan"), ("AUS", "Australia"), ("NZL", "New Zealand"))],
      loc="Halifax"),
    # --------------------------------------------------------------- THREATEN
    R("AM", "2009-07-01", "THREATEN",
      "The Organization of American States gave Honduras's de facto government 72 hours on Wednesday "
      "to reinstate ousted President Manuel Zelaya or face suspension from the hemispheric body.",
      [("OAS", "IGO", "HND", "GOV", "139",
        "the OAS gives the Micheletti government (HND/GOV) a deadline with a threat: ultimatum 139; "
        "the ouster is undated background")]),
    R("ME", "1998-10-01", "THREATEN",
      "Turkey's President Suleyman Demirel warned on Thursday that Ankara reserved the right to "
      "retaliate against Syria for sheltering Kurdish rebel leader Abdullah Ocalan, as Turkish troops "
      "massed near the border.",
      [("TUR", "GOV", "SYR", "GOV", "138",
        "Demirel threatens Syria with retaliation: threaten military force 138; the sheltering is "
        "the content of a charge"),
       ("TUR", "MIL", "SYR", "", "154",
        "Turkish troops mass at the Syrian border: mobilise armed forces 154")]),
    R("AS", "2000-03-15", "THREATEN",
      "Chinese Premier Zhu Rongji warned Taiwan's voters on Wednesday, three days before their "
      "presidential election, that supporting independence would lead to war and that they might not "
      "get another chance.",
      [("CHN", "GOV", "TWN", "CVL", "138",
        "Zhu threatens Taiwan's voters (TWN/CVL) with war: threaten military force 138")]),
    R("EU", "2005-12-27", "THREATEN",
      "Russia's state gas monopoly Gazprom threatened on Tuesday to cut supplies to Ukraine on New "
      "Year's Day unless Kiev agreed to pay more than four times the current price.",
      [("RUS", "BUS", "UKR", "GOV", "139",
        "Gazprom (RUS/BUS) threatens Kiev (Ukraine's government) with a deadline: ultimatum 139")]),
    R("SA", "2016-09-26", "THREATEN",
      "Prime Minister Narendra Modi warned Pakistan on Monday that 'blood and water cannot flow "
      "together', a week after militants killed 18 Indian soldiers in an attack on an army base at "
      "Uri in Kashmir.",
      [("IND", "GOV", "PAK", "GOV", "130",
        "Modi threatens Pakistan over the Indus waters: threaten, root 130"),
       (N, N, "IND", "MIL", "180",
        "dated background ('a week after'): unnamed militants (null/null) attack Indian soldiers: "
        "unconventional violence 180", "Uri")]),
    R("AF", "2013-06-10", "THREATEN",
      "Egyptian President Mohamed Morsi warned on Monday that 'all options are open' to protect "
      "Egypt's share of Nile water, as Ethiopia pressed ahead with a giant dam on the river's main "
      "tributary.",
      [("EGY", "GOV", "ETH", "GOV", "130",
        "Morsi threatens Ethiopia over the dam: threaten, root 130; the dam's construction is no "
        "event type")]),
    R("PA", "2006-11-30", "THREATEN",
      "Fiji's military commander, Commodore Frank Bainimarama, on Thursday gave Prime Minister "
      "Laisenia Qarase until midday Friday to drop three contentious bills and resign, or be removed "
      "by the army.",
      [("FJI", "MIL", "FJI", "GOV", "139",
        "Bainimarama (FJI/MIL) gives Qarase (FJI/GOV) a deadline with a threat: ultimatum 139")]),
    # ---------------------------------------------------------------- PROTEST
    R("EU", "1997-01-10", "PROTEST",
      "Protesters demanding early elections stormed Bulgaria's parliament in Sofia late on Friday, and "
      "riot police beat back the crowd with truncheons in the early hours of Saturday.",
      [("BGR", "CVL", "BGR", "LEG", "145",
        "protesters (BGR/CVL) storm the parliament (BGR/LEG): storming a building in protest 145"),
       ("BGR", "COP", "BGR", "CVL", "175",
        "riot police beat the crowd: violent repression 175")],
      loc="Sofia"),
    R("AF", "2012-01-09", "PROTEST",
      "Nigerian trade unions shut down much of the country on Monday with a nationwide general strike "
      "against the doubling of petrol prices after the government scrapped fuel subsidies on New "
      "Year's Day.",
      [("NGA", "LAB", "NGA", "GOV", "143",
        "Nigerian unions (NGA/LAB) strike against the government: strike 143; scrapping the "
        "subsidies is a policy step with no event type")]),
    R("AS", "2008-11-25", "PROTEST",
      "Thousands of anti-government protesters stormed Bangkok's Suvarnabhumi international airport "
      "late on Tuesday, forcing the suspension of all flights and stranding thousands of travellers.",
      [("THA", "OPP", "THA", "GOV", "145",
        "PAD protesters (THA/OPP) storm the airport against the government: 145")],
      loc="Suvarnabhumi airport"),
    R("AM", "2010-02-24", "PROTEST",
      "Cuban dissident Guillermo Farinas stopped eating and drinking on Wednesday, a day after fellow "
      "dissident Orlando Zapata Tamayo died in prison following an 85-day hunger strike.",
      [("CUB", "OPP", "CUB", "GOV", "142",
        "Farinas (CUB/OPP) goes on hunger strike against the government: 142"),
       ("CUB", "OPP", "CUB", "GOV", "142",
        "dated duration ('an 85-day hunger strike', ending the day before): Zapata's hunger strike: "
        "142")]),
    R("ME", "2011-09-03", "PROTEST",
      "Hundreds of thousands of Israelis marched in Tel Aviv, Jerusalem and other cities on Saturday "
      "night in the largest protest yet against soaring housing prices and the cost of living.",
      [("ISR", "CVL", "ISR", "GOV", "141",
        "Israelis (ISR/CVL) demonstrate against the government's economic policy: 141")],
      loc="Tel Aviv"),
    R("SA", "2007-03-15", "PROTEST",
      "Thousands of Pakistani lawyers boycotted courts and marched through Lahore on Thursday against "
      "President Pervez Musharraf's suspension of the country's chief justice last week.",
      [("PAK", "CVL", "PAK", "GOV", "143",
        "lawyers (PAK/CVL) boycott the courts against Musharraf: strike or boycott 143"),
       ("PAK", "CVL", "PAK", "GOV", "141", "the lawyers march: demonstrate 141"),
       ("PAK", "GOV", "PAK", "JUD", "172",
        "dated background ('last week'): Musharraf suspends Chief Justice Chaudhry (PAK/JUD): "
        "dismissing a judge 172", None)],
      loc="Lahore"),
    R("PA", "2006-11-16", "PROTEST",
      "Pro-democracy rioters set fire to government offices and shops in central Nuku'alofa on "
      "Thursday after Tonga's parliament adjourned without voting on political reform.",
      [("TON", "CVL", "TON", "GOV", "145",
        "rioters (TON/CVL) burn government offices: violent protest 145; the adjournment without a "
        "vote is negated")],
      loc="Nuku'alofa"),
    # --------------------------------------------------------------- MOBILIZE
    R("AS", "2013-03-26", "MOBILIZE",
      "North Korea's army ordered its rocket and long-range artillery units on Tuesday into combat "
      "readiness to strike U.S. bases on Guam, Hawaii and the American mainland.",
      [("PRK", "MIL", "USA", "MIL", "152",
        "North Korea's army puts its units on alert against U.S. forces: increase military alert "
        "152; the strikes are the purpose")]),
    R("SA", "1998-09-01", "MOBILIZE",
      "Iran began military exercises involving 70,000 Revolutionary Guards on its border with "
      "Afghanistan on Tuesday, raising fears of war with the Taliban over the killing of Iranian "
      "diplomats in Mazar-i-Sharif.",
      [("IRN", "MIL", "AFG", "GOV", "150",
        "Iran's Revolutionary Guards exercise on the border facing the ruling Taliban (AFG/GOV in "
        "1998): demonstrate military power 150; the killing has no agent in the clause")],
      loc="Afghanistan border"),
    R("AF", "2020-06-20", "MOBILIZE",
      "Egyptian President Abdel Fattah al-Sisi told troops at an air base near the Libyan border on "
      "Saturday to be ready for missions abroad, warning that an advance on Sirte by Turkish-backed "
      "forces would cross a red line.",
      [("EGY", "GOV", "LBY", "", "152",
        "Sisi orders troops to readiness facing Libya: increase military alert 152"),
       ("EGY", "GOV", "LBY", "MIL", "138",
        "Sisi warns the Turkish-backed forces of the Tripoli government (LBY/MIL): threaten "
        "military force 138")]),
    R("EU", "1996-01-30", "MOBILIZE",
      "Greece and Turkey sent warships to the disputed Aegean islets of Imia on Tuesday as a row over "
      "their sovereignty brought the two NATO allies close to war.",
      [("GRC", "MIL", "TUR", "", "154", "Greece deploys warships facing Turkey: 154"),
       ("TUR", "MIL", "GRC", "", "154", "Turkey deploys warships facing Greece: 154")],
      loc="Imia"),
    R("AM", "2008-03-02", "MOBILIZE",
      "Venezuelan President Hugo Chavez ordered ten army battalions to the Colombian border on Sunday, "
      "a day after Colombian troops killed a senior FARC commander in a raid inside Ecuador.",
      [("VEN", "GOV", "COL", "", "154",
        "Chavez sends battalions to the border with Colombia: mobilise armed forces 154"),
       ("COL", "MIL", "COL", "REB", "190",
        "dated background ('a day after'): Colombian troops kill FARC's Raul Reyes (COL/REB): "
        "military force 190", "Ecuador")]),
    R("ME", "2012-11-16", "MOBILIZE",
      "Israel's cabinet approved the call-up of up to 75,000 reservists on Friday, as Hamas fighters "
      "fired rockets towards Jerusalem and Tel Aviv for a second day.",
      [("ISR", "GOV", "PSE", "REB", "154",
        "Israel's cabinet calls up reservists against Hamas (PSE/REB): mobilise armed forces 154"),
       ("PSE", "REB", "ISR", "", "195",
        "dated duration ('for a second day'): Hamas fires rockets at Israeli cities: 195",
        "Jerusalem and Tel Aviv")]),
    # --------------------------------------------------------------- SANCTION
    R("PA", "2006-09-12", "SANCTION",
      "Solomon Islands expelled Australia's High Commissioner, Patrick Cole, on Tuesday, accusing him "
      "of meddling in the country's internal affairs and of undermining Prime Minister Manasseh "
      "Sogavare's government.",
      [("SLB", "GOV", "AUS", "GOV", "161", "Solomon Islands expels Cole (AUS/GOV): 161"),
       ("SLB", "GOV", "AUS", "GOV", "112", "and accuses him of meddling: 112")]),
    R("AM", "2008-09-11", "SANCTION",
      "The United States expelled Bolivia's ambassador, Gustavo Guzman, on Thursday, a day after "
      "President Evo Morales ordered the American envoy, Philip Goldberg, out of La Paz.",
      [("USA", "GOV", "BOL", "GOV", "161", "Washington expels Guzman (BOL/GOV): 161"),
       ("BOL", "GOV", "USA", "GOV", "161",
        "dated background ('a day after'): Morales expels Goldberg (USA/GOV): 161")]),
    R("EU", "2000-04-06", "SANCTION",
      "The Council of Europe's parliamentary assembly voted on Thursday to strip Russia's delegation "
      "of its voting rights over human rights abuses in Chechnya.",
      [(N, "IGO", "RUS", "LEG", "16",
        "the Council of Europe's assembly (null/IGO) suspends the Russian delegation (RUS/LEG): "
        "suspension from a body, root 16; the abuses are its reason, with no agent")]),
    R("AF", "2011-07-14", "SANCTION",
      "Britain suspended general budget aid to Malawi on Thursday, citing concerns over governance, "
      "nearly three months after President Bingu wa Mutharika expelled its high commissioner over a "
      "leaked diplomatic cable.",
      [("GBR", "GOV", "MWI", "GOV", "1621",
        "Britain cuts budget aid to Malawi: reduce economic aid 1621"),
       ("MWI", "GOV", "GBR", "GOV", "161",
        "dated background ('nearly three months after'): Mutharika expels the British high "
        "commissioner: 161")]),
    R("ME", "1979-03-31", "SANCTION",
      "Arab foreign and economic ministers meeting in Baghdad suspended Egypt's membership of the Arab "
      "League on Saturday and cut diplomatic and economic ties with Cairo over its peace treaty with "
      "Israel.",
      [(N, "GOV", "EGY", "GOV", "16",
        "the Arab ministers (unnamed governments, null/GOV) suspend Egypt from the League: root 16"),
       (N, "GOV", "EGY", "GOV", "161",
        "they cut diplomatic ties with Cairo (Egypt's government): 161"),
       (N, "GOV", "EGY", "GOV", "163",
        "they cut economic ties: trade suspension 163 (COERCE under the mapping); the treaty is "
        "undated background")],
      loc="Baghdad"),
    R("AS", "2013-11-18", "SANCTION",
      "Indonesia recalled its ambassador from Canberra on Monday over reports that Australian "
      "intelligence had tried to tap the mobile phone of President Susilo Bambang Yudhoyono and his "
      "wife.",
      [("IDN", "GOV", "AUS", "GOV", "161",
        "Indonesia recalls its envoy from Canberra (Australia's government): 161; the tapping is "
        "the content of reports")]),
    # ----------------------------------------------------------------- COERCE
    R("SA", "2004-08-18", "COERCE",
      "Maoist rebels began an indefinite blockade of Kathmandu on Wednesday, cutting off the "
      "capital's road links to the rest of Nepal and sending food prices soaring.",
      [("NPL", "REB", "NPL", "", "191",
        "the Maoists (NPL/REB) blockade Nepal's capital, a place here, not the government: "
        "blockade 191")],
      loc="Kathmandu"),
    R("EU", "2006-10-03", "COERCE",
      "Russia cut all road, rail, air, sea and postal links with Georgia on Tuesday, days after "
      "Tbilisi arrested four Russian army officers on spying charges.",
      [("RUS", "GOV", "GEO", "", "163",
        "Russia halts transport and postal links with Georgia: embargo, 163 (COERCE)"),
       ("GEO", "GOV", "RUS", "MIL", "173",
        "dated background ('days after'): Tbilisi (Georgia's government) arrests Russian officers "
        "(RUS/MIL): arrest 173")]),
    R("AF", "2005-08-03", "COERCE",
      "Mauritanian army officers ousted President Maaouiya Ould Taya in a bloodless coup on Wednesday "
      "while he was in Saudi Arabia for the funeral of King Fahd.",
      [("MRT", "MIL", "MRT", "GOV", "17",
        "Mauritanian officers (MRT/MIL) oust Taya (MRT/GOV): coup, root 17; the funeral is no "
        "event")]),
    R("AS", "1998-09-20", "COERCE",
      "Malaysian police arrested former deputy prime minister Anwar Ibrahim at his home in Kuala "
      "Lumpur on Sunday, 18 days after Prime Minister Mahathir Mohamad sacked him.",
      [("MYS", "COP", "MYS", "OPP", "173",
        "Malaysian police arrest Anwar, by then leading protests (MYS/OPP): arrest 173"),
       ("MYS", "GOV", "MYS", "GOV", "172",
        "dated background ('18 days after'): Mahathir sacks his deputy (MYS/GOV): dismissal 172",
        None)],
      loc="Kuala Lumpur"),
    R("AM", "2010-09-30", "COERCE",
      "Ecuador declared a state of emergency on Thursday, hours after rebellious police officers "
      "roughed up President Rafael Correa and trapped him inside a Quito police hospital.",
      [("ECU", "GOV", "ECU", "", "1724",
        "Correa's government declares a state of emergency: 1724", None),
       ("ECU", "COP", "ECU", "GOV", "182",
        "dated background ('hours after'): rebel police (ECU/COP) rough up Correa: physical assault "
        "182"),
       ("ECU", "COP", "ECU", "GOV", "191",
        "they trap him in the hospital: surrounding a building 191")],
      loc="Quito"),
    R("ME", "2007-03-23", "COERCE",
      "Iranian Revolutionary Guards seized 15 British sailors and marines in the northern Gulf on "
      "Friday after they had boarded a merchant ship, accusing them of entering Iranian waters.",
      [("IRN", "MIL", "GBR", "MIL", "173",
        "the Revolutionary Guards (IRN/MIL) detain British sailors and marines (GBR/MIL): arrest or "
        "detain 173; the boarding is no event type"),
       ("IRN", "MIL", "GBR", "MIL", "112",
        "they accuse them of trespassing: 112")],
      loc="northern Gulf"),
    R("PA", "1989-06-26", "COERCE",
      "Papua New Guinea's government declared a state of emergency on the island of Bougainville on "
      "Monday, giving troops and police wide powers to hunt down rebels who had shut the Panguna "
      "copper mine.",
      [("PNG", "GOV", "PNG", "", "1724",
        "PNG's government declares an emergency on Bougainville: 1724; the hunt is the purpose and "
        "the mine's closure undated background")],
      loc="Bougainville"),
    # ---------------------------------------------------------------- ASSAULT
    R("AF", "2011-08-26", "ASSAULT",
      "A suicide bomber drove a car packed with explosives into the United Nations building in Abuja "
      "on Friday, killing at least 18 people, in an attack claimed by the Islamist sect Boko Haram.",
      [("NGA", "REB", "UNO", "IGO", "183",
        "the bomber, from Boko Haram (NGA/REB) as its asserted claim says, bombs the UN offices "
        "(UNO/IGO): bombing 183")],
      loc="Abuja"),
    R("ME", "2007-09-06", "ASSAULT",
      "Israeli warplanes destroyed a building in the Deir ez-Zor desert of eastern Syria on Thursday "
      "that U.S. officials later said was a nuclear reactor being built with North Korean help.",
      [("ISR", "MIL", "SYR", "", "195",
        "Israeli jets strike a site in Syria: aerial weapons 195; the North Korean help is the "
        "content of a later claim")],
      loc="Deir ez-Zor"),
    R("AS", "1983-10-09", "ASSAULT",
      "A bomb planted by North Korean agents tore through the Martyrs' Mausoleum in Rangoon on Sunday, "
      "killing four South Korean cabinet ministers and 17 others during a state visit by President "
      "Chun Doo-hwan.",
      [("PRK", "MIL", "KOR", "GOV", "183",
        "North Korean agents (military intelligence, PRK/MIL) bomb the South Korean delegation "
        "(KOR/GOV): bombing 183"),
       ("KOR", "GOV", "MMR", "", "042",
        "Chun (South Korea) on a state visit to Burma (MMR): visit 042, the same day")],
      loc="Rangoon"),
    R("SA", "1996-01-31", "ASSAULT",
      "Tamil Tiger suicide bombers rammed a truck packed with explosives into Sri Lanka's Central Bank "
      "in Colombo on Wednesday, killing scores of people and wrecking the capital's business district.",
      [("LKA", "REB", "LKA", "GOV", "183",
        "the LTTE (LKA/REB) bombs the Central Bank, a state institution (LKA/GOV): bombing 183")],
      loc="Colombo"),
    R("EU", "1995-06-14", "ASSAULT",
      "Chechen gunmen led by Shamil Basayev seized a hospital in the southern Russian town of "
      "Budyonnovsk on Wednesday, taking more than a thousand patients and staff hostage.",
      [("RUS", "REB", "RUS", "CVL", "181",
        "Basayev's Chechen fighters (RUS/REB) take patients and staff (RUS/CVL) hostage: 181")],
      loc="Budyonnovsk"),
    R("AM", "1992-07-16", "ASSAULT",
      "A car bomb planted by Shining Path guerrillas exploded in Tarata Street in Lima's Miraflores "
      "district on Thursday night, killing at least 20 people and wrecking apartment buildings.",
      [("PER", "REB", "PER", "CVL", "1832",
        "Shining Path (PER/REB) car bomb against residents (PER/CVL): vehicular bombing 1832")],
      loc="Lima"),
    R("PA", "1991-11-12", "ASSAULT",
      "Indonesian troops opened fire on thousands of mourners and pro-independence protesters at the "
      "Santa Cruz cemetery in Dili on Tuesday, killing dozens of East Timorese.",
      [("IDN", "MIL", "TLS", "CVL", "175",
        "Indonesian troops fire on East Timorese mourners (TLS/CVL): live fire on a crowd 175")],
      loc="Dili"),
    R("AF", "2004-02-21", "ASSAULT",
      "Lord's Resistance Army rebels attacked the Barlonyo camp for displaced people in northern "
      "Uganda on Saturday, shooting, hacking and burning to death more than 200 civilians.",
      [("UGA", "REB", "UGA", "CVL", "202",
        "the LRA (UGA/REB) massacres camp residents (UGA/CVL): mass killing 202")],
      loc="Barlonyo"),
    # -------------------------------------------------------------- no events
    NONE("AF", "2024-02-15",
         "Nigeria's annual inflation rate climbed to 29.9 percent in January, its highest level in "
         "nearly three decades, driven by soaring food prices, the national statistics bureau said "
         "on Thursday.",
         "an economic statistic: no actor acts on another"),
    NONE("AS", "1999-09-21",
         "A magnitude 7.6 earthquake struck central Taiwan before dawn on Tuesday, toppling apartment "
         "blocks and killing more than 2,000 people.",
         "a natural disaster ('struck', 'killing' without a human agent)"),
    NONE("EU", "1992-06-26",
         "Denmark beat world champions Germany 2-0 to win the European Championship in Gothenburg on "
         "Friday, capping an unlikely run by a team that had not originally qualified.",
         "a football final: 'beat' is sport, not force"),
    NONE("ME", "2021-10-11",
         "Iraq's electoral commission said on Monday that turnout in Sunday's parliamentary election "
         "was 41 percent, the lowest in any national vote since 2005.",
         "an election figure: voting and turnout are not events between actors"),
    NONE("AM", "1998-10-30",
         "Hurricane Mitch stalled over Honduras on Friday, dumping torrential rain that triggered "
         "mudslides and floods across the Central American country.",
         "a natural disaster"),
    NONE("SA", "2019-05-19",
         "Exit polls released on Sunday after the last round of voting suggested Prime Minister "
         "Narendra Modi's alliance was on course to keep its majority in India's lower house.",
         "an election forecast: speculation, no event"),
    NONE("PA", "2022-01-15",
         "An undersea volcano near Tonga erupted violently on Saturday, sending tsunami waves across "
         "the Pacific and cutting the kingdom's internet and telephone links.",
         "a natural disaster ('cutting' links without a human agent)"),
    NONE("EU", "2009-04-05",
         "Polling in Moldova's parliamentary election on Sunday passed off peacefully, with no reports "
         "of violence or serious irregularities, observers from the OSCE said.",
         "a negated incident: a quiet polling day"),
    NONE("AS", "1998-01-22",
         "Indonesia's rupiah plunged to a record low of around 17,000 to the dollar on Thursday, as "
         "investors fled the country's deepening financial crisis.",
         "a market report ('fled' is investors selling)"),
    NONE("AF", "2024-05-20",
         "Opinion polls published days before South Africa's general election suggested the African "
         "National Congress could win less than half of the vote for the first time since apartheid "
         "ended in 1994.",
         "an election forecast; the end of apartheid has no agent"),
]


if __name__ == "__main__":
    build(HERE, "sents28", "tb", 28, ENTRIES, C2P)
