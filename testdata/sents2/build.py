#!/usr/bin/env python3
"""Build testdata/sents2/records.jsonl: a blind sentence set in the PLOVER dev record format.

Each record is one sentence retelling a real public event of 2002-2024, written for the set.
E(source, target, cameo, note): source and target are "CTY/SECTOR" ("" country = null,
"" sector = the state as a whole or unknown); the PLOVER type comes from cameo-to-plover.json's
mapping, which is copied below (MAP) so this script is self-contained (stdlib only).

Order: records are written here grouped by category; the output order interleaves two halves
split within each category (A = odd lines, the later tuning half; B = even lines, the report half).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# PLOVER type per CAMEO code, as in /work/shared/gold/cameo-to-plover.json (only codes used here
# need to be present; validate.py checks them against the shared file when it is there).
MAP = {}
for t, codes in {
    "AGREE": "03 030 031 0311 0312 0313 0314 032 033 0331 0332 0333 0334 034 0341 0342 0343 0344 035 0351 0352 0353 0354 0355 0356 036 037 038 039",
    "CONSULT": "04 040 041 042 043 044 045 046",
    "SUPPORT": "05 050 051 052 053 054 055 056 057",
    "COOPERATE": "06 060 061 062 063 064",
    "AID": "07 070 071 072 073 074 075",
    "RETREAT": "08 0813 0814 084 0841 0842 085 086 0861 0862 0863 087 0871 0872 0873 0874",
    "CONCEDE": "080 081 0811 0812 082 083 0831 0832 0833 0834",
    "ACCUSE": "09 090 091 092 093 094 11 110 111 112 1121 1122 1123 1124 1125 113 114 115 116",
    "REQUEST": "10 100 101 1011 1012 1013 1014 102 103 1031 1032 1033 1034 104 1041 1042 1043 1044 105 1051 1052 1053 1054 1055 1056 106 107 108",
    "REJECT": "12 120 121 1211 1212 1213 1214 122 1221 1222 1223 1224 123 1231 1232 1233 1234 124 1241 1242 1243 1244 1245 1246 125 126 127 128 129",
    "THREATEN": "13 130 131 1311 1312 1313 132 1321 1322 1323 1324 133 134 135 136 137 138 1381 1382 1383 1384 1385 139",
    "PROTEST": "14 140 141 1411 1412 1413 1414 142 1421 1422 1423 1424 143 1431 1432 1433 1434 144 1441 1442 1443 1444 145 1451 1452 1453 1454",
    "MOBILIZE": "15 150 151 152 153 154",
    "SANCTION": "16 160 161 162 1621 1622 1623 164 165 166 1661 1662 1663",
    "COERCE": "163 17 170 171 1711 172 1721 1722 1723 1724 173 174 191 192",
    "ASSAULT": "1712 175 18 180 181 182 1821 1822 1823 183 1831 1832 1833 184 185 186 19 190 193 194 195 196 20 200 201 202 203 204 2041 2042",
}.items():
    for c in codes.split():
        MAP[c] = t


def _actor(s):
    c, _, sec = s.partition("/")
    return (c or None), sec


def E(src, tgt, cameo, note):
    sc, ss = _actor(src)
    tc, ts = _actor(tgt)
    return {"source_country": sc, "source_sector": ss, "target_country": tc, "target_sector": ts,
            "plover": MAP[cameo], "cameo": cameo, "mode": "", "location": None, "note": note}


RECS = []


def R(cat, region, date, text, *events):
    RECS.append({"category": cat, "region": region, "date": date, "text": text, "events": list(events)})


# ---------------------------------------------------------------- AGREE (9)
R("AGREE", "Africa", "2022-11-02",
  "Ethiopia's government and the Tigray People's Liberation Front agreed in Pretoria on Wednesday to a permanent "
  "cessation of hostilities, African Union mediator Olusegun Obasanjo told reporters.",
  E("ETH/GOV", "ETH/REB", "0356", "Ethiopian federal government agrees with the TPLF (rebel/regional party) to stop fighting"),
  E("ETH/REB", "ETH/GOV", "0356", "reverse direction of the joint agreement"))
R("AGREE", "Middle East", "2023-03-10",
  "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies within two "
  "months, in a deal announced after talks in Beijing.",
  E("SAU/", "IRN/", "032", "Saudi Arabia (state) agrees to restore ties with Iran"),
  E("IRN/", "SAU/", "032", "reverse direction"),
  E("SAU/", "IRN/", "040", "talks between the two (held in Beijing, China is the venue, not an actor here)"),
  E("IRN/", "SAU/", "040", "reverse direction of the talks"))
R("AGREE", "Asia", "2018-04-27",
  "South Korean President Moon Jae-in and North Korean leader Kim Jong Un pledged on Friday to work toward the "
  "complete denuclearization of the Korean peninsula at a summit in the border village of Panmunjom.",
  E("KOR/GOV", "PRK/GOV", "030", "Moon pledges to North Korea's leader"),
  E("PRK/GOV", "KOR/GOV", "030", "Kim pledges, reverse direction"),
  E("KOR/GOV", "PRK/GOV", "040", "the summit (meeting) itself, in the border village"),
  E("PRK/GOV", "KOR/GOV", "040", "reverse direction of the meeting"))
R("AGREE", "Europe/Eurasia", "2015-02-12",
  "Russian President Vladimir Putin said on Thursday that he and Ukrainian President Petro Poroshenko had agreed "
  "to a ceasefire in eastern Ukraine starting on February 15, after all-night talks in Minsk.",
  E("RUS/GOV", "UKR/GOV", "0356", "Putin agrees a ceasefire with Poroshenko"),
  E("UKR/GOV", "RUS/GOV", "0356", "Poroshenko agrees, reverse direction"),
  E("RUS/GOV", "UKR/GOV", "044", "the all-night talks in Minsk (third location); the other parties are not named"),
  E("UKR/GOV", "RUS/GOV", "044", "reverse direction of the talks"))
R("AGREE", "Americas", "2016-08-24",
  "Colombia's government and the Revolutionary Armed Forces of Colombia reached a final agreement on Wednesday to "
  "end more than five decades of war, negotiators announced in Havana.",
  E("COL/GOV", "COL/REB", "030", "Colombian government agrees with FARC rebels"),
  E("COL/REB", "COL/GOV", "030", "FARC, reverse direction"))
R("AGREE", "South Asia", "2021-02-25",
  "The armies of India and Pakistan agreed to strictly observe all ceasefire agreements along the Line of Control "
  "from midnight, the two militaries said in a rare joint statement on Thursday.",
  E("IND/MIL", "PAK/MIL", "0356", "Indian army agrees with Pakistan's army to hold the ceasefire"),
  E("PAK/MIL", "IND/MIL", "0356", "reverse direction"))
R("AGREE", "Pacific", "2023-11-10",
  "Australia has agreed to open a special visa pathway for up to 280 citizens of Tuvalu a year under a treaty "
  "announced on Friday by Prime Minister Anthony Albanese and his Tuvaluan counterpart Kausea Natano.",
  E("AUS/", "TUV/", "030", "Australia (state) commits to Tuvalu; the treaty's announcement is by both leaders"))
R("AGREE", "Middle East", "2020-08-13",
  "Israel and the United Arab Emirates have agreed to establish full diplomatic relations, U.S. President Donald "
  "Trump announced on Thursday.",
  E("ISR/", "ARE/", "032", "Israel agrees to ties with the UAE"),
  E("ARE/", "ISR/", "032", "UAE, reverse direction; Trump only announces"))
R("AGREE", "Americas", "2014-12-17",
  "Washington and Havana agreed to restore diplomatic relations severed more than five decades ago, President "
  "Barack Obama and Cuban President Raul Castro announced in simultaneous speeches on Wednesday.",
  E("USA/GOV", "CUB/GOV", "032", "Washington = US government, agrees to restore ties"),
  E("CUB/GOV", "USA/GOV", "032", "Havana = Cuban government, reverse direction; the 1961 severing is undated here"))

# ---------------------------------------------------------------- ASSAULT (9)
R("ASSAULT", "Middle East", "2020-01-08",
  "Iran fired more than a dozen ballistic missiles early on Wednesday at two Iraqi bases hosting U.S. troops, the "
  "Pentagon said, five days after a U.S. drone strike killed Revolutionary Guards commander Qassem Soleimani.",
  E("IRN/", "USA/MIL", "195", "Iran's missile attack on bases hosting US troops"),
  E("USA/MIL", "IRN/MIL", "195", "the drone strike five days earlier (dated background in an after-clause) killing Soleimani"))
R("ASSAULT", "Africa", "2014-04-14",
  "Boko Haram gunmen abducted more than 200 schoolgirls from a government secondary school in Chibok, in "
  "northeastern Nigeria's Borno state, overnight, residents and officials said.",
  E("NGA/REB", "NGA/CVL", "181", "Boko Haram (Nigerian insurgents) abduct schoolgirls"))
R("ASSAULT", "South Asia", "2016-09-18",
  "Heavily armed militants stormed an Indian army base near the town of Uri in Kashmir before dawn on Sunday, "
  "killing 17 soldiers in the deadliest such attack in years, the army said.",
  E("/", "IND/MIL", "180", "unnamed militants (no country given) attack the Indian army base"))
R("ASSAULT", "Europe/Eurasia", "2004-09-01",
  "Heavily armed militants seized a school in the southern Russian town of Beslan on Wednesday, taking hundreds of "
  "children and parents hostage on the first day of the school year.",
  E("/", "RUS/CVL", "181", "unnamed militants take children and parents hostage"))
R("ASSAULT", "Asia", "2010-11-23",
  "North Korean artillery shelled South Korea's Yeonpyeong Island on Tuesday, killing two South Korean marines "
  "and setting dozens of homes ablaze in one of the heaviest attacks since the Korean War.",
  E("PRK/MIL", "KOR/MIL", "194", "North Korean artillery shells the island, killing marines"))
R("ASSAULT", "Americas", "2008-03-01",
  "Colombian troops killed Raul Reyes, the FARC's second-in-command, in a raid on a guerrilla camp just inside "
  "Ecuador on Saturday, Defense Minister Juan Manuel Santos said.",
  E("COL/MIL", "COL/REB", "190", "Colombian army kills the FARC commander; Ecuador is the place"))
R("ASSAULT", "Pacific", "2018-12-02",
  "Separatist rebels shot dead more than a dozen construction workers building a road in Indonesia's Papua "
  "province on Sunday, police said, in one of the deadliest attacks in the restive region in years.",
  E("IDN/REB", "IDN/CVL", "180", "West Papua separatist rebels kill road workers"))
R("ASSAULT", "Africa", "2013-09-21",
  "Al Shabaab gunmen stormed the Westgate shopping mall in Nairobi on Saturday, killing at least 39 people, "
  "President Uhuru Kenyatta said, in an attack the Somali Islamist group claimed on Twitter.",
  E("SOM/REB", "KEN/CVL", "180", "al Shabaab (Somali insurgents) attack shoppers in Nairobi; the claim is not an event"))
R("ASSAULT", "South Asia", "2014-12-16",
  "Taliban gunmen attacked an army-run school in the Pakistani city of Peshawar on Tuesday, killing at least 132 "
  "children and nine staff members in the deadliest militant attack in the country's history.",
  E("PAK/REB", "PAK/CVL", "180", "Pakistani Taliban (TTP) attack pupils and staff"))

# ---------------------------------------------------------------- REQUEST (9)
R("REQUEST", "Africa", "2017-11-19",
  "Zimbabwe's ruling ZANU-PF party on Sunday demanded that Robert Mugabe resign as president by noon on Monday, "
  "saying it would otherwise begin impeachment proceedings against him in parliament.",
  E("ZWE/PTY", "ZWE/GOV", "1041", "ruling party demands the president's resignation"),
  E("ZWE/PTY", "ZWE/GOV", "139", "the deadline with impeachment as the alternative: ultimatum"))
R("REQUEST", "Middle East", "2011-08-18",
  "President Barack Obama called on Syrian President Bashar al-Assad to step down on Thursday and ordered new "
  "sanctions freezing Syrian government assets in the United States.",
  E("USA/GOV", "SYR/GOV", "1041", "Obama demands Assad step aside"),
  E("USA/GOV", "SYR/GOV", "163", "asset-freeze sanctions: 163, which the shared mapping puts under COERCE"))
R("REQUEST", "Asia", "2010-09-12",
  "China demanded on Sunday that Japan immediately release the captain of a Chinese fishing trawler detained after "
  "his boat collided with two Japanese coast guard vessels near disputed islands in the East China Sea.",
  E("CHN/", "JPN/", "1053", "China demands Japan release the captain"),
  E("JPN/COP", "CHN/CVL", "173", "the captain's detention (passive participle, agent the Japanese coast guard)"))
R("REQUEST", "South Asia", "2009-05-23",
  "U.N. Secretary-General Ban Ki-moon urged Sri Lanka's government on Saturday to give aid workers unhindered "
  "access to camps holding nearly 300,000 people displaced by the war with the Tamil Tigers.",
  E("UNO/IGO", "LKA/GOV", "1055", "UN chief asks Sri Lanka to allow aid agencies in; the war is a standing situation"))
R("REQUEST", "Europe/Eurasia", "2014-03-06",
  "European Union leaders demanded on Thursday that Russia pull its forces in Crimea back to their bases and warned "
  "Moscow of travel bans and asset freezes if it did not start talks with Kiev within days.",
  E("EUR/IGO", "RUS/", "105", "EU leaders demand Russia withdraw its forces"),
  E("EUR/IGO", "RUS/GOV", "1312", "warning of sanctions, Moscow = Russian government"))
R("REQUEST", "Americas", "2018-06-07",
  "Nicaragua's Roman Catholic bishops asked President Daniel Ortega on Thursday to bring the next presidential "
  "election forward to March 2019 as a way out of weeks of deadly unrest.",
  E("NIC/REL", "NIC/GOV", "104", "bishops (religious) ask the president for early elections"))
R("REQUEST", "Pacific", "2021-11-25",
  "Solomon Islands Prime Minister Manasseh Sogavare asked Australia for police and troops to help restore order in "
  "Honiara, where rioters torched buildings in the Chinatown district for a second day on Thursday.",
  E("SLB/GOV", "AUS/", "1034", "request for security assistance"),
  E("SLB/CVL", "", "145", "rioters burn buildings in Honiara; the text names no target"))
R("REQUEST", "Africa", "2016-12-10",
  "Gambian President-elect Adama Barrow on Saturday urged Yahya Jammeh to hand over power peacefully when his term "
  "ends in January, saying the outgoing leader had no constitutional authority to call a fresh election.",
  E("GMB/OPP", "GMB/GOV", "1041", "Barrow (opposition winner) asks Jammeh to step down"),
  E("GMB/OPP", "GMB/GOV", "111", "Barrow denounces Jammeh's call for a new vote"))
R("REQUEST", "Europe/Eurasia", "2015-07-08",
  "Greece formally requested a three-year loan from the euro zone's rescue fund on Wednesday and promised to "
  "start implementing tax and pension reforms as early as next week.",
  E("GRC/GOV", "EUR/IGO", "1031", "Greek government asks the euro zone fund (EU body) for economic aid"),
  E("GRC/GOV", "EUR/IGO", "034", "promise of policy reforms: intent to institute reform"))

# ---------------------------------------------------------------- REJECT (9)
R("REJECT", "Middle East", "2020-01-28",
  "Palestinian President Mahmoud Abbas on Tuesday rejected the Middle East plan that U.S. President Donald Trump "
  "had unveiled at the White House hours earlier, saying Jerusalem was not for sale.",
  E("PSE/GOV", "USA/GOV", "127", "Abbas rejects Trump's plan; unveiling a plan is not coded"))
R("REJECT", "Africa", "2015-06-15",
  "Sudanese President Omar al-Bashir flew home from an African Union summit in Johannesburg on Monday in defiance of "
  "a South African court order barring him from leaving the country.",
  E("SDN/GOV", "ZAF/JUD", "128", "Bashir defies the South African court"))
R("REJECT", "Asia", "2016-07-12",
  "China said on Tuesday it would neither accept nor recognize a ruling by an international tribunal in The Hague "
  "that found Beijing had no legal basis for its claims in the South China Sea.",
  E("CHN/GOV", "/JUD", "128", "China refuses to accept the tribunal's ruling (tribunal: no country)"),
  E("/JUD", "CHN/", "11", "the ruling itself (relative clause), a finding against Beijing"))
R("REJECT", "South Asia", "2013-11-24",
  "Afghan President Hamid Karzai said on Sunday he would not sign a security pact with the United States until "
  "after next April's election, defying a call by a grand council of elders to sign it by the end of the year.",
  E("AFG/GOV", "USA/", "1212", "Karzai refuses military cooperation for now"),
  E("AFG/GOV", "AFG/CVL", "120", "Karzai defies the loya jirga (elders)"),
  E("AFG/CVL", "AFG/GOV", "10", "the elders' call, same day (event noun with its own agent)"))
R("REJECT", "Europe/Eurasia", "2019-01-15",
  "Britain's parliament rejected Prime Minister Theresa May's Brexit deal by 230 votes on Tuesday, the biggest "
  "defeat for a British government in modern history.",
  E("GBR/LEG", "GBR/GOV", "120", "parliament votes down the government's deal"))
R("REJECT", "Americas", "2016-10-02",
  "Colombians narrowly rejected a peace deal with the FARC rebels in a referendum on Sunday, with 50.2 percent "
  "voting against the accord negotiated over four years in Havana.",
  E("COL/CVL", "COL/REB", "127", "voters reject the settlement with FARC; target could be argued as COL/GOV"))
R("REJECT", "Pacific", "2022-05-30",
  "Pacific island nations declined on Monday to endorse a sweeping regional security and trade pact proposed by "
  "China, after Foreign Minister Wang Yi met his counterparts from 10 countries in Fiji.",
  E("/GOV", "CHN/GOV", "127", "the island governments (no single country) turn down China's plan"),
  E("CHN/GOV", "/GOV", "043", "Wang Yi meets the island foreign ministers, same day, in Fiji"))
R("REJECT", "Middle East", "2018-05-21",
  "Iranian President Hassan Rouhani on Monday rejected a list of 12 demands set out hours earlier by U.S. Secretary "
  "of State Mike Pompeo, asking who Washington was to decide for Iran and the world.",
  E("IRN/GOV", "USA/GOV", "120", "Rouhani rejects Pompeo's demands"),
  E("USA/GOV", "IRN/", "10", "Pompeo's demands, set out the same day"))
R("REJECT", "Asia", "2006-10-14",
  "North Korea's U.N. ambassador Pak Gil Yon said his country totally rejected a resolution the Security Council "
  "adopted unanimously on Saturday to impose sanctions over Pyongyang's nuclear test.",
  E("PRK/GOV", "UNO/IGO", "120", "North Korea rejects the resolution"),
  E("UNO/IGO", "PRK/", "163", "the Security Council imposes sanctions (163, mapped to COERCE); the test is not coded"))

# ---------------------------------------------------------------- PROTEST (9)
R("PROTEST", "Asia", "2019-06-16",
  "Organizers said nearly two million people marched through Hong Kong on Sunday to demand the withdrawal of an "
  "extradition bill and the resignation of Chief Executive Carrie Lam, a day after she suspended the legislation.",
  E("HKG/CVL", "HKG/GOV", "141", "mass march against the Hong Kong government"),
  E("HKG/GOV", "HKG/CVL", "0832", "Lam's suspension of the bill the day before: concession on policy"))
R("PROTEST", "Middle East", "2009-06-15",
  "Hundreds of thousands of supporters of defeated candidate Mir Hossein Mousavi marched through central Tehran on "
  "Monday, protesting against the official results of Friday's presidential election.",
  E("IRN/OPP", "IRN/GOV", "141", "opposition supporters march against the announced result"))
R("PROTEST", "Africa", "2011-01-25",
  "Thousands of Egyptians took to the streets of Cairo and other cities on Tuesday demanding an end to President "
  "Hosni Mubarak's 30-year rule, and police fired tear gas and water cannon to disperse them.",
  E("EGY/CVL", "EGY/GOV", "1411", "demonstrations for Mubarak's removal"),
  E("EGY/COP", "EGY/CVL", "175", "violent dispersal of protesters (175, mapped to ASSAULT)"))
R("PROTEST", "Europe/Eurasia", "2013-12-01",
  "Hundreds of thousands of Ukrainians rallied in central Kiev on Sunday against President Viktor Yanukovich's "
  "decision to spurn a trade pact with the European Union, a day after riot police beat protesters in Independence Square.",
  E("UKR/CVL", "UKR/GOV", "141", "rally against Yanukovich's government"),
  E("UKR/COP", "UKR/CVL", "175", "riot police beat protesters the day before; the undated decision is not coded"))
R("PROTEST", "South Asia", "2022-07-09",
  "Thousands of protesters stormed the official residence of Sri Lankan President Gotabaya Rajapaksa in Colombo on "
  "Saturday and later set fire to the prime minister's private home, demanding that both leaders resign.",
  E("LKA/CVL", "LKA/GOV", "145", "protesters storm the president's house and burn the PM's (one tuple)"))
R("PROTEST", "Americas", "2013-06-20",
  "More than a million Brazilians took to the streets of about 100 cities on Thursday night in protests against "
  "corruption, poor public services and the cost of hosting the World Cup.",
  E("BRA/CVL", "BRA/GOV", "141", "nationwide demonstrations; target the government, implied"))
R("PROTEST", "Africa", "2024-06-25",
  "Protesters stormed Kenya's parliament in Nairobi on Tuesday and set part of the building ablaze after lawmakers "
  "passed a finance bill raising taxes, and police opened fire on the crowds, killing several people.",
  E("KEN/CVL", "KEN/LEG", "145", "protesters storm and burn parliament"),
  E("KEN/COP", "KEN/CVL", "175", "police fire on protesters (175, mapped to ASSAULT); passing a bill is not coded"))
R("PROTEST", "Europe/Eurasia", "2018-11-17",
  "More than 280,000 people wearing yellow vests blocked roads and fuel depots across France on Saturday in protest "
  "against rising fuel taxes, the interior ministry said.",
  E("FRA/CVL", "FRA/GOV", "144", "road and depot blockades against the government's fuel taxes"))
R("PROTEST", "Pacific", "2006-11-16",
  "Pro-democracy rioters burned and looted much of the business district of Tonga's capital Nuku'alofa on Thursday, "
  "angered that parliament had adjourned for the year without voting on political reforms.",
  E("TON/CVL", "TON/LEG", "145", "riot against parliament's failure to act"))

# ---------------------------------------------------------------- THREATEN (9)
R("THREATEN", "Asia", "2017-08-08",
  "President Donald Trump warned North Korea on Tuesday that it would be met with \"fire and fury like the world has "
  "never seen\" if it continued to threaten the United States.",
  E("USA/GOV", "PRK/", "138", "threat of military force"))
R("THREATEN", "Middle East", "2011-12-27",
  "Iran's first vice president Mohammad Reza Rahimi warned on Tuesday that not a drop of oil would pass through the "
  "Strait of Hormuz if Western countries imposed sanctions on Iranian crude exports.",
  E("IRN/GOV", "/GOV", "1381", "threat to blockade the strait, aimed at Western governments (no single country)"))
R("THREATEN", "Africa", "2020-11-22",
  "Ethiopian Prime Minister Abiy Ahmed gave Tigray's leaders 72 hours to surrender on Sunday, and a military "
  "spokesman warned residents of Mekelle there would be no mercy once the army encircled the city.",
  E("ETH/GOV", "ETH/REB", "139", "ultimatum to the TPLF leadership"),
  E("ETH/MIL", "ETH/CVL", "138", "army spokesman threatens Mekelle's residents"))
R("THREATEN", "Europe/Eurasia", "2021-12-07",
  "President Joe Biden warned Vladimir Putin in a two-hour video call on Tuesday that Russia would face strong "
  "economic measures if it invaded Ukraine, the White House said.",
  E("USA/GOV", "RUS/GOV", "1312", "threat of economic sanctions"),
  E("USA/GOV", "RUS/GOV", "040", "the video call (consultation)"),
  E("RUS/GOV", "USA/GOV", "040", "reverse direction of the call"))
R("THREATEN", "South Asia", "2021-08-23",
  "A Taliban spokesman warned on Monday that there would be consequences if the United States and Britain tried to "
  "keep troops in Afghanistan beyond an August 31 deadline for their withdrawal.",
  E("AFG/REB", "USA/", "130", "Taliban warn the United States"),
  E("AFG/REB", "GBR/", "130", "Taliban warn Britain (compound object)"))
R("THREATEN", "Americas", "2019-01-26",
  "Spain, France, Germany and Britain said on Saturday they would recognize opposition leader Juan Guaido as "
  "Venezuela's interim president unless Nicolas Maduro called a fresh election within eight days.",
  E("ESP/", "VEN/GOV", "139", "eight-day ultimatum to Maduro, Spain"),
  E("FRA/", "VEN/GOV", "139", "France"),
  E("DEU/", "VEN/GOV", "139", "Germany"),
  E("GBR/", "VEN/GOV", "139", "Britain"))
R("THREATEN", "Pacific", "2022-04-24",
  "Australian Prime Minister Scott Morrison said on Sunday that a Chinese naval base in the Solomon Islands would be "
  "a red line for Australia and the United States.",
  E("AUS/GOV", "CHN/", "130", "warning aimed at China; the base is hypothetical"))
R("THREATEN", "Middle East", "2006-08-03",
  "Hezbollah leader Sayyed Hassan Nasrallah threatened on Thursday to fire rockets at Tel Aviv if Israel attacked "
  "Beirut, as the war with Israel entered its fourth week.",
  E("LBN/REB", "ISR/", "1384", "threat of a conventional attack; the war is a standing situation"))
R("THREATEN", "Asia", "2005-03-14",
  "China's parliament passed a law on Monday authorizing the use of non-peaceful means against Taiwan if the island "
  "moved toward formal independence.",
  E("CHN/LEG", "TWN/", "138", "anti-secession law as a threat of force"))

# ---------------------------------------------------------------- ACCUSE (9)
R("ACCUSE", "Europe/Eurasia", "2018-03-12",
  "British Prime Minister Theresa May said on Monday it was highly likely that Russia was responsible for the "
  "poisoning of former spy Sergei Skripal and his daughter with a military-grade nerve agent in Salisbury.",
  E("GBR/GOV", "RUS/", "112", "May accuses Russia; the undated poisoning itself is not coded"))
R("ACCUSE", "Middle East", "2018-10-23",
  "Turkish President Tayyip Erdogan said on Tuesday that Saudi officials had planned the killing of journalist Jamal "
  "Khashoggi days in advance, calling it a savage murder.",
  E("TUR/GOV", "SAU/GOV", "112", "Erdogan accuses Saudi officials; the killing is alleged and undated"))
R("ACCUSE", "Africa", "2023-04-15",
  "Sudan's army and the paramilitary Rapid Support Forces accused each other of starting the fighting that erupted "
  "in Khartoum on Saturday, with heavy gunfire and explosions heard across the capital.",
  E("SDN/MIL", "SDN/MIL", "112", "army accuses the RSF (RSF coded MIL as a state paramilitary)"),
  E("SDN/MIL", "SDN/MIL", "112", "RSF accuses the army, reverse direction"),
  E("SDN/MIL", "SDN/MIL", "190", "the fighting between them, dated Saturday"))
R("ACCUSE", "Asia", "2010-05-20",
  "A team of international investigators concluded on Thursday that a North Korean torpedo sank the South Korean "
  "warship Cheonan in March, killing 46 sailors, and Seoul vowed firm measures against Pyongyang.",
  E("KOR/GOV", "PRK/", "112", "the South Korean-led inquiry blames North Korea"),
  E("KOR/GOV", "PRK/GOV", "130", "Seoul vows firm measures: threat"),
  E("PRK/MIL", "KOR/MIL", "190", "the sinking in March as the investigators' finding (attributed, dated)"))
R("ACCUSE", "Americas", "2023-09-18",
  "Prime Minister Justin Trudeau told parliament on Monday that Canada was pursuing credible allegations linking "
  "agents of the Indian government to the killing of Sikh separatist leader Hardeep Singh Nijjar in British Columbia.",
  E("CAN/GOV", "IND/GOV", "112", "Trudeau accuses India; the undated killing is not coded"))
R("ACCUSE", "South Asia", "2022-11-04",
  "Former Pakistani prime minister Imran Khan on Friday accused Prime Minister Shehbaz Sharif, the interior minister "
  "and a senior intelligence officer of plotting the gun attack that wounded him at a protest march the day before.",
  E("PAK/OPP", "PAK/GOV", "112", "Khan accuses Sharif and the interior minister (one tuple)"),
  E("PAK/OPP", "PAK/MIL", "112", "Khan accuses the ISI officer"),
  E("/", "PAK/OPP", "185", "the gun attack the day before: attempted assassination, attacker not named"))
R("ACCUSE", "Pacific", "2021-05-24",
  "Samoa's caretaker prime minister Tuilaepa Sailele Malielegaoi denounced as treason the swearing-in of his rival "
  "Fiame Naomi Mata'afa in a tent outside the locked parliament on Monday.",
  E("WSM/GOV", "WSM/OPP", "112", "Tuilaepa accuses Fiame's FAST party of treason"))
R("ACCUSE", "Africa", "2021-09-25",
  "Mali's interim Prime Minister Choguel Kokalla Maiga accused France at the U.N. General Assembly on Saturday of "
  "abandoning his country in mid-flight by deciding to reduce its troop presence in the Sahel.",
  E("MLI/GOV", "FRA/", "111", "Mali's PM denounces France; the undated French decision is not coded"))
R("ACCUSE", "South Asia", "2020-06-16",
  "India and China blamed each other on Tuesday for a clash in the disputed Galwan Valley on Monday night in which "
  "20 Indian soldiers were killed, the first deadly confrontation on their border in 45 years.",
  E("IND/GOV", "CHN/", "112", "India blames China"),
  E("CHN/GOV", "IND/", "112", "China blames India"),
  E("IND/MIL", "CHN/MIL", "190", "the clash, dated Monday night"),
  E("CHN/MIL", "IND/MIL", "190", "reverse direction of the clash"))

# ---------------------------------------------------------------- COERCE (7)
R("COERCE", "Europe/Eurasia", "2021-02-02",
  "A Moscow court on Tuesday ordered Kremlin critic Alexei Navalny to serve more than two and a half years in a "
  "prison colony, and police detained more than 1,000 people who gathered to protest against the ruling.",
  E("RUS/JUD", "RUS/OPP", "173", "the court jails Navalny (sentence = 173)"),
  E("RUS/COP", "RUS/CVL", "173", "police detain protesters"),
  E("RUS/CVL", "RUS/JUD", "141", "the gathering to protest against the ruling"))
R("COERCE", "Middle East", "2017-11-04",
  "Saudi Arabia detained dozens of princes, ministers and businessmen, among them billionaire investor Prince "
  "Alwaleed bin Talal, in an anti-corruption purge announced late on Saturday.",
  E("SAU/", "SAU/ELI", "173", "detention of princes"),
  E("SAU/", "SAU/GOV", "173", "detention of ministers"),
  E("SAU/", "SAU/BUS", "173", "detention of businessmen"))
R("COERCE", "Asia", "2017-11-16",
  "Cambodia's Supreme Court dissolved the main opposition Cambodia National Rescue Party on Thursday and banned 118 "
  "of its senior members from politics for five years.",
  E("KHM/JUD", "KHM/OPP", "1722", "party dissolved and its leaders banned (one tuple)"))
R("COERCE", "Africa", "2021-01-15",
  "Ugandan soldiers and police surrounded the home of opposition presidential candidate Bobi Wine in Kampala on "
  "Friday, effectively placing him under house arrest as early results showed President Yoweri Museveni in the lead.",
  E("UGA/MIL", "UGA/OPP", "173", "house arrest of Bobi Wine; the police are the same tuple with COP"),
  E("UGA/COP", "UGA/OPP", "173", "police, second member of the compound subject"))
R("COERCE", "Americas", "2009-06-28",
  "Honduran soldiers arrested President Manuel Zelaya at his home before dawn on Sunday and flew him into exile in "
  "Costa Rica, hours before a disputed referendum on changing the constitution.",
  E("HND/MIL", "HND/GOV", "173", "arrest of the president"),
  E("HND/MIL", "HND/GOV", "174", "forced exile"))
R("COERCE", "South Asia", "2019-08-04",
  "Indian authorities cut mobile and internet services across Kashmir and placed former chief ministers Omar "
  "Abdullah and Mehbooba Mufti under house arrest overnight, the two politicians said on Twitter.",
  E("IND/GOV", "IND/CVL", "1721", "communications blackout"),
  E("IND/GOV", "IND/PTY", "173", "house arrest of the two party leaders (one tuple)"))
R("COERCE", "Pacific", "2006-12-05",
  "Fiji's military commander Frank Bainimarama announced on Tuesday that he had taken over executive authority and "
  "dismissed Prime Minister Laisenia Qarase, in the country's fourth coup in two decades.",
  E("FJI/MIL", "FJI/GOV", "1724", "declared military takeover"))

# ---------------------------------------------------------------- CONSULT (7)
R("CONSULT", "Europe/Eurasia", "2018-07-16",
  "U.S. President Donald Trump and Russian President Vladimir Putin met for more than two hours in Helsinki on "
  "Monday with only interpreters present before holding a joint news conference.",
  E("USA/GOV", "RUS/GOV", "044", "summit at a third location"),
  E("RUS/GOV", "USA/GOV", "044", "reverse direction"))
R("CONSULT", "Asia", "2018-10-25",
  "Japanese Prime Minister Shinzo Abe arrived in Beijing on Thursday on the first official visit by a Japanese "
  "leader to China in seven years, seeking to repair ties strained by a territorial dispute.",
  E("JPN/GOV", "CHN/", "042", "Abe visits China"))
R("CONSULT", "Africa", "2008-01-24",
  "Kenyan President Mwai Kibaki and opposition leader Raila Odinga met on Thursday for the first time since last "
  "month's disputed election, shaking hands on the steps of the president's office in Nairobi.",
  E("KEN/GOV", "KEN/OPP", "043", "Kibaki meets Odinga at his office"),
  E("KEN/OPP", "KEN/GOV", "042", "Odinga comes to the meeting"))
R("CONSULT", "Middle East", "2010-09-02",
  "Israeli Prime Minister Benjamin Netanyahu and Palestinian President Mahmoud Abbas opened their first direct peace "
  "talks in nearly two years at the State Department in Washington on Thursday.",
  E("ISR/GOV", "PSE/GOV", "046", "direct negotiations"),
  E("PSE/GOV", "ISR/GOV", "046", "reverse direction"))
R("CONSULT", "Americas", "2016-03-21",
  "Barack Obama held talks with Cuban President Raul Castro in Havana on Monday, on the first visit to Cuba by a "
  "sitting U.S. president in 88 years.",
  E("USA/GOV", "CUB/GOV", "042", "Obama's visit and talks"),
  E("CUB/GOV", "USA/GOV", "040", "Castro's side of the talks"))
R("CONSULT", "South Asia", "2015-12-25",
  "Indian Prime Minister Narendra Modi made a surprise stop in Lahore on Friday to meet his Pakistani counterpart "
  "Nawaz Sharif, the first visit to Pakistan by an Indian leader in more than a decade.",
  E("IND/GOV", "PAK/GOV", "042", "Modi visits"),
  E("PAK/GOV", "IND/GOV", "043", "Sharif receives him"))
R("CONSULT", "Pacific", "2022-05-26",
  "Australia's new Foreign Minister Penny Wong flew to Suva on Thursday for talks with the Fijian government, days "
  "after being sworn in, in a visit aimed at countering China's push for influence in the Pacific.",
  E("AUS/GOV", "FJI/GOV", "042", "Wong visits Fiji for talks"))

# ---------------------------------------------------------------- SUPPORT (6)
R("SUPPORT", "Americas", "2019-01-23",
  "President Donald Trump recognized Venezuelan opposition leader Juan Guaido as the country's interim president on "
  "Wednesday, and Canada, Brazil and Colombia quickly followed suit.",
  E("USA/GOV", "VEN/OPP", "054", "US recognizes Guaido"),
  E("CAN/", "VEN/OPP", "054", "Canada follows suit (ellipsis)"),
  E("BRA/", "VEN/OPP", "054", "Brazil"),
  E("COL/", "VEN/OPP", "054", "Colombia"))
R("SUPPORT", "Pacific", "2023-05-22",
  "U.S. Secretary of State Antony Blinken and Papua New Guinea's defence minister Win Bakri Daki signed a defence "
  "cooperation agreement in Port Moresby on Monday, giving U.S. forces access to the Pacific nation's ports and airports.",
  E("USA/GOV", "PNG/GOV", "057", "signing of a formal agreement"),
  E("PNG/GOV", "USA/GOV", "057", "reverse direction"))
R("SUPPORT", "Europe/Eurasia", "2022-06-23",
  "European Union leaders granted Ukraine and Moldova the status of candidates for membership on Thursday, a step "
  "Ukrainian President Volodymyr Zelenskiy hailed as a unique and historic moment.",
  E("EUR/IGO", "UKR/", "050", "candidate status for Ukraine"),
  E("EUR/IGO", "MDA/", "050", "candidate status for Moldova"),
  E("UKR/GOV", "EUR/IGO", "051", "Zelenskiy praises the decision"))
R("SUPPORT", "Africa", "2020-12-10",
  "President Donald Trump said on Thursday that the United States would recognize Morocco's sovereignty over Western "
  "Sahara, as Morocco agreed to normalize relations with Israel.",
  E("USA/GOV", "MAR/", "054", "recognition of Moroccan sovereignty claim"),
  E("MAR/", "ISR/", "032", "Morocco agrees to normalize ties"))
R("SUPPORT", "Middle East", "2024-05-28",
  "Spain, Ireland and Norway formally recognized a Palestinian state on Tuesday, saying the move was meant to help "
  "secure a two-state solution to the conflict with Israel.",
  E("ESP/", "PSE/", "054", "Spain recognizes Palestine"),
  E("IRL/", "PSE/", "054", "Ireland"),
  E("NOR/", "PSE/", "054", "Norway"))
R("SUPPORT", "South Asia", "2008-10-10",
  "Secretary of State Condoleezza Rice and Indian Foreign Minister Pranab Mukherjee signed a civilian nuclear "
  "cooperation agreement in Washington on Friday, ending India's three decades of exclusion from global nuclear trade.",
  E("USA/GOV", "IND/GOV", "057", "signing"),
  E("IND/GOV", "USA/GOV", "057", "reverse direction"))

# ---------------------------------------------------------------- SANCTION (6)
R("SANCTION", "Middle East", "2017-06-05",
  "Saudi Arabia, Egypt, the United Arab Emirates and Bahrain cut diplomatic ties with Qatar on Monday, accusing it "
  "of supporting terrorism.",
  E("SAU/", "QAT/", "161", "Saudi Arabia breaks relations"),
  E("EGY/", "QAT/", "161", "Egypt"),
  E("ARE/", "QAT/", "161", "UAE"),
  E("BHR/", "QAT/", "161", "Bahrain"),
  E("SAU/", "QAT/", "112", "accusation of backing terrorism, Saudi Arabia"),
  E("EGY/", "QAT/", "112", "Egypt"),
  E("ARE/", "QAT/", "112", "UAE"),
  E("BHR/", "QAT/", "112", "Bahrain"))
R("SANCTION", "Africa", "2021-06-01",
  "The African Union has suspended Mali from all its activities over last week's military coup, its Peace and "
  "Security Council said, threatening sanctions if the junta did not restore a civilian-led transition.",
  E("AFR/IGO", "MLI/", "16", "suspension from the AU"),
  E("AFR/IGO", "MLI/MIL", "1312", "threat of sanctions against the junta"),
  E("MLI/MIL", "MLI/GOV", "17", "last week's coup (dated background): coercion, root only"))
R("SANCTION", "Asia", "2016-02-10",
  "South Korea said on Wednesday it would suspend operations at the Kaesong industrial zone it runs jointly with "
  "North Korea, in retaliation for Pyongyang's recent rocket launch and nuclear test.",
  E("KOR/GOV", "PRK/", "160", "suspension of the joint economic zone; launch and test are not attacks"))
R("SANCTION", "Europe/Eurasia", "2018-03-26",
  "The United States and more than 20 other countries ordered the expulsion of over 100 Russian diplomats on Monday "
  "in a coordinated response to the nerve agent attack on a former Russian spy in England.",
  E("USA/", "RUS/GOV", "16", "expulsion of Russian diplomats by the US"),
  E("/GOV", "RUS/GOV", "16", "the other countries (no single country); the undated attack is not coded"))
R("SANCTION", "Americas", "2019-03-30",
  "The State Department said on Saturday it would cut off aid to Guatemala, Honduras and El Salvador, a day after "
  "President Donald Trump accused them of doing nothing to stop migrants heading for the United States.",
  E("USA/GOV", "GTM/", "162", "aid cut to Guatemala"),
  E("USA/GOV", "HND/", "162", "Honduras"),
  E("USA/GOV", "SLV/", "162", "El Salvador"),
  E("USA/GOV", "GTM/", "111", "Trump's criticism the day before, Guatemala"),
  E("USA/GOV", "HND/", "111", "Honduras"),
  E("USA/GOV", "SLV/", "111", "El Salvador"))
R("SANCTION", "Pacific", "2009-09-01",
  "The Commonwealth fully suspended Fiji on Tuesday over its military government's failure to commit to holding "
  "democratic elections by 2010.",
  E("/IGO", "FJI/", "16", "Commonwealth (no country code) suspends Fiji"))

# ---------------------------------------------------------------- RETREAT (5)
R("RETREAT", "Middle East", "2011-10-18",
  "Hamas freed Israeli soldier Gilad Shalit on Tuesday after more than five years in captivity in Gaza, and Israel "
  "began releasing 477 Palestinian prisoners under the first stage of an exchange deal.",
  E("PSE/REB", "ISR/MIL", "0841", "Hamas releases the soldier"),
  E("ISR/", "PSE/", "0841", "Israel releases Palestinian prisoners"))
R("RETREAT", "Africa", "2022-08-15",
  "The last French soldiers of the Barkhane counter-terrorism force left Mali on Monday, ending a nine-year "
  "deployment after relations with the ruling junta broke down.",
  E("FRA/MIL", "MLI/", "087", "withdrawal of French troops"))
R("RETREAT", "Asia", "2018-05-09",
  "North Korea released three American detainees on Wednesday during a visit to Pyongyang by Secretary of State Mike "
  "Pompeo, President Donald Trump said.",
  E("PRK/", "USA/CVL", "0841", "release of the detainees"),
  E("USA/GOV", "PRK/", "042", "Pompeo's visit"))
R("RETREAT", "Americas", "2023-02-09",
  "Nicaragua freed 222 political prisoners on Thursday and put them on a plane to Washington, among them several "
  "opposition figures who had hoped to challenge President Daniel Ortega.",
  E("NIC/GOV", "NIC/OPP", "0841", "release of political prisoners"),
  E("NIC/GOV", "NIC/OPP", "174", "forced removal abroad"))
R("RETREAT", "Europe/Eurasia", "2019-09-07",
  "Russia and Ukraine exchanged 35 prisoners each on Saturday, with filmmaker Oleg Sentsov and 24 Ukrainian sailors "
  "among those flown home to Kiev.",
  E("RUS/", "UKR/", "0841", "Russia hands over prisoners"),
  E("UKR/", "RUS/", "0841", "Ukraine hands over prisoners"))

# ---------------------------------------------------------------- MOBILIZE (4)
R("MOBILIZE", "Europe/Eurasia", "2022-09-21",
  "Vladimir Putin ordered Russia's first military mobilisation since World War Two on Wednesday and warned the West "
  "he was not bluffing when he said Moscow would use all means to defend its territory.",
  E("RUS/GOV", "", "154", "partial mobilisation, no target named"),
  E("RUS/GOV", "/GOV", "138", "threat to the West (no single country)"))
R("MOBILIZE", "Asia", "2012-09-14",
  "China sent six marine surveillance ships into waters around islands at the centre of a dispute with Japan on "
  "Friday, days after Tokyo bought three of the islands from a private Japanese owner.",
  E("CHN/GOV", "JPN/", "150", "show of force near the disputed islands; the purchase is not coded"))
R("MOBILIZE", "Middle East", "2019-05-05",
  "The United States is sending an aircraft carrier strike group and a bomber task force to the Middle East to send "
  "a clear and unmistakable message to Iran, National Security Adviser John Bolton said on Sunday.",
  E("USA/", "IRN/", "150", "deployment as a show of force toward Iran"))
R("MOBILIZE", "Americas", "2023-11-29",
  "Brazil's defence ministry said on Wednesday it had stepped up military activity on the country's northern "
  "border amid rising tension between neighbouring Venezuela and Guyana over the oil-rich Essequibo region.",
  E("BRA/MIL", "", "150", "reinforcement of the border; no target named"))

# ---------------------------------------------------------------- COOPERATE (4)
R("COOPERATE", "Americas", "2017-01-19",
  "Mexico extradited drug lord Joaquin \"El Chapo\" Guzman to the United States on Thursday, on the eve of Donald "
  "Trump's inauguration, to face charges including drug trafficking and murder.",
  E("MEX/", "USA/", "063", "extradition: judicial cooperation"))
R("COOPERATE", "Asia", "2019-07-23",
  "Russian and Chinese bombers flew their first joint long-range air patrol over the Sea of Japan and the East China "
  "Sea on Tuesday, the Russian defence ministry said.",
  E("RUS/MIL", "CHN/MIL", "062", "joint patrol: military cooperation"),
  E("CHN/MIL", "RUS/MIL", "062", "reverse direction"))
R("COOPERATE", "Europe/Eurasia", "2011-05-31",
  "Serbia extradited former Bosnian Serb army commander Ratko Mladic to the U.N. war crimes tribunal in The Hague on "
  "Tuesday, five days after his arrest in a village north of Belgrade.",
  E("SRB/", "UNO/JUD", "063", "handover to the UN tribunal"),
  E("SRB/COP", "BIH/MIL", "173", "his arrest five days earlier (agent the Serbian police, unnamed)"))
R("COOPERATE", "Africa", "2009-01-20",
  "Thousands of Rwandan troops crossed into eastern Congo on Tuesday to hunt Rwandan Hutu rebels alongside Congolese "
  "government forces, in a joint operation that was unthinkable a few months ago.",
  E("RWA/MIL", "COD/MIL", "062", "joint operation, Rwandan side"),
  E("COD/MIL", "RWA/MIL", "062", "Congolese side; the hunt is a purpose, not coded"))

# ---------------------------------------------------------------- AID (4)
R("AID", "Pacific", "2003-07-24",
  "The first of more than 2,000 Australian-led troops and police landed in the Solomon Islands on Thursday to "
  "restore order after years of ethnic violence.",
  E("AUS/MIL", "SLB/", "074", "RAMSI intervention force: peacekeeping/protection"))
R("AID", "South Asia", "2015-04-26",
  "India flew disaster relief teams, medical supplies and food to Kathmandu on Sunday, a day after a magnitude 7.8 "
  "earthquake killed more than 2,500 people across Nepal.",
  E("IND/", "NPL/", "073", "humanitarian aid; the earthquake is not an event"))
R("AID", "Europe/Eurasia", "2015-09-05",
  "Austria and Germany opened their borders on Saturday to thousands of migrants who had been stranded in Hungary, "
  "as buses carried them to the Austrian frontier overnight.",
  E("AUT/", "/REF", "075", "Austria takes in the migrants (no single nationality)"),
  E("DEU/", "/REF", "075", "Germany"))
R("AID", "Middle East", "2024-03-02",
  "U.S. military cargo planes dropped more than 38,000 meals into Gaza on Saturday, in the first of what President "
  "Joe Biden said would be a series of airdrops to ease the territory's humanitarian crisis.",
  E("USA/MIL", "PSE/CVL", "073", "airdropped food; future airdrops not coded"))

# ---------------------------------------------------------------- CONCEDE (4)
R("CONCEDE", "Africa", "2017-11-21",
  "Robert Mugabe resigned as Zimbabwe's president on Tuesday after 37 years in power, in a letter read out to a joint "
  "sitting of parliament that had convened to impeach him.",
  E("ZWE/GOV", "ZWE/LEG", "0831", "resignation under impeachment pressure; the impeachment was not carried out"))
R("CONCEDE", "Europe/Eurasia", "2013-02-20",
  "Bulgarian Prime Minister Boyko Borisov said on Wednesday his government would resign, after nationwide protests "
  "over high electricity prices turned violent.",
  E("BGR/GOV", "BGR/CVL", "0831", "resignation in answer to protesters; the undated protests not coded"))
R("CONCEDE", "Middle East", "2011-02-11",
  "Egyptian President Hosni Mubarak stepped down on Friday after 18 days of mass protests and handed power to the "
  "armed forces, Vice President Omar Suleiman announced on state television.",
  E("EGY/GOV", "EGY/CVL", "0831", "resignation in answer to protesters"),
  E("EGY/GOV", "EGY/MIL", "080", "handing power to the military"))
R("CONCEDE", "Americas", "2019-10-13",
  "Ecuador's President Lenin Moreno gave in to indigenous protesters on Sunday, agreeing to withdraw a decree that "
  "had scrapped fuel subsidies after face-to-face talks with their leaders aimed at ending 11 days of unrest.",
  E("ECU/GOV", "ECU/CVL", "0832", "withdrawal of the decree: concession on policy"),
  E("ECU/GOV", "ECU/CVL", "046", "the talks, same day"),
  E("ECU/CVL", "ECU/GOV", "046", "reverse direction"))

# ---------------------------------------------------------------- NONE (10)
R("NONE", "Asia", "2011-03-11",
  "A magnitude 8.9 earthquake struck off Japan's northeast coast on Friday, unleashing a tsunami that swept away "
  "homes and cars and killed hundreds of people in Miyagi prefecture.")
R("NONE", "Pacific", "2018-04-10",
  "Vanuatu's foreign minister Ralph Regenvanu denied on Tuesday that China had approached his government about "
  "building a military base in the Pacific island nation.")
R("NONE", "Europe/Eurasia", "2016-06-23",
  "Polls opened across Britain on Thursday in a referendum on whether to leave the European Union, with surveys "
  "showing the two campaigns running neck and neck.")
R("NONE", "Americas", "2022-10-02",
  "Brazilian President Jair Bolsonaro and former President Luiz Inacio Lula da Silva will meet in a runoff on "
  "October 30 after neither won a majority in Sunday's first-round vote, the electoral court said.")
R("NONE", "Africa", "2022-08-09",
  "Voting in Kenya's general election passed off peacefully on Tuesday, with no major incidents reported at polling "
  "stations, the head of the electoral commission said.")
R("NONE", "South Asia", "2023-08-23",
  "India's Chandrayaan-3 spacecraft landed near the moon's south pole on Wednesday, making the country the first to "
  "reach the largely unexplored region.")
R("NONE", "Middle East", "2023-06-14",
  "Lebanon's parliament failed for the 12th time on Wednesday to elect a president, with neither of the two leading "
  "candidates winning enough votes in the first round.")
R("NONE", "Asia", "2024-03-19",
  "The Bank of Japan ended eight years of negative interest rates on Tuesday, raising its short-term policy rate to "
  "a range of zero to 0.1 percent.")
R("NONE", "Americas", "2023-05-26",
  "The United States could default on its debts if Congress does not raise the borrowing limit by June 5, Treasury "
  "Secretary Janet Yellen said in a letter to lawmakers on Friday.")
R("NONE", "Africa", "2022-02-20",
  "Ethiopia's giant hydropower dam on the Blue Nile began generating electricity for the first time on Sunday, "
  "Prime Minister Abiy Ahmed said at a ceremony at the site.")


def order(recs):
    """Split the records into halves A (odd lines: the later tuning half) and B (even lines: the report
    half), each category split as evenly as it can be (a difference of at most one), choosing among
    deterministic seeded splits the one whose regions are most even; then interleave A[0], B[0], ..."""
    import random
    cats = []
    for r in recs:
        if r["category"] not in cats:
            cats.append(r["category"])
    best = None
    for seed in range(3000):
        rng = random.Random(seed)
        A, B = [], []
        for c in cats:
            rs = [r for r in recs if r["category"] == c]
            rng.shuffle(rs)
            k = len(rs) // 2 + (len(rs) % 2 if rng.random() < 0.5 else 0)
            A += rs[:k]
            B += rs[k:]
        if len(A) != len(B):
            continue
        regions = {r["region"] for r in recs}
        score = sum(abs(sum(r["region"] == g for r in A) - sum(r["region"] == g for r in B)) for g in regions)
        if best is None or score < best[0]:
            rng.shuffle(A)
            rng.shuffle(B)
            best = (score, A, B)
    _, A, B = best
    out = []
    for a, b in zip(A, B):
        out += [a, b]
    return out


def main():
    out = []
    for i, r in enumerate(order(RECS), 1):
        out.append({"id": "sb%03d" % i, "set": "sents2", "category": r["category"], "split": "dev",
                    "date": r["date"], "region": r["region"], "text": r["text"],
                    "no_event": not r["events"], "events": r["events"]})
    with open(os.path.join(HERE, "records.jsonl"), "w") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d records" % len(out))


if __name__ == "__main__":
    main()
