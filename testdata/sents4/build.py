#!/usr/bin/env python3
"""Build testdata/sents4/records.jsonl: a blind sentence set in the PLOVER gold-standard record format.

Each entry: (category, region, date, text, events). Each event: (source_country, source_sector,
target_country, target_sector, cameo, note). The PLOVER type of an event is derived from its CAMEO code
with ../../../shared/gold/cameo-to-plover.json when that file is present, else from the fallback roots below
(validate.py checks the mapping against the shared file). Countries are ISO3 or CAMEO-style IGO codes
(UNO, EUR, AFR) or None; sector "" = the state as a whole or unknown.

Records are written in a fixed shuffled order of (odd, even) pairs so that each PLOVER type falls about
half on odd lines (tuning half) and half on even lines (report half).
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
MAPFILE = os.path.join(HERE, "..", "..", "..", "shared", "gold", "cameo-to-plover.json")
if not os.path.exists(MAPFILE):
    MAPFILE = "/work/shared/gold/cameo-to-plover.json"

with open(MAPFILE) as f:
    C2P = json.load(f)


def E(sc, ss, tc, ts, cameo, note):
    return (sc, ss, tc, ts, cameo, note)


N = None

R = [
    # ---------------- AGREE ----------------
    ("AGREE", "Asia", "2018-06-12",
     "North Korea's Kim Jong Un committed on Tuesday to work toward the complete denuclearization of the Korean "
     "peninsula, while Donald Trump pledged security guarantees, in a joint statement issued after their meeting in Singapore.",
     [E("PRK", "GOV", "USA", "GOV", "030", "Kim commits to denuclearization, to the US"),
      E("USA", "GOV", "PRK", "GOV", "030", "Trump pledges security guarantees to North Korea"),
      E("PRK", "GOV", "USA", "GOV", "044", "Kim-Trump meeting in Singapore (third location), event noun"),
      E("USA", "GOV", "PRK", "GOV", "044", "same meeting, reverse direction")]),
    ("AGREE", "Middle East", "2023-03-10",
     "Saudi Arabia and Iran agreed on Friday to re-establish diplomatic relations and reopen their embassies within "
     "two months, in a deal brokered by China after talks in Beijing.",
     [E("SAU", "", "IRN", "", "032", "Saudi Arabia agrees to restore ties with Iran"),
      E("IRN", "", "SAU", "", "032", "Iran agrees to restore ties with Saudi Arabia"),
      E("CHN", "", "SAU", "", "045", "China brokered (mediated) the deal"),
      E("CHN", "", "IRN", "", "045", "China mediation, second party")]),
    ("AGREE", "Americas", "2016-08-24",
     "Colombia's government and the FARC rebels reached a final peace agreement in Havana on Wednesday, ending more "
     "than five decades of war that killed some 220,000 people.",
     [E("COL", "GOV", "COL", "REB", "03", "Santos government agrees peace deal with FARC"),
      E("COL", "REB", "COL", "GOV", "03", "FARC agrees peace deal with government")]),
    ("AGREE", "Africa", "2022-11-02",
     "Ethiopia's government and Tigrayan forces agreed on Wednesday to a permanent cessation of hostilities after "
     "African Union-led talks in Pretoria, the AU's chief mediator Olusegun Obasanjo said.",
     [E("ETH", "GOV", "ETH", "REB", "03", "Ethiopian government agrees cessation of hostilities with TPLF forces"),
      E("ETH", "REB", "ETH", "GOV", "03", "Tigrayan forces agree, reverse"),
      E("AFR", "IGO", "ETH", "GOV", "045", "AU-led talks = AU mediation (event noun)"),
      E("AFR", "IGO", "ETH", "REB", "045", "AU mediation, second party")]),
    ("AGREE", "Europe/Eurasia", "2023-01-25",
     "Chancellor Olaf Scholz said on Wednesday that Germany would send Leopard 2 battle tanks to Ukraine, ending weeks "
     "of hesitation that had strained relations with Kyiv and Berlin's allies.",
     [E("DEU", "GOV", "UKR", "", "0332", "Scholz: Germany will send tanks = intent to give military aid")]),
    ("AGREE", "Asia", "2018-03-08",
     "President Donald Trump has agreed to meet North Korean leader Kim Jong Un by May, South Korea's national security "
     "adviser Chung Eui-yong told reporters outside the White House on Thursday.",
     [E("USA", "GOV", "PRK", "GOV", "036", "Trump agrees to meet Kim (reported by South Korean adviser)")]),
    ("AGREE", "Americas", "2014-12-17",
     "Barack Obama and Raul Castro announced on Wednesday that the United States and Cuba would move to restore full "
     "diplomatic relations after more than five decades of hostility.",
     [E("USA", "GOV", "CUB", "GOV", "032", "Obama: intent to restore diplomatic ties with Cuba"),
      E("CUB", "GOV", "USA", "GOV", "032", "Castro: same, reverse")]),
    ("AGREE", "Pacific", "2023-11-10",
     "Australia will offer permanent residency to up to 280 citizens of Tuvalu a year under a treaty announced on "
     "Friday by Prime Minister Anthony Albanese and his Tuvaluan counterpart Kausea Natano.",
     [E("AUS", "GOV", "TUV", "", "030", "Australia's pledge of residency to Tuvaluans"),
      E("TUV", "GOV", "AUS", "GOV", "03", "Tuvalu's side of the jointly announced treaty")]),
    ("AGREE", "Africa", "2019-07-05",
     "Sudan's ruling military council and the pro-democracy coalition agreed early on Friday to share power during a "
     "transition of just over three years, the African Union mediator announced in Khartoum.",
     [E("SDN", "MIL", "SDN", "OPP", "03", "Transitional Military Council agrees power-sharing with FFC"),
      E("SDN", "OPP", "SDN", "MIL", "03", "Forces of Freedom and Change agree, reverse")]),

    # ---------------- ASSAULT ----------------
    ("ASSAULT", "South Asia", "2014-12-16",
     "Taliban gunmen stormed an army-run school in the Pakistani city of Peshawar on Tuesday, killing more than 130 "
     "children in the deadliest militant attack the country has seen, officials said.",
     [E("PAK", "REB", "PAK", "CVL", "18", "Pakistani Taliban (TTP) attack on schoolchildren")]),
    ("ASSAULT", "South Asia", "2019-02-26",
     "Indian warplanes struck what New Delhi called a training camp of Jaish-e-Mohammed near Balakot in Pakistan early "
     "on Tuesday, 12 days after a suicide bombing killed 40 Indian paramilitary police in Kashmir.",
     [E("IND", "MIL", "PAK", "REB", "195", "Indian air strike on JeM camp in Pakistan"),
      E(N, "", "IND", "COP", "1831", "Pulwama suicide bombing on CRPF (dated by '12 days after'); bomber unnamed")]),
    ("ASSAULT", "Middle East", "2019-09-14",
     "Drone attacks claimed by Yemen's Houthi movement set ablaze two major Saudi Aramco oil facilities at Abqaiq and "
     "Khurais on Saturday, knocking out more than half of the kingdom's crude output.",
     [E("YEM", "REB", "SAU", "BUS", "195", "Houthi drone attack on Aramco (claimed by Houthis)")]),
    ("ASSAULT", "Europe/Eurasia", "2022-02-24",
     "Russian forces attacked Ukraine from the north, east and south early on Thursday, pounding cities and air bases "
     "with missiles, Ukrainian officials said.",
     [E("RUS", "MIL", "UKR", "", "190", "Russian invasion of Ukraine")]),
    ("ASSAULT", "South Asia", "2019-04-21",
     "Suicide bombers struck three churches and three luxury hotels in Sri Lanka on Easter Sunday, killing more than "
     "250 people in attacks the government blamed on a little-known local Islamist group.",
     [E(N, "", "LKA", "CVL", "1831", "suicide bombings; bombers unnamed in the clause"),
      E("LKA", "GOV", "LKA", "REB", "112", "government blames a local Islamist group (NTJ), relative clause")]),
    ("ASSAULT", "Americas", "2019-01-17",
     "A car bomb blamed on the ELN guerrillas killed 21 police cadets at the General Santander police academy in "
     "Bogota on Thursday, the deadliest attack on the Colombian capital in years.",
     [E("COL", "REB", "COL", "COP", "183", "car bombing of police academy, agent ELN via 'blamed on'")]),
    ("ASSAULT", "Pacific", "2024-02-18",
     "Dozens of men were shot dead in an ambush during a tribal clash in Papua New Guinea's Enga province on Sunday, "
     "police said, in one of the worst outbreaks of violence in the highlands in years.",
     [E("PNG", "CVL", "PNG", "CVL", "18", "tribal fighters ambush rival clansmen (agentless passive)")]),
    ("ASSAULT", "Middle East", "2020-01-03",
     "A U.S. drone strike at Baghdad airport killed Iranian commander Qassem Soleimani on Friday, the Pentagon said, "
     "adding that the attack had been carried out at the direction of President Donald Trump.",
     [E("USA", "MIL", "IRN", "MIL", "186", "US kills Quds Force commander Soleimani")]),
    ("ASSAULT", "Africa", "2014-04-14",
     "Boko Haram militants abducted 276 schoolgirls from a government secondary school in Chibok, in Nigeria's "
     "northeastern Borno state, on the night of April 14.",
     [E("NGA", "REB", "NGA", "CVL", "181", "Boko Haram abducts schoolgirls")]),
    ("ASSAULT", "Asia", "2017-08-25",
     "Rohingya insurgents of the Arakan Rohingya Salvation Army attacked about 30 police posts and an army base in "
     "Myanmar's Rakhine state on Friday, killing 12 members of the security forces, the government said.",
     [E("MMR", "REB", "MMR", "COP", "18", "ARSA attacks police posts"),
      E("MMR", "REB", "MMR", "MIL", "18", "ARSA attacks army base")]),

    # ---------------- REQUEST ----------------
    ("REQUEST", "Europe/Eurasia", "2022-03-02",
     "The U.N. General Assembly voted overwhelmingly on Wednesday to demand that Russia immediately withdraw all its "
     "troops from Ukraine, with only five countries voting against the resolution.",
     [E("UNO", "IGO", "RUS", "", "106", "UNGA demands Russian withdrawal")]),
    ("REQUEST", "Middle East", "2011-08-18",
     "President Barack Obama called on Syrian President Bashar al-Assad to step aside for the first time on Thursday, "
     "saying the Syrian people's future must be determined by its people.",
     [E("USA", "GOV", "SYR", "GOV", "1041", "Obama demands Assad step down")]),
    ("REQUEST", "Africa", "2017-11-19",
     "Zimbabwe's ruling ZANU-PF told Robert Mugabe on Sunday to resign as president by noon on Monday or face "
     "impeachment proceedings in parliament.",
     [E("ZWE", "PTY", "ZWE", "GOV", "1041", "ZANU-PF demands Mugabe resign"),
      E("ZWE", "PTY", "ZWE", "GOV", "130", "threat of impeachment")]),
    ("REQUEST", "Pacific", "2020-04-19",
     "Australia's Foreign Minister Marise Payne called on Sunday for an independent international inquiry into the "
     "origins of the coronavirus pandemic, including China's handling of the early outbreak.",
     [E("AUS", "GOV", "CHN", "", "10", "Payne calls for inquiry covering China (demand for investigation)")]),
    ("REQUEST", "South Asia", "2022-08-30",
     "Pakistan and the United Nations appealed on Tuesday for $160 million in emergency aid to help millions of people "
     "affected by monsoon floods that have killed more than 1,100 people.",
     [E("PAK", "GOV", N, "", "103", "Pakistan appeals for aid, donors unnamed"),
      E("UNO", "IGO", N, "", "103", "UN joins the flash appeal")]),
    ("REQUEST", "Americas", "2024-08-01",
     "The governments of Brazil, Colombia and Mexico on Thursday urged Venezuela's electoral authorities to release "
     "voting tallies broken down by polling station from Sunday's disputed presidential election.",
     [E("BRA", "GOV", "VEN", "GOV", "10", "Brazil urges CNE to publish tallies"),
      E("COL", "GOV", "VEN", "GOV", "10", "Colombia, same"),
      E("MEX", "GOV", "VEN", "GOV", "10", "Mexico, same")]),
    ("REQUEST", "Middle East", "2024-03-25",
     "The U.N. Security Council on Monday demanded an immediate ceasefire in Gaza for the month of Ramadan and the "
     "release of all hostages, after the United States abstained from the vote.",
     [E("UNO", "IGO", "ISR", "", "107", "UNSC ceasefire demand, party Israel"),
      E("UNO", "IGO", "PSE", "REB", "107", "UNSC ceasefire demand, party Hamas"),
      E("UNO", "IGO", "PSE", "REB", "1053", "demand release of hostages (held by Hamas)")]),
    ("REQUEST", "Europe/Eurasia", "2015-07-08",
     "Greece formally requested a new three-year loan from the euro zone's rescue fund on Wednesday, promising to start "
     "implementing tax and pension reforms by next week.",
     [E("GRC", "GOV", "EUR", "IGO", "1031", "Greece asks ESM for a loan"),
      E("GRC", "GOV", "EUR", "IGO", "034", "Greece promises reforms")]),
    ("REQUEST", "Africa", "2013-01-10",
     "Mali's interim President Dioncounda Traore has asked France for military help to halt Islamist rebels in the "
     "north, French diplomats said on Thursday.",
     [E("MLI", "GOV", "FRA", "", "1032", "Traore asks France for military aid")]),

    # ---------------- REJECT ----------------
    ("REJECT", "Middle East", "2023-12-08",
     "The United States on Friday vetoed a U.N. Security Council resolution put forward by the United Arab Emirates "
     "that would have demanded an immediate humanitarian ceasefire in Gaza.",
     [E("USA", "GOV", "ARE", "", "129", "US veto of the UAE-drafted resolution (the draft's demand is not an event)")]),
    ("REJECT", "Europe/Eurasia", "2019-01-15",
     "British lawmakers rejected Prime Minister Theresa May's Brexit deal by 432 votes to 202 on Tuesday, the heaviest "
     "parliamentary defeat for a sitting government in modern history.",
     [E("GBR", "LEG", "GBR", "GOV", "12", "Commons rejects May's deal")]),
    ("REJECT", "Asia", "2016-07-12",
     "China said on Tuesday it neither accepted nor recognised the ruling of an international arbitration tribunal in "
     "The Hague on the Philippines' case over the South China Sea.",
     [E("CHN", "GOV", N, "JUD", "12", "China rejects the arbitral tribunal's award")]),
    ("REJECT", "South Asia", "2019-08-05",
     "Pakistan said on Monday it strongly condemned and rejected India's decision to revoke the special constitutional "
     "status of Indian-administered Kashmir.",
     [E("PAK", "GOV", "IND", "GOV", "12", "Pakistan rejects the revocation"),
      E("PAK", "GOV", "IND", "GOV", "111", "Pakistan condemns it")]),
    ("REJECT", "Africa", "2016-12-09",
     "Gambian President Yahya Jammeh said on Friday he rejected the results of the Dec. 1 election won by opposition "
     "candidate Adama Barrow and called for a new vote.",
     [E("GMB", "GOV", "GMB", "OPP", "12", "Jammeh rejects election won by Barrow"),
      E("GMB", "GOV", N, "", "10", "Jammeh calls for a fresh election, no addressee")]),
    ("REJECT", "Americas", "2016-10-02",
     "Colombian voters narrowly rejected a peace deal with the FARC rebels in a referendum on Sunday, dealing a blow to "
     "President Juan Manuel Santos, who had staked his presidency on the accord.",
     [E("COL", "CVL", "COL", "GOV", "12", "voters reject Santos's deal"),
      E("COL", "CVL", "COL", "REB", "12", "voters reject deal with FARC")]),
    ("REJECT", "Middle East", "2013-01-06",
     "Syria's main opposition coalition on Sunday rejected a peace plan outlined by President Bashar al-Assad in a rare "
     "speech in Damascus, saying he must step down first.",
     [E("SYR", "OPP", "SYR", "GOV", "127", "National Coalition rejects Assad's plan (plan itself not coded, as PLOVER does)"),
      E("SYR", "OPP", "SYR", "GOV", "1041", "demand that Assad step down")]),
    ("REJECT", "Europe/Eurasia", "2024-05-18",
     "Georgian President Salome Zourabichvili vetoed the government's contested 'foreign agents' bill on Saturday, "
     "though the ruling Georgian Dream party has enough votes in parliament to override her.",
     [E("GEO", "GOV", "GEO", "LEG", "129", "president vetoes bill passed by parliament")]),
    ("REJECT", "Pacific", "2022-05-30",
     "Pacific island nations declined on Monday to endorse China's proposed regional security and trade pact after a "
     "meeting with Foreign Minister Wang Yi in Fiji, saying they needed consensus first.",
     [E(N, "GOV", "CHN", "GOV", "12", "Pacific island governments decline China's pact"),
      E(N, "GOV", "CHN", "GOV", "043", "meeting with Wang Yi in Fiji (hosted)"),
      E("CHN", "GOV", N, "GOV", "042", "Wang Yi's visit/meeting, reverse")]),

    # ---------------- PROTEST ----------------
    ("PROTEST", "Middle East", "2011-01-25",
     "Thousands of Egyptians took to the streets of Cairo, Alexandria and Suez on Tuesday in a 'day of rage' demanding "
     "an end to President Hosni Mubarak's three decades in power.",
     [E("EGY", "CVL", "EGY", "GOV", "1411", "demonstrations for Mubarak's removal")]),
    ("PROTEST", "Asia", "2019-06-09",
     "Hundreds of thousands of people marched through central Hong Kong on Sunday to oppose a government bill that "
     "would allow suspects to be extradited to mainland China for trial.",
     [E("HKG", "CVL", "HKG", "GOV", "1412", "march against extradition bill")]),
    ("PROTEST", "South Asia", "2020-11-26",
     "Tens of thousands of farmers from Punjab and Haryana marched toward New Delhi on Thursday to protest against new "
     "farm laws, and police fired tear gas and water cannon to stop them at the state border.",
     [E("IND", "CVL", "IND", "GOV", "1412", "farmers' march against farm laws"),
      E("IND", "COP", "IND", "CVL", "17", "police use tear gas/water cannon to block marchers (repression)")]),
    ("PROTEST", "Europe/Eurasia", "2018-11-17",
     "Some 280,000 'yellow vest' protesters blocked roads and fuel depots across France on Saturday against rising fuel "
     "taxes, and one demonstrator was killed when a panicked driver accelerated into a roadblock.",
     [E("FRA", "CVL", "FRA", "GOV", "144", "blockades against fuel taxes; the road death is an accident, not coded")]),
    ("PROTEST", "Africa", "2019-04-06",
     "Thousands of Sudanese protesters began a sit-in outside the army headquarters in Khartoum on Saturday, calling on "
     "the military to side with them against President Omar al-Bashir.",
     [E("SDN", "CVL", "SDN", "GOV", "1411", "sit-in against Bashir"),
      E("SDN", "CVL", "SDN", "MIL", "10", "appeal to the army to side with protesters")]),
    ("PROTEST", "Americas", "2019-10-18",
     "Protesters in Santiago set fire to metro stations and an electricity company building on Friday in riots over a "
     "rise in subway fares, prompting President Sebastian Pinera to declare a state of emergency.",
     [E("CHL", "CVL", "CHL", "GOV", "145", "fare riots"),
      E("CHL", "GOV", "CHL", "CVL", "1724", "Pinera declares state of emergency")]),
    ("PROTEST", "Pacific", "2021-11-25",
     "Rioters torched buildings in the Chinatown district of the Solomon Islands capital Honiara on Thursday in a second "
     "day of violent protests demanding the resignation of Prime Minister Manasseh Sogavare.",
     [E("SLB", "CVL", "SLB", "GOV", "145", "riots against Sogavare")]),
    ("PROTEST", "South Asia", "2014-01-05",
     "Bangladesh's main opposition party boycotted Sunday's general election, which was marred by violence as "
     "protesters torched more than 100 polling stations across the country.",
     [E("BGD", "OPP", "BGD", "GOV", "143", "BNP election boycott"),
      E("BGD", "CVL", "BGD", "GOV", "145", "protesters torch polling stations")]),
    ("PROTEST", "Middle East", "2012-04-17",
     "About 1,200 Palestinian prisoners in Israeli jails began an open-ended hunger strike on Tuesday to protest against "
     "detention without trial and solitary confinement, a prisoners' group said.",
     [E("PSE", "CVL", "ISR", "GOV", "142", "prisoners' hunger strike")]),

    # ---------------- THREATEN ----------------
    ("THREATEN", "Asia", "2017-08-08",
     "President Donald Trump warned North Korea on Tuesday that any further threats to the United States would be met "
     "with 'fire and fury like the world has never seen'.",
     [E("USA", "GOV", "PRK", "", "138", "Trump threatens force")]),
    ("THREATEN", "Middle East", "2019-10-07",
     "President Donald Trump threatened on Monday to 'totally destroy and obliterate' Turkey's economy if Ankara did "
     "anything he considered off limits in northern Syria.",
     [E("USA", "GOV", "TUR", "", "131", "economic (non-force) threat")]),
    ("THREATEN", "Middle East", "2023-11-14",
     "Houthi leader Abdul-Malik al-Houthi said on Tuesday his forces would hunt down Israeli ships in the Red Sea and the "
     "Bab al-Mandab strait, in a televised speech from Yemen.",
     [E("YEM", "REB", "ISR", "", "138", "Houthi threat against Israeli shipping")]),
    ("THREATEN", "South Asia", "2016-09-26",
     "Prime Minister Narendra Modi said on Monday that 'blood and water cannot flow together', as India signalled it "
     "could use the Indus Waters Treaty to pressure Pakistan after a militant attack on an army base.",
     [E("IND", "GOV", "PAK", "", "13", "implied threat over water-sharing"),
      E(N, "", "IND", "MIL", "18", "Uri attack on army base (undated background noun; attackers unnamed)")]),
    ("THREATEN", "Africa", "2016-12-23",
     "The West African bloc ECOWAS has put troops on standby and will intervene militarily if Gambia's Yahya Jammeh "
     "refuses to hand over power on Jan. 19, the commission's president Marcel de Souza said on Friday.",
     [E(N, "IGO", "GMB", "GOV", "138", "ECOWAS threatens military intervention"),
      E(N, "IGO", "GMB", "GOV", "152", "troops put on standby (raise military alert)")]),
    ("THREATEN", "Europe/Eurasia", "2021-11-11",
     "Belarusian President Alexander Lukashenko threatened on Thursday to cut off the transit of Russian gas to Europe "
     "if the European Union imposed new sanctions over the migrant crisis on the Polish border.",
     [E("BLR", "GOV", "EUR", "IGO", "131", "threat to cut gas transit (non-force)")]),
    ("THREATEN", "Americas", "2019-05-30",
     "President Donald Trump said on Thursday he would impose a 5 percent tariff on all goods from Mexico from June 10, "
     "rising to 25 percent, unless Mexico stopped illegal immigrants from crossing the border.",
     [E("USA", "GOV", "MEX", "", "1312", "tariff threat = threaten with sanctions")]),
    ("THREATEN", "Asia", "2013-03-07",
     "North Korea threatened on Thursday to launch a pre-emptive nuclear strike against the United States, hours before "
     "the U.N. Security Council voted unanimously to tighten sanctions over Pyongyang's nuclear programme.",
     [E("PRK", "", "USA", "", "138", "nuclear strike threat"),
      E("UNO", "IGO", "PRK", "", "16", "UNSC tightens sanctions")]),

    # ---------------- ACCUSE ----------------
    ("ACCUSE", "Middle East", "2018-10-23",
     "Turkish President Tayyip Erdogan said on Tuesday that Saudi officials had planned the killing of journalist Jamal "
     "Khashoggi days in advance, calling it a savage political murder.",
     [E("TUR", "GOV", "SAU", "GOV", "112", "Erdogan accuses Saudi officials (the killing is the content of the accusation)")]),
    ("ACCUSE", "Asia", "2021-03-18",
     "China's top diplomat Yang Jiechi accused the United States of using its military might and financial hegemony to "
     "suppress other countries, during talks with Secretary of State Antony Blinken in Anchorage on Thursday.",
     [E("CHN", "GOV", "USA", "GOV", "112", "Yang accuses the US"),
      E("CHN", "GOV", "USA", "GOV", "04", "Anchorage talks (event noun)"),
      E("USA", "GOV", "CHN", "GOV", "04", "Anchorage talks, reverse")]),
    ("ACCUSE", "Europe/Eurasia", "2014-07-17",
     "Ukraine's government accused pro-Russian separatists on Thursday of shooting down a Malaysia Airlines airliner "
     "carrying 298 people over the east of the country, a charge the rebels denied.",
     [E("UKR", "GOV", "UKR", "REB", "112", "Kyiv accuses separatists over MH17"),
      E("UKR", "REB", "UKR", "GOV", "12", "separatists deny the charge")]),
    ("ACCUSE", "Africa", "2022-05-28",
     "Congo's government accused Rwanda on Saturday of supporting the M23 rebels, summoned Kigali's ambassador and "
     "suspended flights to the country by the national carrier RwandAir.",
     [E("COD", "GOV", "RWA", "", "112", "DRC accuses Rwanda of backing M23"),
      E("COD", "GOV", "RWA", "GOV", "114", "summons Rwandan ambassador"),
      E("COD", "GOV", "RWA", "", "16", "suspends RwandAir flights")]),
    ("ACCUSE", "Americas", "2023-09-18",
     "Prime Minister Justin Trudeau told parliament on Monday that Canada was pursuing credible allegations linking "
     "agents of the Indian government to the killing of Sikh separatist leader Hardeep Singh Nijjar in British Columbia.",
     [E("CAN", "GOV", "IND", "GOV", "112", "Trudeau's allegation against Indian agents")]),
    ("ACCUSE", "South Asia", "2021-07-16",
     "Afghan President Ashraf Ghani accused Pakistan on Friday of letting more than 10,000 jihadist fighters enter "
     "Afghanistan, at a conference in Tashkent also attended by Prime Minister Imran Khan, who rejected the charge.",
     [E("AFG", "GOV", "PAK", "", "112", "Ghani accuses Pakistan"),
      E("PAK", "GOV", "AFG", "GOV", "12", "Khan rejects the charge")]),
    ("ACCUSE", "Americas", "2017-05-17",
     "The Justice Department appointed former FBI Director Robert Mueller on Wednesday as special counsel to investigate "
     "Russian interference in the 2016 presidential election and possible collusion with Donald Trump's campaign.",
     [E("USA", "GOV", "RUS", "", "09", "investigation of Russian interference"),
      E("USA", "GOV", "USA", "PTY", "09", "investigation of the Trump campaign")]),
    ("ACCUSE", "Middle East", "2010-05-31",
     "Turkey recalled its ambassador to Israel on Monday and condemned as 'state terrorism' an Israeli commando raid on "
     "a Gaza-bound aid flotilla that killed nine activists.",
     [E("TUR", "GOV", "ISR", "", "111", "Turkey condemns the raid"),
      E("TUR", "GOV", "ISR", "", "161", "recall of own ambassador"),
      E("ISR", "MIL", "TUR", "CVL", "18", "raid on flotilla killing activists (mostly Turkish)")]),
    ("ACCUSE", "Africa", "2023-12-29",
     "South Africa filed a case at the International Court of Justice on Friday accusing Israel of genocide against "
     "Palestinians in Gaza and asked the court to order an urgent halt to the military campaign.",
     [E("ZAF", "GOV", "ISR", "", "115", "ICJ case = lawsuit/accusation"),
      E("ZAF", "GOV", "UNO", "JUD", "10", "request to the ICJ for provisional measures")]),

    # ---------------- CONSULT ----------------
    ("CONSULT", "Asia", "2023-11-15",
     "U.S. President Joe Biden and Chinese President Xi Jinping held four hours of talks at an estate outside San "
     "Francisco on Wednesday and agreed to resume military-to-military communications.",
     [E("USA", "GOV", "CHN", "GOV", "043", "Biden hosts Xi"),
      E("CHN", "GOV", "USA", "GOV", "042", "Xi visits"),
      E("USA", "GOV", "CHN", "GOV", "03", "agree to resume mil-mil communication"),
      E("CHN", "GOV", "USA", "GOV", "03", "same, reverse")]),
    ("CONSULT", "Europe/Eurasia", "2018-07-16",
     "Donald Trump and Vladimir Putin met for more than two hours in Helsinki on Monday with only their interpreters "
     "present, before holding a joint news conference.",
     [E("USA", "GOV", "RUS", "GOV", "044", "meeting at third location"),
      E("RUS", "GOV", "USA", "GOV", "044", "same, reverse")]),
    ("CONSULT", "Africa", "2018-03-09",
     "Kenyan President Uhuru Kenyatta and opposition leader Raila Odinga held their first talks since last year's "
     "disputed election on Friday, shaking hands on the steps of Harambee House in Nairobi and pledging to unite the country.",
     [E("KEN", "GOV", "KEN", "OPP", "043", "Kenyatta hosts Odinga at his office"),
      E("KEN", "OPP", "KEN", "GOV", "042", "Odinga's visit"),
      E("KEN", "GOV", "KEN", "OPP", "030", "pledge to work together"),
      E("KEN", "OPP", "KEN", "GOV", "030", "same, reverse")]),
    ("CONSULT", "Middle East", "2013-09-27",
     "Barack Obama and Iranian President Hassan Rouhani spoke by telephone on Friday, the first direct conversation "
     "between the leaders of the two countries since 1979, Obama told reporters at the White House.",
     [E("USA", "GOV", "IRN", "GOV", "041", "phone call"),
      E("IRN", "GOV", "USA", "GOV", "041", "same, reverse")]),
    ("CONSULT", "South Asia", "2015-12-25",
     "Indian Prime Minister Narendra Modi made a surprise stopover in Lahore on Friday to meet his Pakistani counterpart "
     "Nawaz Sharif, the first visit to Pakistan by an Indian prime minister in more than a decade.",
     [E("IND", "GOV", "PAK", "GOV", "042", "Modi visits"),
      E("PAK", "GOV", "IND", "GOV", "043", "Sharif hosts")]),
    ("CONSULT", "Americas", "2021-08-13",
     "Venezuela's government and opposition began formal negotiations in Mexico City on Friday under Norwegian "
     "mediation, with an agenda that includes elections and the easing of U.S. sanctions.",
     [E("VEN", "GOV", "VEN", "OPP", "046", "negotiations"),
      E("VEN", "OPP", "VEN", "GOV", "046", "same, reverse"),
      E("NOR", "GOV", "VEN", "GOV", "045", "Norway mediates"),
      E("NOR", "GOV", "VEN", "OPP", "045", "Norway mediates, second party")]),

    # ---------------- SUPPORT ----------------
    ("SUPPORT", "Americas", "2019-01-23",
     "President Donald Trump recognized Venezuelan opposition leader Juan Guaido as the country's interim president on "
     "Wednesday, minutes after Guaido declared himself acting president before a crowd in Caracas.",
     [E("USA", "GOV", "VEN", "OPP", "054", "US recognises Guaido")]),
    ("SUPPORT", "Asia", "2015-12-28",
     "Japanese Prime Minister Shinzo Abe offered his 'most sincere apologies and remorse' to the women forced to work in "
     "wartime Japanese military brothels, under a deal reached with South Korea on Monday.",
     [E("JPN", "GOV", "KOR", "CVL", "055", "Abe apologises to 'comfort women'"),
      E("JPN", "GOV", "KOR", "GOV", "03", "deal reached with Seoul"),
      E("KOR", "GOV", "JPN", "GOV", "03", "same, reverse")]),
    ("SUPPORT", "Europe/Eurasia", "2022-06-23",
     "European Union leaders granted Ukraine and Moldova the status of candidates for membership of the bloc at a summit "
     "in Brussels on Thursday.",
     [E("EUR", "IGO", "UKR", "", "05", "candidate status for Ukraine"),
      E("EUR", "IGO", "MDA", "", "05", "candidate status for Moldova")]),
    ("SUPPORT", "South Asia", "2024-08-08",
     "Prime Minister Narendra Modi sent his best wishes on Thursday to Nobel laureate Muhammad Yunus on his swearing-in "
     "as head of Bangladesh's interim government.",
     [E("IND", "GOV", "BGD", "GOV", "051", "Modi congratulates Yunus")]),
    ("SUPPORT", "Africa", "2019-10-11",
     "The Norwegian Nobel Committee awarded the 2019 Nobel Peace Prize on Friday to Ethiopian Prime Minister Abiy Ahmed "
     "for his efforts to end his country's long border conflict with Eritrea.",
     [E("NOR", "NGO", "ETH", "GOV", "051", "Nobel committee honours Abiy")]),
    ("SUPPORT", "Pacific", "2019-09-16",
     "The Solomon Islands cut diplomatic ties with Taiwan on Monday and switched recognition to Beijing, leaving Taipei "
     "with only 16 formal allies around the world.",
     [E("SLB", "GOV", "CHN", "", "054", "recognises Beijing"),
      E("SLB", "GOV", "TWN", "", "161", "breaks ties with Taiwan")]),

    # ---------------- COERCE ----------------
    ("COERCE", "Africa", "2017-11-15",
     "Zimbabwe's army seized control of the country on Wednesday and placed President Robert Mugabe under house arrest, "
     "the military said in a statement read on state television.",
     [E("ZWE", "MIL", "ZWE", "GOV", "17", "military takeover"),
      E("ZWE", "MIL", "ZWE", "GOV", "173", "Mugabe detained")]),
    ("COERCE", "Asia", "2018-07-03",
     "Malaysia's anti-corruption agency arrested former prime minister Najib Razak on Tuesday over billions of dollars "
     "that went missing from the state fund 1MDB.",
     [E("MYS", "GOV", "MYS", "ELI", "173", "MACC arrests Najib")]),
    ("COERCE", "South Asia", "2023-08-05",
     "Pakistani police arrested former Prime Minister Imran Khan at his home in Lahore on Saturday, hours after a court "
     "sentenced him to three years in prison for unlawfully selling state gifts.",
     [E("PAK", "COP", "PAK", "OPP", "173", "arrest of Imran Khan"),
      E("PAK", "JUD", "PAK", "OPP", "17", "prison sentence (court verdict; coders split 17/11)")]),
    ("COERCE", "Middle East", "2017-11-04",
     "Saudi Arabia detained 11 princes, four sitting ministers and dozens of former ministers in an anti-corruption "
     "purge announced late on Saturday by a new committee headed by Crown Prince Mohammed bin Salman.",
     [E("SAU", "GOV", "SAU", "ELI", "173", "detention of princes"),
      E("SAU", "GOV", "SAU", "GOV", "173", "detention of ministers")]),
    ("COERCE", "Europe/Eurasia", "2021-01-17",
     "Russian police detained opposition leader Alexei Navalny at passport control in Moscow's Sheremetyevo airport on "
     "Sunday, minutes after his flight from Berlin landed.",
     [E("RUS", "COP", "RUS", "OPP", "173", "Navalny detained")]),
    ("COERCE", "Americas", "2022-12-07",
     "Peru's Congress removed President Pedro Castillo from office on Wednesday, hours after he tried to dissolve the "
     "legislature, and police detained him as he was driven through Lima.",
     [E("PER", "LEG", "PER", "GOV", "172", "impeachment/removal"),
      E("PER", "GOV", "PER", "LEG", "17", "attempted dissolution of Congress"),
      E("PER", "COP", "PER", "GOV", "173", "Castillo detained")]),
    ("COERCE", "Pacific", "2009-04-10",
     "Fiji's President Josefa Iloilo abrogated the constitution and dismissed all of the country's judges on Friday, "
     "taking full executive power a day after a court declared the military-backed interim government unlawful.",
     [E("FJI", "GOV", "FJI", "JUD", "17", "abrogation and sacking of the judiciary"),
      E("FJI", "JUD", "FJI", "GOV", "12", "Court of Appeal ruling against the interim government (dated: a day after); coders split 12/11/17")]),

    # ---------------- SANCTION ----------------
    ("SANCTION", "Europe/Eurasia", "2014-07-29",
     "The European Union and the United States announced broad economic sanctions against Russia on Tuesday, targeting "
     "its state banks, arms trade and oil technology over the crisis in Ukraine.",
     [E("EUR", "IGO", "RUS", "", "16", "EU sanctions"),
      E("USA", "GOV", "RUS", "", "16", "US sanctions")]),
    ("SANCTION", "Middle East", "2017-06-05",
     "Saudi Arabia and the United Arab Emirates severed diplomatic relations with Qatar on Monday, accusing Doha of "
     "supporting terrorism and destabilising the region.",
     [E("SAU", "", "QAT", "", "161", "Saudi breaks ties"),
      E("ARE", "", "QAT", "", "161", "UAE breaks ties"),
      E("SAU", "", "QAT", "", "112", "Saudi accusation"),
      E("ARE", "", "QAT", "", "112", "UAE accusation")]),
    ("SANCTION", "Africa", "2021-06-01",
     "The African Union suspended Mali on Tuesday following its second military coup in nine months and threatened "
     "sanctions if the junta did not hand power to a civilian-led transition.",
     [E("AFR", "IGO", "MLI", "", "16", "AU suspends Mali"),
      E("AFR", "IGO", "MLI", "MIL", "1312", "threat of sanctions")]),
    ("SANCTION", "Pacific", "2009-05-02",
     "The Pacific Islands Forum suspended Fiji's military-led government on Saturday, the first time the regional body "
     "has taken such a step against one of its members.",
     [E(N, "IGO", "FJI", "GOV", "16", "PIF suspends Fiji")]),
    ("SANCTION", "Asia", "2016-02-10",
     "South Korea announced on Wednesday it was halting operations at the jointly run Kaesong industrial park, cutting "
     "off one of North Korea's last sources of hard currency.",
     [E("KOR", "GOV", "PRK", "", "16", "halt of Kaesong operations")]),
    ("SANCTION", "South Asia", "2019-08-07",
     "Pakistan downgraded diplomatic ties with India and suspended bilateral trade on Wednesday in response to New "
     "Delhi's decision to strip Kashmir of its special status.",
     [E("PAK", "", "IND", "", "161", "downgrade of relations"),
      E("PAK", "", "IND", "", "16", "trade suspension")]),

    # ---------------- RETREAT ----------------
    ("RETREAT", "South Asia", "2021-08-30",
     "The last U.S. military planes left Kabul airport shortly before midnight on Monday, ending America's 20-year war in "
     "Afghanistan, the Pentagon said.",
     [E("USA", "MIL", "AFG", "", "087", "final US military withdrawal")]),
    ("RETREAT", "Middle East", "2011-10-18",
     "Israel freed 477 Palestinian prisoners on Tuesday in exchange for soldier Gilad Shalit, who was handed over by "
     "Hamas after more than five years in captivity in Gaza.",
     [E("ISR", "GOV", "PSE", "CVL", "0841", "prisoner release"),
      E("PSE", "REB", "ISR", "MIL", "0841", "Hamas releases Shalit")]),
    ("RETREAT", "Africa", "2022-08-15",
     "The last French soldiers of the Barkhane force left Mali on Monday, ending a nine-year deployment against jihadists "
     "after relations with the ruling junta broke down.",
     [E("FRA", "MIL", "MLI", "", "087", "French withdrawal from Mali")]),
    ("RETREAT", "Americas", "2017-06-27",
     "Colombia's FARC rebels handed over the last of their registered weapons to United Nations monitors on Tuesday, "
     "formally ending their existence as an armed group.",
     [E("COL", "REB", "COL", "GOV", "0873", "FARC disarmament (demobilize)")]),
    ("RETREAT", "Asia", "2010-11-13",
     "Myanmar's military government freed pro-democracy leader Aung San Suu Kyi from house arrest on Saturday, ending "
     "more than seven years of detention.",
     [E("MMR", "GOV", "MMR", "OPP", "0841", "release of Suu Kyi")]),

    # ---------------- MOBILIZE ----------------
    ("MOBILIZE", "Asia", "2023-04-08",
     "China's military began three days of combat readiness drills around Taiwan on Saturday, a day after President Tsai "
     "Ing-wen returned from a meeting with U.S. House Speaker Kevin McCarthy in California.",
     [E("CHN", "MIL", "TWN", "", "150", "drills around Taiwan"),
      E("TWN", "GOV", "USA", "LEG", "04", "Tsai-McCarthy meeting (background noun)"),
      E("USA", "LEG", "TWN", "GOV", "04", "same, reverse")]),
    ("MOBILIZE", "Europe/Eurasia", "2022-09-21",
     "President Vladimir Putin ordered Russia's first military mobilisation since World War Two on Wednesday, calling up "
     "300,000 reservists to fight in Ukraine.",
     [E("RUS", "GOV", "UKR", "", "153", "partial mobilisation")]),
    ("MOBILIZE", "Middle East", "2023-10-09",
     "Israel's military said on Monday it had called up 300,000 reservists in 48 hours, the largest mobilisation in its "
     "history, as it prepared to strike back at Hamas in the Gaza Strip.",
     [E("ISR", "MIL", "PSE", "REB", "153", "call-up of reservists against Hamas")]),
    ("MOBILIZE", "Middle East", "2019-05-05",
     "The United States is sending an aircraft carrier strike group and bombers to the Middle East to warn Iran that any "
     "attack on U.S. interests will be met with unrelenting force, National Security Adviser John Bolton said on Sunday.",
     [E("USA", "GOV", "IRN", "", "15", "deployment of carrier group and bombers"),
      E("USA", "GOV", "IRN", "", "138", "warning of force")]),

    # ---------------- COOPERATE ----------------
    ("COOPERATE", "Americas", "2022-04-21",
     "Honduras extradited former President Juan Orlando Hernandez to the United States on Thursday to face drug "
     "trafficking and weapons charges, less than three months after he left office.",
     [E("HND", "GOV", "USA", "GOV", "063", "extradition = judicial cooperation")]),
    ("COOPERATE", "Asia", "2019-07-23",
     "Russian and Chinese warplanes conducted their first joint long-range air patrol over the Sea of Japan and the East "
     "China Sea on Tuesday, according to the two countries' defence ministries.",
     [E("RUS", "MIL", "CHN", "MIL", "062", "joint patrol"),
      E("CHN", "MIL", "RUS", "MIL", "062", "same, reverse")]),
    ("COOPERATE", "Europe/Eurasia", "2017-12-17",
     "Vladimir Putin phoned Donald Trump on Sunday to thank him for a CIA tip that helped Russian security services foil a "
     "plot to bomb the Kazan Cathedral in St. Petersburg, the Kremlin said.",
     [E("USA", "GOV", "RUS", "COP", "064", "CIA shared intelligence with the FSB"),
      E("RUS", "GOV", "USA", "GOV", "041", "Putin's phone call"),
      E("RUS", "GOV", "USA", "GOV", "051", "thanks = praise")]),
    ("COOPERATE", "Africa", "2021-07-09",
     "Rwanda began deploying 1,000 soldiers and police to Mozambique's insurgency-hit Cabo Delgado province on Friday, "
     "under a bilateral agreement with the government in Maputo.",
     [E("RWA", "MIL", "MOZ", "GOV", "062", "military cooperation deployment (coders may say 07/15)")]),

    # ---------------- AID ----------------
    ("AID", "Americas", "2012-08-16",
     "Ecuador granted political asylum to WikiLeaks founder Julian Assange on Thursday, two months after he took refuge in "
     "its embassy in London to avoid extradition to Sweden.",
     [E("ECU", "GOV", "AUS", "CVL", "075", "asylum for Assange (Australian)"),
      E("AUS", "CVL", "ECU", "GOV", "10", "Assange seeks refuge/asylum (dated background)")]),
    ("AID", "South Asia", "2015-04-25",
     "India flew military transport planes carrying relief supplies and disaster response teams to Kathmandu on Saturday, "
     "hours after a massive earthquake struck Nepal.",
     [E("IND", "GOV", "NPL", "", "073", "humanitarian relief (quake itself not coded)")]),
    ("AID", "Americas", "2024-06-25",
     "The first contingent of about 400 Kenyan police officers arrived in Haiti's capital on Tuesday to lead a U.N.-backed "
     "multinational mission against the gangs that control much of Port-au-Prince.",
     [E("KEN", "COP", "HTI", "", "074", "security mission")]),
    ("AID", "Pacific", "2022-01-20",
     "New Zealand and Australian military aircraft delivered drinking water and emergency supplies to Tonga on Thursday, "
     "five days after a volcanic eruption and tsunami cut the island nation off.",
     [E("NZL", "MIL", "TON", "", "073", "NZ relief flights"),
      E("AUS", "MIL", "TON", "", "073", "Australian relief flights")]),
    ("AID", "Middle East", "2024-03-02",
     "U.S. military planes dropped more than 38,000 meals into Gaza on Saturday in the first American airdrop of aid to "
     "the besieged enclave, U.S. officials said.",
     [E("USA", "MIL", "PSE", "CVL", "073", "airdrop of food")]),

    # ---------------- CONCEDE ----------------
    ("CONCEDE", "Middle East", "2011-02-11",
     "Hosni Mubarak stepped down as Egypt's president on Friday and handed power to the army, Vice President Omar "
     "Suleiman announced on state television.",
     [E("EGY", "GOV", "EGY", "CVL", "0831", "resignation under protest pressure (protesters implied)")]),
    ("CONCEDE", "Asia", "2019-09-04",
     "Hong Kong leader Carrie Lam formally withdrew the extradition bill that sparked three months of often violent "
     "protests, in a televised address on Wednesday.",
     [E("HKG", "GOV", "HKG", "CVL", "0832", "bill withdrawn; undated protests background not coded")]),
    ("CONCEDE", "South Asia", "2022-07-14",
     "Sri Lankan President Gotabaya Rajapaksa emailed his resignation to the speaker of parliament on Thursday, a day "
     "after leaving the country in the face of mass protests over the island's economic collapse.",
     [E("LKA", "GOV", "LKA", "CVL", "0831", "resignation under protest pressure")]),
    ("CONCEDE", "Americas", "2019-10-13",
     "Ecuador's President Lenin Moreno agreed late on Sunday to scrap a decree that had ended fuel subsidies, meeting the "
     "main demand of indigenous groups whose protests had paralysed the country.",
     [E("ECU", "GOV", "ECU", "CVL", "0832", "policy reversal on fuel subsidies")]),

    # ---------------- NONE ----------------
    ("NONE", "Asia", "2017-04-15",
     "North Korea did not conduct a sixth nuclear test on Saturday as some analysts had feared, instead marking the "
     "birthday of its founder Kim Il Sung with celebrations in Pyongyang.", []),
    ("NONE", "Europe/Eurasia", "2019-08-18",
     "Britain would face shortages of fresh food, fuel and medicine if it left the European Union without a deal, "
     "according to government planning documents leaked to the Sunday Times.", []),
    ("NONE", "Middle East", "2023-02-06",
     "A magnitude 7.8 earthquake struck southern Turkey and northwestern Syria before dawn on Monday, toppling thousands "
     "of buildings and killing more than 2,000 people.", []),
    ("NONE", "Africa", "2019-10-12",
     "Kenyan runner Eliud Kipchoge became the first person to cover the marathon distance in under two hours on Saturday, "
     "finishing an unofficial race in Vienna in 1:59:40.", []),
    ("NONE", "Europe/Eurasia", "2022-11-03",
     "Turkey's annual inflation rose to 85.5 percent in October, its highest level in 24 years, official data showed on "
     "Thursday.", []),
    ("NONE", "Europe/Eurasia", "2019-03-29",
     "Britain did not leave the European Union on Friday as originally scheduled, nearly three years after the "
     "referendum, with no agreement yet on how or when it will go.", []),
    ("NONE", "Americas", "2023-05-01",
     "The U.S. government could run out of cash to pay all its bills as early as June 1 if Congress does not raise or "
     "suspend the debt limit, Treasury Secretary Janet Yellen said on Monday.", []),
    ("NONE", "South Asia", "2023-08-23",
     "India's Chandrayaan-3 lander touched down near the moon's south pole on Wednesday, making India the first country "
     "to reach the region and the fourth to land on the moon.", []),
    ("NONE", "Middle East", "2023-06-14",
     "Lebanon's parliament failed for the 12th time on Wednesday to elect a president, as neither Jihad Azour nor "
     "Suleiman Frangieh won enough votes in the first round.", []),
    ("NONE", "Pacific", "2021-04-10",
     "Samoa's general election ended in a 25-25 tie between the ruling HRPP and the new FAST party, preliminary results "
     "showed on Saturday, leaving the country without a clear winner.", []),
]


def record(i, entry):
    cat, region, date, text, evs = entry
    events = []
    for sc, ss, tc, ts, cameo, note in evs:
        events.append({
            "source_country": sc, "source_sector": ss,
            "target_country": tc, "target_sector": ts,
            "plover": C2P[cameo], "cameo": cameo, "mode": "", "location": None,
        })
    return {
        "id": "sd%03d" % i, "set": "sents4", "category": cat, "split": "dev", "date": date,
        "text": text, "no_event": not events, "events": events,
    }


def ordered(entries):
    """Deal each category's entries alternately to an odd pool and an even pool (the side that gets the extra
    entry of an odd-sized category alternates), shuffle both pools with a fixed seed and interleave them, so
    each category falls about half on odd lines (tuning half) and half on even lines (report half)."""
    rng = random.Random(20261204)
    cats = []
    for e in entries:
        if e[0] not in cats:
            cats.append(e[0])
    pools = ([], [])
    first = 0
    for c in cats:
        group = [e for e in entries if e[0] == c]
        for k, e in enumerate(group):
            pools[(first + k) % 2].append(e)
        if len(group) % 2:
            first = 1 - first
    assert len(pools[0]) == len(pools[1]), (len(pools[0]), len(pools[1]))
    for p in pools:
        rng.shuffle(p)
    out = []
    for a, b in zip(*pools):
        out.extend([a, b])
    return out


REGION = {}


def main():
    out = []
    for i, e in enumerate(ordered(R), 1):
        rec = record(i, e)
        REGION[rec["id"]] = e[1]
        out.append(rec)
    with open(os.path.join(HERE, "records.jsonl"), "w") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "regions.json"), "w") as f:
        json.dump(REGION, f, indent=0, sort_keys=True)
        f.write("\n")
    print("wrote %d records" % len(out))


if __name__ == "__main__":
    main()
