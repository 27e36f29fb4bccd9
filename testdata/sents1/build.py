#!/usr/bin/env python3
"""Build testdata/sents1/records.jsonl: a blind sentence set in the PLOVER dev record format.

Written blind to dateline (see README.md). Each record is one sentence, in the set-writer's own words,
retelling a real public political event of 1979-2001; `date` is the date of the coded event. Each event
carries a `note` saying who the actors are and why the code was chosen; `region` is kept here only
(for the counts in README.md) and is not written to records.jsonl.

Actor conventions (see README.md): Soviet Union -> RUS; East Germany -> DEU; Federal Republic of
Yugoslavia and Kosovo actors -> SRB; Zaire -> COD; East Timor -> TLS; Palestinians and the PLO -> PSE;
UN bodies -> UNO (ICTY: UNO/JUD); OAU -> AFR; OAS -> OAS; European Community/Union -> EUR; NATO, the
Commonwealth, the IAEA and the WTO -> country null, sector IGO (the validator wants 3 letters or null).

Usage: python3 build.py   (rewrites records.jsonl next to this file)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def plover_of(code):
    """CAMEO -> PLOVER, as ../../../shared/gold/cameo-to-plover.json has it (validate.py checks it)."""
    special = {"163": "COERCE", "175": "ASSAULT", "1712": "ASSAULT", "191": "COERCE", "192": "COERCE",
               "0813": "RETREAT", "0814": "RETREAT"}
    if code in special:
        return special[code]
    root = code[:2]
    if root == "08":
        if len(code) >= 3 and code[:3] in ("080", "081", "082", "083"):
            return "CONCEDE"
        return "RETREAT"
    return {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
            "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN",
            "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT",
            "19": "ASSAULT", "20": "ASSAULT"}[root]


def E(sc, ss, tc, ts, cameo, note, loc=None):
    return {"source_country": sc, "source_sector": ss, "target_country": tc, "target_sector": ts,
            "plover": plover_of(cameo), "cameo": cameo, "mode": "",
            "location": ({"name": loc} if loc else None), "note": note}


RECS = []


def R(cat, region, date, text, events):
    RECS.append({"category": cat, "region": region, "date": date, "text": text, "events": events})


AF, ME, AS, SA, EU, AM, PA = "Africa", "Middle East", "Asia", "South Asia", "Europe/Eurasia", "Americas", "Pacific"

# ---------------------------------------------------------------- AGREE (10)
R("AGREE", ME, "1988-07-18",
  "Iran has accepted United Nations Security Council Resolution 598 calling for a ceasefire in its war with Iraq, "
  "Tehran Radio said on Monday, quoting a letter from President Ali Khamenei to Secretary-General Javier Perez de Cuellar.",
  [E("IRN", "GOV", "UNO", "IGO", "03", "Iran (Khamenei's letter) accepts the UN resolution; acceptance of a ceasefire call, root 03")])
R("AGREE", AS, "1994-10-21",
  "North Korea and the United States formally concluded an accord in Geneva on Friday under which Pyongyang "
  "will freeze its nuclear programme in exchange for two light-water reactors and deliveries of fuel oil.",
  [E("PRK", "GOV", "USA", "GOV", "030", "North Korea agrees with the US (Agreed Framework); compound subject, first direction"),
   E("USA", "GOV", "PRK", "GOV", "030", "reverse direction of the joint agreement")])
R("AGREE", AF, "1999-02-27",
  "Eritrea said on Saturday it had accepted a peace plan drawn up by the Organisation of African Unity to end its "
  "border war with Ethiopia, a day after losing the disputed town of Badme.",
  [E("ERI", "GOV", "AFR", "IGO", "037", "Eritrea accepts the OAU framework (intent to settle dispute); 'losing Badme' has no agent, not coded")])
R("AGREE", SA, "1999-02-21",
  "India and Pakistan agreed on Sunday to intensify efforts to resolve all their disputes, including Kashmir, "
  "at the end of Indian Prime Minister Atal Behari Vajpayee's landmark bus journey to Lahore.",
  [E("IND", "GOV", "PAK", "GOV", "037", "India agrees with Pakistan to work to settle disputes (Lahore Declaration)"),
   E("PAK", "GOV", "IND", "GOV", "037", "reverse direction"),
   E("IND", "GOV", "PAK", "GOV", "042", "Vajpayee's visit to Lahore (event noun with its agent)", "Lahore")])
R("AGREE", EU, "1996-08-31",
  "Russian security chief Alexander Lebed and Chechen rebel commander Aslan Maskhadov agreed early on Saturday to "
  "put off a decision on Chechnya's political status for five years, in a deal signed in Khasavyurt, Dagestan.",
  [E("RUS", "GOV", "RUS", "REB", "037", "Lebed (Russian Security Council) agrees with the Chechen separatists"),
   E("RUS", "REB", "RUS", "GOV", "037", "Maskhadov (Chechen rebels) agrees with Lebed; reverse direction")])
R("AGREE", AM, "1989-02-14",
  "Nicaraguan President Daniel Ortega promised at a Central American summit in El Salvador on Tuesday to bring "
  "national elections forward to February 1990 and to let foreign observers monitor the vote.",
  [E("NIC", "GOV", None, None, "034", "Ortega promises political reform (early elections); no target named"),
   E("NIC", "GOV", None, None, "0355", "promise to allow foreign observers (intent to allow international involvement)")])
R("AGREE", PA, "1998-01-23",
  "Papua New Guinea's government and secessionist leaders from Bougainville agreed on Friday at talks in Lincoln, "
  "New Zealand, to a permanent ceasefire on the island from the end of April.",
  [E("PNG", "GOV", "PNG", "REB", "0356", "PNG government agrees a ceasefire with the Bougainville secessionists (Lincoln Agreement)"),
   E("PNG", "REB", "PNG", "GOV", "0356", "reverse direction")])
R("AGREE", ME, "1998-10-20",
  "Syria has agreed to end all support for Turkey's Kurdish rebels and to bar their leader Abdullah Ocalan from its "
  "territory, Turkish officials said on Tuesday.",
  [E("SYR", "GOV", "TUR", "GOV", "030", "Syria promises Turkey security cooperation (Adana); reported by Turkish officials")])
R("AGREE", AS, "2000-06-15",
  "South Korean President Kim Dae-jung and North Korean leader Kim Jong-il agreed to arrange reunions of families "
  "separated by the Korean War, in a joint declaration issued in Pyongyang on Thursday.",
  [E("KOR", "GOV", "PRK", "GOV", "030", "Kim Dae-jung agrees with Kim Jong-il"),
   E("PRK", "GOV", "KOR", "GOV", "030", "reverse direction")])
R("AGREE", AF, "1990-08-06",
  "The African National Congress agreed on Monday to suspend its 30-year armed struggle against white minority rule, "
  "after a day of talks in Pretoria with President F.W. de Klerk's government.",
  [E("ZAF", "OPP", "ZAF", "GOV", "0356", "ANC (banned movement turned negotiating party) promises to suspend armed struggle (Pretoria Minute)"),
   E("ZAF", "OPP", "ZAF", "GOV", "046", "talks between the ANC and the government, event noun with both parties", "Pretoria")])

# ---------------------------------------------------------------- ASSAULT (10)
R("ASSAULT", ME, "1983-10-23",
  "A suicide bomber drove a truck packed with explosives into the U.S. Marine headquarters at Beirut airport on "
  "Sunday, killing more than 200 servicemen as they slept, military officials said.",
  [E(None, None, "USA", "MIL", "183", "unnamed suicide bomber against US Marines", "Beirut")])
R("ASSAULT", SA, "1984-10-31",
  "Prime Minister Indira Gandhi was shot dead by two of her Sikh bodyguards in the garden of her New Delhi "
  "residence on Wednesday morning, officials said.",
  [E("IND", "COP", "IND", "GOV", "186", "her police bodyguards assassinate the prime minister (passive with agent)", "New Delhi")])
R("ASSAULT", AF, "1994-04-06",
  "A plane carrying the presidents of Rwanda and Burundi was shot down as it came in to land at Kigali airport on "
  "Wednesday night, killing everyone on board, diplomats said.",
  [E(None, None, "RWA", "GOV", "186", "unnamed attackers kill President Habyarimana (agentless passive)", "Kigali"),
   E(None, None, "BDI", "GOV", "186", "and President Ntaryamira of Burundi", "Kigali")])
R("ASSAULT", EU, "1994-02-05",
  "A mortar shell slammed into a crowded open-air market in central Sarajevo on Saturday, killing at least 66 "
  "people and wounding about 200 in the deadliest single attack of the siege.",
  [E(None, None, "BIH", "CVL", "194", "unnamed gunners shell Sarajevo civilians (Markale market)", "Sarajevo")])
R("ASSAULT", AM, "1989-12-20",
  "U.S. troops invaded Panama early on Wednesday to overthrow Gen. Manuel Antonio Noriega, attacking his "
  "headquarters in Panama City with helicopter gunships, armoured vehicles and paratroopers.",
  [E("USA", "MIL", "PAN", "MIL", "190", "US forces attack Noriega's Panama Defence Forces", "Panama City")])
R("ASSAULT", AS, "1989-06-04",
  "Chinese troops opened fire on crowds of pro-democracy protesters as they forced their way into Tiananmen Square "
  "early on Sunday, killing hundreds of people, witnesses said.",
  [E("CHN", "MIL", "CHN", "CVL", "175", "army fires on protesters (violent repression, 175 -> ASSAULT in the mapping)", "Tiananmen Square")])
R("ASSAULT", PA, "1985-07-10",
  "Two explosions ripped through the hull of the Greenpeace flagship Rainbow Warrior in Auckland harbour shortly "
  "before midnight on Wednesday, sinking the ship and killing a photographer on board.",
  [E(None, None, None, "NGO", "183", "unnamed bombers (not yet identified in the sentence) against Greenpeace", "Auckland")])
R("ASSAULT", AF, "1998-08-07",
  "Bombs exploded minutes apart outside the United States embassies in Nairobi and Dar es Salaam on Friday, killing "
  "scores of people and wounding thousands, most of them Kenyans.",
  [E(None, None, "USA", "GOV", "183", "unnamed bombers against the US embassies (premises of the US government)")])
R("ASSAULT", SA, "1991-05-21",
  "Former Prime Minister Rajiv Gandhi was killed by a bomb blast at an election rally near Madras on Tuesday night, "
  "police said, throwing India's general election into turmoil.",
  [E(None, None, "IND", "PTY", "183", "unnamed bomber kills the Congress party leader; the sentence gives no agent")])
R("ASSAULT", ME, "1996-04-18",
  "Israeli artillery shells slammed into a United Nations base at Qana in southern Lebanon on Thursday, killing more "
  "than 100 civilians who had taken shelter there, U.N. officials said.",
  [E("ISR", "MIL", "LBN", "CVL", "194", "Israeli artillery kills Lebanese civilians", "Qana"),
   E("ISR", "MIL", "UNO", "IGO", "194", "the shells hit the UN (UNIFIL) base itself", "Qana")])

# ---------------------------------------------------------------- REQUEST (10)
R("REQUEST", ME, "1990-08-02",
  "The U.N. Security Council on Thursday condemned Iraq's invasion of Kuwait and demanded the immediate and "
  "unconditional withdrawal of all Iraqi forces.",
  [E("UNO", "IGO", "IRQ", "", "1056", "UNSC demands withdrawal (Resolution 660)"),
   E("UNO", "IGO", "IRQ", "", "111", "UNSC condemns the invasion; the invasion itself is only the object, not coded")])
R("REQUEST", SA, "1989-06-01",
  "Sri Lankan President Ranasinghe Premadasa has asked India to withdraw its peacekeeping troops from the island by "
  "the end of July, officials in Colombo said on Thursday.",
  [E("LKA", "GOV", "IND", "MIL", "1056", "Premadasa asks India to pull the IPKF out")])
R("REQUEST", AM, "1994-09-15",
  "President Bill Clinton told Haiti's military rulers in a televised address on Thursday that their time was up "
  "and that they must leave power now or be removed by force.",
  [E("USA", "GOV", "HTI", "MIL", "1041", "Clinton demands that the junta (Cedras) step down"),
   E("USA", "GOV", "HTI", "MIL", "138", "conditional threat of military force")])
R("REQUEST", AS, "1986-02-22",
  "Defence Minister Juan Ponce Enrile and the deputy armed forces chief, Lieutenant-General Fidel Ramos, called on "
  "President Ferdinand Marcos to resign on Saturday, saying Corazon Aquino had won the election.",
  [E("PHL", "GOV", "PHL", "GOV", "1041", "Enrile (defence minister) demands Marcos resign"),
   E("PHL", "MIL", "PHL", "GOV", "1041", "Ramos (armed forces) demands Marcos resign; compound subject")])
R("REQUEST", AF, "1991-11-27",
  "Britain and the United States demanded on Wednesday that Libya hand over two intelligence officers charged with "
  "planting the bomb that destroyed a Pan Am jumbo jet over Lockerbie.",
  [E("GBR", "GOV", "LBY", "GOV", "1013", "demand for judicial cooperation (hand over suspects)"),
   E("USA", "GOV", "LBY", "GOV", "1013", "second member of the compound subject")])
R("REQUEST", EU, "1991-08-19",
  "Russian President Boris Yeltsin, standing on a tank outside the parliament building in Moscow, demanded on Monday "
  "that the self-styled emergency committee restore Mikhail Gorbachev to power.",
  [E("RUS", "GOV", "RUS", "GOV", "1041", "Yeltsin demands that the Soviet coup committee reinstate Gorbachev", "Moscow")])
R("REQUEST", AM, "1991-10-03",
  "Foreign ministers of the Organization of American States, meeting in Washington, demanded the immediate restoration "
  "of Haiti's ousted president, Jean-Bertrand Aristide, and urged members to isolate the army-backed regime.",
  [E("OAS", "IGO", "HTI", "MIL", "1041", "OAS demands Aristide's restoration from the Haitian military rulers"),
   E("OAS", "IGO", None, "GOV", "100", "OAS urges member states to isolate the regime (members: null/GOV)")])
R("REQUEST", PA, "1997-03-17",
  "Papua New Guinea's military commander, Brigadier-General Jerry Singirok, demanded on Monday that Prime Minister "
  "Julius Chan resign over the hiring of foreign mercenaries to fight rebels on Bougainville.",
  [E("PNG", "MIL", "PNG", "GOV", "1041", "army commander demands the prime minister's resignation (Sandline affair)")])
R("REQUEST", SA, "1998-06-06",
  "The U.N. Security Council on Saturday condemned the nuclear tests by India and Pakistan and demanded that both "
  "countries refrain from further tests and stop developing nuclear weapons.",
  [E("UNO", "IGO", "IND", "", "1042", "UNSC demands India change policy (Resolution 1172)"),
   E("UNO", "IGO", "PAK", "", "1042", "and Pakistan"),
   E("UNO", "IGO", "IND", "", "111", "condemnation of India's tests"),
   E("UNO", "IGO", "PAK", "", "111", "condemnation of Pakistan's tests")])
R("REQUEST", AS, "2001-04-03",
  "Chinese President Jiang Zemin demanded on Tuesday that the United States apologise for the collision between a "
  "U.S. spy plane and a Chinese fighter jet off Hainan island.",
  [E("CHN", "GOV", "USA", "GOV", "10", "Jiang demands an apology (no specific CAMEO 10x for an apology; root)")])

# ---------------------------------------------------------------- REJECT (9)
R("REJECT", ME, "1991-01-09",
  "Iraqi Foreign Minister Tariq Aziz refused on Wednesday to accept a letter from President George Bush to Saddam "
  "Hussein after more than six hours of talks with Secretary of State James Baker in Geneva.",
  [E("IRQ", "GOV", "USA", "GOV", "120", "Aziz refuses Bush's letter"),
   E("IRQ", "GOV", "USA", "GOV", "046", "talks with Baker (event noun with both parties)", "Geneva"),
   E("USA", "GOV", "IRQ", "GOV", "046", "reverse direction of the talks", "Geneva")])
R("REJECT", EU, "1999-03-18",
  "The Yugoslav delegation refused on Thursday to sign the international peace plan for Kosovo at talks in Paris, "
  "while the ethnic Albanian delegation signed it alone.",
  [E("SRB", "GOV", None, "IGO", "127", "Yugoslav (Serbian) delegation rejects the Contact Group plan"),
   E("SRB", "OPP", None, "IGO", "057", "Kosovo Albanian delegation signs the plan (057 -> SUPPORT)")])
R("REJECT", AF, "1985-08-15",
  "President P.W. Botha, in a speech in Durban on Thursday, rejected calls for one-man, one-vote in a unitary South "
  "Africa and refused to free Nelson Mandela unconditionally.",
  [E("ZAF", "GOV", "ZAF", "OPP", "1234", "Botha rejects institutional reform demanded by the black opposition (Rubicon speech)"),
   E("ZAF", "GOV", "ZAF", "OPP", "1243", "refuses to release Mandela (ANC leader)")])
R("REJECT", AS, "1993-03-12",
  "North Korea said on Friday it would not accept special inspections of two suspected nuclear waste sites demanded by "
  "the International Atomic Energy Agency, calling them an insult to its sovereignty.",
  [E("PRK", "GOV", None, "IGO", "1245", "North Korea refuses IAEA inspections (refuse to allow international involvement)")])
R("REJECT", SA, "2001-09-21",
  "The Taliban's ambassador to Pakistan, Abdul Salam Zaeef, said on Friday that Afghanistan's rulers would not hand "
  "over Osama bin Laden to the United States without proof of his guilt.",
  [E("AFG", "GOV", "USA", "GOV", "1243", "Taliban government refuses to hand over bin Laden")])
R("REJECT", AM, "1996-12-21",
  "President Alberto Fujimori on Saturday rejected Tupac Amaru rebels' demand for the release of their jailed "
  "comrades but said he was ready to talk to the guerrillas holding hostages in Lima.",
  [E("PER", "GOV", "PER", "REB", "1243", "Fujimori refuses to free MRTA prisoners"),
   E("PER", "GOV", "PER", "REB", "036", "offer to talk (intent to negotiate -> AGREE)")])
R("REJECT", PA, "1997-03-25",
  "Prime Minister Julius Chan refused to resign on Tuesday as thousands of protesters, backed by rebellious soldiers, "
  "besieged Papua New Guinea's parliament in Port Moresby.",
  [E("PNG", "GOV", "PNG", "CVL", "1231", "Chan refuses the demand for his resignation"),
   E("PNG", "CVL", "PNG", "LEG", "1441", "protesters blockade parliament for a leadership change", "Port Moresby")])
R("REJECT", ME, "1990-10-14",
  "Israel's cabinet on Sunday rejected a U.N. Security Council resolution condemning the killing of Palestinians on "
  "the Temple Mount and said it would not cooperate with a U.N. mission to investigate.",
  [E("ISR", "GOV", "UNO", "IGO", "120", "cabinet rejects the resolution (672)"),
   E("ISR", "GOV", "UNO", "IGO", "1245", "refuses to cooperate with the UN mission")])
R("REJECT", EU, "1992-06-02",
  "Danish voters narrowly rejected the Maastricht treaty on European union in a referendum on Tuesday, throwing the "
  "Community's plans for closer integration into disarray.",
  [E("DNK", "CVL", "EUR", "IGO", "127", "Danish electorate rejects the EC treaty")])

# ---------------------------------------------------------------- PROTEST (9)
R("PROTEST", EU, "1989-10-09",
  "More than 50,000 people marched through the centre of Leipzig on Monday evening chanting 'We are the people', "
  "the largest demonstration in East Germany since the 1953 uprising.",
  [E("DEU", "CVL", "DEU", "GOV", "141", "East German demonstrators against the GDR government", "Leipzig")])
R("PROTEST", AS, "1987-06-26",
  "Riot police fired tear gas at tens of thousands of students and office workers who marched through Seoul and "
  "other cities on Friday demanding direct presidential elections.",
  [E("KOR", "CVL", "KOR", "GOV", "1414", "demonstrators demand institutional change (direct elections)", "Seoul"),
   E("KOR", "COP", "KOR", "CVL", "175", "riot police use tear gas on the marchers (175 -> ASSAULT)", "Seoul")])
R("PROTEST", AF, "2000-10-24",
  "Tens of thousands of protesters marched on the presidential palace in Abidjan on Tuesday, demanding that General "
  "Robert Guei hand power to Laurent Gbagbo, who, they said, had won Sunday's election.",
  [E("CIV", "CVL", "CIV", "GOV", "1411", "Gbagbo supporters demonstrate for a leadership change", "Abidjan")])
R("PROTEST", ME, "1987-12-09",
  "Palestinians in the Jabalya refugee camp in the Gaza Strip stoned Israeli army patrols and burned tyres on "
  "Wednesday after four residents were killed in a collision with an Israeli truck.",
  [E("PSE", "CVL", "ISR", "MIL", "145", "Palestinian rioters against Israeli troops", "Jabalya")])
R("PROTEST", AM, "1999-11-30",
  "Tens of thousands of protesters blocked downtown streets in Seattle on Tuesday, delaying the opening of the World "
  "Trade Organization's ministerial meeting and clashing with police who used tear gas.",
  [E("USA", "CVL", None, "IGO", "144", "protesters obstruct the WTO meeting", "Seattle"),
   E("USA", "COP", "USA", "CVL", "175", "police use tear gas on protesters (participle 'who used tear gas')", "Seattle")])
R("PROTEST", SA, "1990-04-06",
  "Police opened fire on tens of thousands of pro-democracy demonstrators marching on the royal palace in Kathmandu "
  "on Friday, killing several people, witnesses said.",
  [E("NPL", "CVL", "NPL", "GOV", "141", "democracy movement demonstrates against the palace government", "Kathmandu"),
   E("NPL", "COP", "NPL", "CVL", "175", "police fire on the march", "Kathmandu")])
R("PROTEST", PA, "1988-01-26",
  "Tens of thousands of Aborigines and their supporters marched through Sydney on Tuesday in protest at celebrations "
  "of 200 years of European settlement of Australia.",
  [E("AUS", "CVL", "AUS", "GOV", "141", "Aboriginal marchers against the bicentenary (organised by the state)", "Sydney")])
R("PROTEST", EU, "1990-03-31",
  "A march by tens of thousands of people against the poll tax turned into a riot in central London on Saturday, "
  "with demonstrators setting fire to buildings around Trafalgar Square.",
  [E("GBR", "CVL", "GBR", "GOV", "1452", "poll tax protesters riot against the government's policy", "London")])
R("PROTEST", AM, "1989-02-27",
  "Rioting and looting spread through Caracas on Monday as thousands of people protested against bus fare increases "
  "imposed under President Carlos Andres Perez's austerity programme.",
  [E("VEN", "CVL", "VEN", "GOV", "1452", "Caracazo rioters against the government's price policy", "Caracas")])

# ---------------------------------------------------------------- THREATEN (9)
R("THREATEN", ME, "1990-04-02",
  "Iraqi President Saddam Hussein threatened on Monday to destroy half of Israel with chemical weapons if it attacked "
  "Iraq, state television reported.",
  [E("IRQ", "GOV", "ISR", "", "138", "Saddam threatens military (chemical) attack on Israel")])
R("THREATEN", AS, "2000-02-21",
  "China warned on Monday that it would use force against Taiwan if the island indefinitely refused to negotiate "
  "reunification, in a policy paper issued by the State Council.",
  [E("CHN", "GOV", "TWN", "", "138", "Chinese government (State Council white paper) threatens force")])
R("THREATEN", EU, "1990-04-13",
  "Soviet President Mikhail Gorbachev threatened on Friday to cut off supplies of oil, gas and other key goods to "
  "Lithuania unless it rescinded laws passed since its declaration of independence.",
  [E("RUS", "GOV", "LTU", "GOV", "1312", "Gorbachev threatens an economic blockade (embargo threat)")])
R("THREATEN", AF, "1993-10-31",
  "Islamic militants in Algeria have ordered all foreigners to leave the country within a month or face death, "
  "according to a message carried by three French consular officials freed by their kidnappers on Sunday.",
  [E("DZA", "REB", None, "CVL", "139", "Islamist militants' ultimatum to foreigners"),
   E("DZA", "REB", "FRA", "GOV", "0841", "the kidnappers (the same militants) free the French consular staff")])
R("THREATEN", AM, "1982-04-07",
  "Britain declared a 200-mile war zone around the Falkland Islands on Wednesday and warned that from Monday any "
  "Argentine warship or naval auxiliary found inside it would be treated as hostile.",
  [E("GBR", "GOV", "ARG", "MIL", "138", "British threat of military force against the Argentine navy (maritime exclusion zone)")])
R("THREATEN", EU, "1998-10-13",
  "NATO ambassadors authorised air strikes against Yugoslavia on Tuesday, giving President Slobodan Milosevic 96 "
  "hours to comply with U.N. demands to pull his forces back in Kosovo.",
  [E(None, "IGO", "SRB", "GOV", "139", "NATO activation order with a 96-hour deadline (ultimatum)")])
R("THREATEN", AS, "1994-03-19",
  "A North Korean negotiator warned at talks in Panmunjom on Saturday that Seoul would be turned into 'a sea of "
  "fire' if war broke out, South Korean officials said.",
  [E("PRK", "GOV", "KOR", "GOV", "138", "North Korean delegate threatens war against the South")])
R("THREATEN", ME, "1998-10-01",
  "Turkish President Suleyman Demirel warned Syria on Thursday that Ankara's patience was running out over Damascus's "
  "support for Kurdish guerrillas, and said Turkey reserved the right to retaliate.",
  [E("TUR", "GOV", "SYR", "", "138", "Demirel threatens retaliation (implicitly military) against Syria"),
   E("TUR", "GOV", "SYR", "", "112", "the warning accuses Syria of backing the PKK")])
R("THREATEN", AM, "1989-12-15",
  "Panama's National Assembly declared on Friday that the country was in a state of war with the United States and "
  "named Gen. Manuel Antonio Noriega head of government.",
  [E("PAN", "LEG", "USA", "", "138", "declaration of a state of war, no fighting yet: coded as threat of force")])

# ---------------------------------------------------------------- ACCUSE (9)
R("ACCUSE", ME, "1988-07-03",
  "Iran accused the United States of a barbaric massacre after a U.S. Navy warship shot down an Iran Air airliner over "
  "the Gulf on Sunday, killing all 290 people aboard.",
  [E("IRN", "GOV", "USA", "", "112", "Iran accuses the US"),
   E("USA", "MIL", "IRN", "CVL", "190", "USS Vincennes shoots down the airliner (finite clause, asserted)")])
R("ACCUSE", EU, "1983-09-01",
  "The United States accused the Soviet Union on Thursday of shooting down a South Korean airliner with 269 people "
  "aboard after it strayed into Soviet airspace near Sakhalin island.",
  [E("USA", "GOV", "RUS", "", "112", "US accuses the USSR; the shoot-down is the content of the accusation (alleged), not coded")])
R("ACCUSE", AF, "1998-08-20",
  "Sudan accused the United States of a criminal act after American cruise missiles destroyed a pharmaceutical "
  "factory in Khartoum on Thursday.",
  [E("SDN", "GOV", "USA", "", "1121", "Sudan accuses the US of a crime"),
   E("USA", "MIL", "SDN", "BUS", "195", "US missile strike on the al-Shifa plant (finite clause, asserted)", "Khartoum")])
R("ACCUSE", AS, "1979-02-17",
  "Vietnam accused China on Saturday of launching a full-scale invasion across their northern border, Hanoi Radio "
  "said, calling the attack a grave crime against the Vietnamese people.",
  [E("VNM", "GOV", "CHN", "", "112", "Hanoi accuses Beijing of aggression; the invasion is the content of the accusation")])
R("ACCUSE", SA, "2001-12-14",
  "India on Friday blamed the Pakistan-based militant groups Lashkar-e-Taiba and Jaish-e-Mohammad for the assault on "
  "its parliament and demanded that Islamabad act against them.",
  [E("IND", "GOV", "PAK", "REB", "112", "India blames the two Pakistan-based groups (one event for the pair)"),
   E("IND", "GOV", "PAK", "GOV", "100", "demand that Pakistan act against the groups")])
R("ACCUSE", AM, "1984-04-09",
  "Nicaragua filed suit against the United States at the World Court in The Hague on Monday, accusing Washington of "
  "mining its harbours and arming the Contra rebels.",
  [E("NIC", "GOV", "USA", "GOV", "115", "Nicaragua sues the US (bring lawsuit -> ACCUSE)", "The Hague")])
R("ACCUSE", EU, "1999-03-24",
  "Russian President Boris Yeltsin condemned NATO's air strikes on Yugoslavia on Wednesday as open aggression, and "
  "Moscow suspended its cooperation with the alliance.",
  [E("RUS", "GOV", None, "IGO", "111", "Yeltsin condemns NATO (the strikes are the object of the condemnation)"),
   E("RUS", "GOV", None, "IGO", "160", "Russia suspends cooperation with NATO (reduce relations -> SANCTION)")])
R("ACCUSE", PA, "1985-11-22",
  "A New Zealand judge sentenced French agents Alain Mafart and Dominique Prieur to ten years in prison on Friday "
  "for the manslaughter of a photographer aboard the Greenpeace ship Rainbow Warrior.",
  [E("NZL", "JUD", "FRA", "MIL", "116", "court finds the DGSE agents guilty and sentences them (116 -> ACCUSE)")])
R("ACCUSE", ME, "1981-06-19",
  "The U.N. Security Council unanimously condemned Israel on Friday for its air raid on Iraq's Osirak nuclear reactor "
  "and called on it to place its own nuclear facilities under international safeguards.",
  [E("UNO", "IGO", "ISR", "", "111", "UNSC condemns Israel (Resolution 487); the raid is the object, not coded"),
   E("UNO", "IGO", "ISR", "", "1055", "call to accept IAEA safeguards (demand to allow international involvement)")])

# ---------------------------------------------------------------- COERCE (7)
R("COERCE", AS, "1980-05-17",
  "South Korea's military-backed government extended martial law to the whole country on Saturday night and arrested "
  "opposition leader Kim Dae-jung along with dozens of other politicians and student leaders.",
  [E("KOR", "GOV", "KOR", "CVL", "1724", "nationwide martial law (Chun's military-backed government)"),
   E("KOR", "GOV", "KOR", "OPP", "173", "arrest of Kim Dae-jung and other politicians")])
R("COERCE", AF, "1985-07-20",
  "President P.W. Botha declared a state of emergency in 36 magisterial districts on Saturday, giving the police and "
  "army sweeping powers to arrest and detain people without trial.",
  [E("ZAF", "GOV", "ZAF", "CVL", "1724", "state of emergency over the (black) population")])
R("COERCE", SA, "1986-08-14",
  "Pakistani police arrested opposition leader Benazir Bhutto in Karachi on Thursday, hours before she was due to "
  "address an Independence Day rally against President Zia ul-Haq's government.",
  [E("PAK", "COP", "PAK", "OPP", "173", "police arrest the PPP leader", "Karachi")])
R("COERCE", EU, "1981-12-13",
  "Poland's military leader, General Wojciech Jaruzelski, declared martial law on Sunday, and thousands of Solidarity "
  "activists, including union leader Lech Walesa, were detained.",
  [E("POL", "GOV", "POL", "CVL", "1724", "Jaruzelski (head of government and army) declares martial law"),
   E("POL", "GOV", "POL", "LAB", "173", "detention of Solidarity activists (agentless passive; agent the regime)")])
R("COERCE", AM, "1992-04-05",
  "President Alberto Fujimori suspended Peru's constitution and dissolved Congress on Sunday night, saying he needed "
  "a free hand to fight corruption and the Shining Path guerrillas.",
  [E("PER", "GOV", "PER", "LEG", "1724", "self-coup: dissolving the legislature (as owned's 1724 for dissolving a government)")])
R("COERCE", ME, "1992-12-17",
  "Israel deported 415 Palestinians accused of links with the Islamic militant groups Hamas and Islamic Jihad to "
  "southern Lebanon on Thursday, drawing condemnation across the Arab world.",
  [E("ISR", "GOV", "PSE", "REB", "174", "deportation of Palestinian Islamist activists"),
   E(None, "GOV", "ISR", "GOV", "111", "condemnation by Arab governments (event noun, 'the Arab world' null/GOV)")])
R("COERCE", PA, "1987-05-14",
  "Lieutenant-Colonel Sitiveni Rabuka led masked soldiers into Fiji's parliament in Suva on Thursday and detained "
  "Prime Minister Timoci Bavadra and members of his cabinet.",
  [E("FJI", "MIL", "FJI", "GOV", "173", "Rabuka's troops detain the elected government (first 1987 coup)", "Suva")])

# ---------------------------------------------------------------- CONSULT (6)
R("CONSULT", AF, "1997-05-04",
  "Zaire's President Mobutu Sese Seko and rebel leader Laurent Kabila met aboard a South African naval ship off "
  "Pointe-Noire on Sunday in talks brokered by President Nelson Mandela.",
  [E("COD", "GOV", "COD", "REB", "044", "Mobutu meets Kabila at a third location"),
   E("COD", "REB", "COD", "GOV", "044", "reverse direction"),
   E("ZAF", "GOV", "COD", "GOV", "045", "Mandela mediates (target the first party)")])
R("CONSULT", EU, "1985-11-19",
  "President Ronald Reagan and Soviet leader Mikhail Gorbachev held their first summit meeting in Geneva on Tuesday, "
  "talking alone with only interpreters present for more than an hour.",
  [E("USA", "GOV", "RUS", "GOV", "044", "Reagan meets Gorbachev in Geneva", "Geneva"),
   E("RUS", "GOV", "USA", "GOV", "044", "reverse direction", "Geneva")])
R("CONSULT", ME, "2000-01-03",
  "Israeli Prime Minister Ehud Barak and Syrian Foreign Minister Farouk al-Shara opened peace talks in Shepherdstown, "
  "West Virginia, on Monday, the highest-level contact between the two countries in half a century.",
  [E("ISR", "GOV", "SYR", "GOV", "046", "negotiations", "Shepherdstown"),
   E("SYR", "GOV", "ISR", "GOV", "046", "reverse direction", "Shepherdstown")])
R("CONSULT", AS, "1989-05-15",
  "Soviet President Mikhail Gorbachev arrived in Beijing on Monday for the first Sino-Soviet summit in 30 years, as "
  "student demonstrators occupying Tiananmen Square forced changes to his welcoming ceremony.",
  [E("RUS", "GOV", "CHN", "GOV", "042", "Gorbachev's visit to China", "Beijing"),
   E("CHN", "CVL", "CHN", "GOV", "141", "students occupy the square in protest (participle with its agent)", "Tiananmen Square")])
R("CONSULT", SA, "2001-07-14",
  "Pakistani President Pervez Musharraf arrived in New Delhi on Saturday for a three-day visit and summit talks with "
  "Prime Minister Atal Behari Vajpayee in the city of Agra.",
  [E("PAK", "GOV", "IND", "GOV", "042", "Musharraf's visit to India", "New Delhi")])
R("CONSULT", AM, "2001-02-08",
  "Colombian President Andres Pastrana met FARC rebel leader Manuel Marulanda in the guerrilla-held demilitarised zone "
  "on Thursday in an effort to rescue faltering peace talks.",
  [E("COL", "GOV", "COL", "REB", "040", "Pastrana meets Marulanda (in rebel-held territory)"),
   E("COL", "REB", "COL", "GOV", "040", "reverse direction")])

# ---------------------------------------------------------------- SUPPORT (5)
R("SUPPORT", ME, "1993-09-13",
  "Israel and the Palestine Liberation Organisation signed an accord on limited Palestinian self-rule on the White "
  "House lawn on Monday, sealed by a handshake between Yitzhak Rabin and Yasser Arafat.",
  [E("ISR", "GOV", "PSE", "GOV", "057", "signing (057 -> SUPPORT in the mapping)", "Washington"),
   E("PSE", "GOV", "ISR", "GOV", "057", "reverse direction (PLO as PSE/GOV)", "Washington")])
R("SUPPORT", EU, "1991-12-23",
  "Germany formally recognised Slovenia and Croatia as independent states on Monday, going ahead of its partners in "
  "the European Community despite warnings that the move could spread the Yugoslav war.",
  [E("DEU", "GOV", "SVN", "", "054", "diplomatic recognition of Slovenia"),
   E("DEU", "GOV", "HRV", "", "054", "and of Croatia")])
R("SUPPORT", AS, "1979-01-01",
  "The United States and China established full diplomatic relations on Monday, with Washington ending its formal "
  "ties with the Nationalist government on Taiwan.",
  [E("USA", "GOV", "CHN", "GOV", "054", "establishment of relations"),
   E("CHN", "GOV", "USA", "GOV", "054", "reverse direction"),
   E("USA", "GOV", "TWN", "GOV", "161", "breaking formal relations with Taipei (SANCTION)")])
R("SUPPORT", AF, "1998-03-25",
  "President Bill Clinton, on a brief stop in Kigali on Wednesday, acknowledged that the world, including the United "
  "States, had failed to act quickly enough to stop the 1994 genocide in Rwanda.",
  [E("USA", "GOV", "RWA", "", "055", "Clinton's apology to Rwanda"),
   E("USA", "GOV", "RWA", "GOV", "042", "visit to Kigali", "Kigali")])
R("SUPPORT", AM, "1996-12-29",
  "President Alvaro Arzu and commanders of the Guatemalan National Revolutionary Unity signed a final peace agreement "
  "in Guatemala City on Sunday, ending 36 years of civil war.",
  [E("GTM", "GOV", "GTM", "REB", "057", "signing by the government", "Guatemala City"),
   E("GTM", "REB", "GTM", "GOV", "057", "signing by the URNG guerrillas", "Guatemala City")])

# ---------------------------------------------------------------- SANCTION (5)
R("SANCTION", SA, "1998-05-13",
  "President Bill Clinton cut off all but humanitarian aid to India on Wednesday in retaliation for its nuclear "
  "tests, invoking a law written to punish countries that explode nuclear devices.",
  [E("USA", "GOV", "IND", "", "1621", "cut in economic aid (Glenn amendment); the tests are the reason, not coded")])
R("SANCTION", EU, "1985-09-12",
  "Britain expelled 25 Soviet diplomats, journalists and trade officials on Thursday, accusing them of spying, after "
  "the defection of the KGB's station chief in London.",
  [E("GBR", "GOV", "RUS", "GOV", "161", "expulsion of diplomats coded as reducing diplomatic relations"),
   E("GBR", "GOV", "RUS", "GOV", "1125", "accusation of espionage")])
R("SANCTION", AF, "1995-11-11",
  "Commonwealth leaders meeting in New Zealand suspended Nigeria's membership on Saturday over the execution of the "
  "writer Ken Saro-Wiwa and eight other minority rights activists.",
  [E(None, "IGO", "NGA", "GOV", "16", "Commonwealth suspends Nigeria; the executions are the reason (object), not coded")])
R("SANCTION", AM, "1992-04-06",
  "The United States suspended all but humanitarian aid to Peru on Monday in protest at President Alberto Fujimori's "
  "seizure of emergency powers.",
  [E("USA", "GOV", "PER", "GOV", "162", "aid suspension; 'in protest at' is the reason, not a separate protest")])
R("SANCTION", PA, "1986-08-11",
  "The United States formally suspended its security obligations to New Zealand under the ANZUS alliance on Monday, "
  "in retaliation for Wellington's ban on visits by nuclear-armed or nuclear-powered warships.",
  [E("USA", "GOV", "NZL", "GOV", "160", "suspension of alliance obligations (reduce relations)")])

# ---------------------------------------------------------------- RETREAT (5)
R("RETREAT", AS, "1999-09-12",
  "Indonesian President B.J. Habibie announced on Sunday that he had invited United Nations peacekeeping troops into "
  "East Timor to restore order after weeks of violence that followed the territory's independence vote.",
  [E("IDN", "GOV", "UNO", "IGO", "0861", "Habibie allows UN peacekeepers in")])
R("RETREAT", ME, "2000-05-24",
  "The last Israeli troops pulled out of southern Lebanon before dawn on Wednesday, ending 22 years of occupation, "
  "as Hezbollah guerrillas moved into abandoned positions.",
  [E("ISR", "MIL", "LBN", "", "0874", "military withdrawal")])
R("RETREAT", EU, "1994-08-31",
  "Russia withdrew its last troops from Estonia and Latvia on Wednesday, more than three years after the two Baltic "
  "states regained their independence.",
  [E("RUS", "MIL", "EST", "", "0874", "withdrawal from Estonia"),
   E("RUS", "MIL", "LVA", "", "0874", "withdrawal from Latvia")])
R("RETREAT", SA, "1989-02-15",
  "The last Soviet soldier crossed the bridge over the Amu Darya river out of Afghanistan on Wednesday, completing "
  "the withdrawal of the Red Army after more than nine years.",
  [E("RUS", "MIL", "AFG", "", "0874", "Soviet military withdrawal")])
R("RETREAT", AM, "1990-01-03",
  "Gen. Manuel Antonio Noriega surrendered to U.S. troops on Wednesday night after ten days holed up in the Vatican's "
  "embassy in Panama City, and was flown to Miami to face drug charges.",
  [E("PAN", "MIL", "USA", "MIL", "0874", "Noriega surrenders"),
   E("USA", "MIL", "PAN", "MIL", "173", "flown to Miami to face charges: US custody (agentless passive)")])

# ---------------------------------------------------------------- CONCEDE (4)
R("CONCEDE", AF, "1990-02-02",
  "President F.W. de Klerk lifted a 30-year ban on the African National Congress on Friday and promised to free "
  "Nelson Mandela soon, in a speech opening parliament in Cape Town.",
  [E("ZAF", "GOV", "ZAF", "OPP", "0812", "unbanning the ANC (ease ban on political parties)"),
   E("ZAF", "GOV", "ZAF", "OPP", "0353", "promise to release Mandela (intent to release persons -> AGREE)")])
R("CONCEDE", AS, "1998-05-21",
  "President Suharto resigned on Thursday after 32 years in power, handing over to his deputy B.J. Habibie after "
  "months of economic crisis and student protests demanding his removal.",
  [E("IDN", "GOV", "IDN", "CVL", "0831", "resignation under protest pressure; protesters as implied target (news-dev d09)")])
R("CONCEDE", EU, "1989-11-09",
  "East Germany opened its borders to the West on Thursday night, allowing its citizens to travel freely for the "
  "first time since the Berlin Wall was built in 1961.",
  [E("DEU", "GOV", "DEU", "CVL", "0811", "easing travel restrictions on the East German population")])
R("CONCEDE", AM, "1979-07-17",
  "President Anastasio Somoza resigned and flew into exile in Miami early on Tuesday, bowing to a seven-week offensive "
  "by Sandinista guerrillas.",
  [E("NIC", "GOV", "NIC", "REB", "0831", "resignation conceded to the Sandinistas")])

# ---------------------------------------------------------------- MOBILIZE (4)
R("MOBILIZE", AS, "1996-03-08",
  "China fired three unarmed missiles into waters close to Taiwan's two biggest ports on Friday, opening military "
  "exercises seen as an attempt to intimidate voters before the island's presidential election.",
  [E("CHN", "MIL", "TWN", "", "150", "missile tests as show of force (not an attack; owned21 convention)")])
R("MOBILIZE", SA, "1998-09-01",
  "Iran began military exercises involving some 70,000 Revolutionary Guards along its border with Afghanistan on "
  "Tuesday, raising tension with the Taliban over the killing of Iranian diplomats.",
  [E("IRN", "MIL", "AFG", "GOV", "150", "manoeuvres on the border aimed at the Taliban")])
R("MOBILIZE", ME, "1990-08-07",
  "President George Bush ordered U.S. warplanes and paratroopers to Saudi Arabia on Tuesday to help defend the "
  "kingdom against a possible attack by Iraq.",
  [E("USA", "GOV", "IRQ", "", "154", "deployment against Iraq"),
   E("USA", "GOV", "SAU", "", "074", "military protection for Saudi Arabia (AID)")])
R("MOBILIZE", EU, "1999-06-12",
  "A column of about 200 Russian troops drove into Kosovo from Bosnia and reached Pristina airport early on Saturday, "
  "hours before NATO peacekeepers were due to enter the province.",
  [E("RUS", "MIL", None, None, "154", "Russian deployment into Kosovo; no target named; NATO's entry is only planned here", "Pristina")])

# ---------------------------------------------------------------- COOPERATE (4)
R("COOPERATE", AF, "1999-04-05",
  "Libya handed over the two men accused of the 1988 Lockerbie bombing to United Nations officials on Monday for "
  "trial before a Scottish court sitting in the Netherlands.",
  [E("LBY", "GOV", "UNO", "IGO", "063", "hand-over for trial (judicial cooperation)")])
R("COOPERATE", EU, "2001-06-28",
  "Serbia's government handed former Yugoslav President Slobodan Milosevic over to the United Nations war crimes "
  "tribunal in The Hague on Thursday, defying the federal authorities in Belgrade.",
  [E("SRB", "GOV", "UNO", "JUD", "063", "transfer to the ICTY"),
   E("SRB", "GOV", "SRB", "GOV", "128", "defying the federal (Yugoslav) government, coded as defiance")])
R("COOPERATE", AM, "1987-02-04",
  "Colombian police captured Medellin cartel leader Carlos Lehder at a farm near Medellin on Wednesday and extradited "
  "him to the United States within hours.",
  [E("COL", "COP", "COL", "CRM", "173", "arrest of the trafficker"),
   E("COL", "GOV", "USA", "GOV", "063", "extradition (judicial cooperation)")])
R("COOPERATE", SA, "1992-01-01",
  "India and Pakistan exchanged lists of their nuclear installations for the first time on Wednesday, under a 1988 "
  "agreement not to attack each other's atomic facilities.",
  [E("IND", "GOV", "PAK", "GOV", "064", "information sharing"),
   E("PAK", "GOV", "IND", "GOV", "064", "reverse direction")])

# ---------------------------------------------------------------- AID (4)
R("AID", SA, "1987-06-04",
  "Indian air force transport planes escorted by fighter jets dropped 25 tonnes of food and medicine over Sri Lanka's "
  "besieged Jaffna peninsula on Thursday, a day after Sri Lanka's navy turned back an Indian relief flotilla.",
  [E("IND", "MIL", "LKA", "CVL", "073", "humanitarian air drop to Tamil civilians", "Jaffna"),
   E("LKA", "MIL", "IND", "", "191", "Sri Lankan navy blocks the Indian flotilla ('a day after' clause with its agent; 191 -> COERCE)")])
R("AID", AF, "1992-12-09",
  "U.S. Marines and Navy commandos landed on the beaches of Mogadishu before dawn on Wednesday at the start of an "
  "international operation to protect food shipments to Somalia's starving people.",
  [E("USA", "MIL", "SOM", "", "074", "military protection of relief (tolerant 07/15)", "Mogadishu")])
R("AID", EU, "1992-06-29",
  "A French military transport plane carrying food and medicine landed at Sarajevo airport on Monday, the first "
  "relief flight to reach the besieged Bosnian capital in weeks.",
  [E("FRA", "MIL", "BIH", "CVL", "073", "French relief flight to Sarajevo's population", "Sarajevo")])
R("AID", PA, "1999-09-20",
  "Australian-led peacekeeping troops landed in Dili on Monday to restore order in East Timor after weeks of "
  "violence and looting that followed the territory's vote for independence.",
  [E("AUS", "MIL", "TLS", "", "074", "INTERFET peacekeepers (military protection); the violence has no agent", "Dili")])

# ---------------------------------------------------------------- NONE (10): no event a coder would record
NONE = [
  ("1991-01-22",
   "Israeli officials said on Tuesday there was still no decision on whether to respond militarily, and no Israeli "
   "aircraft had crossed into Iraqi airspace.",
   "negated act and an undecided response"),
  ("1991-06-28",
   "Analysts in Brussels said the European Community could consider sanctions against Yugoslavia if fighting in "
   "Slovenia spread, though no proposal had yet been put to ministers.",
   "hypothetical sanctions voiced by analysts, not by an actor"),
  ("1990-06-08",
   "Cameroon beat defending champions Argentina 1-0 in the opening match of the World Cup in Milan on Friday, in one "
   "of the biggest upsets in the tournament's history.",
   "sport: 'beat' is not an attack"),
  ("1997-07-02",
   "The Thai baht plunged as much as 18 percent against the dollar on Wednesday after the central bank let it float, "
   "ending months of costly defence against speculative attacks.",
   "markets: 'attacks' on a currency"),
  ("1998-09-14",
   "Floodwaters covering two-thirds of Bangladesh began to recede slowly on Monday, but officials warned that "
   "millions of people still faced shortages of food and clean water.",
   "natural disaster; 'warned' about conditions, not a threat"),
  ("1988-08-17",
   "A Pakistani military plane carrying President Mohammad Zia ul-Haq crashed shortly after take-off from Bahawalpur "
   "on Wednesday, killing everyone on board, and officials gave no cause for the crash.",
   "an air crash with no agent and no attack asserted"),
  ("1994-11-07",
   "Republican candidates were expected to gain seats in both houses of Congress in Tuesday's mid-term elections, "
   "according to opinion polls published on the eve of the vote.",
   "forecast of an election outcome"),
  ("1985-03-11",
   "The Soviet army numbers some five million men under arms, according to Western estimates, making it the largest "
   "standing military force in the world.",
   "a count: standing situation, no act"),
  ("2000-09-05",
   "A government spokesman denied reports that the army had shelled villages near the border, saying troops had "
   "remained in their barracks throughout the weekend.",
   "denied act and a negated one (brief: denials are no-event records here)"),
  ("1995-03-14",
   "Foreign ministers of the two countries are scheduled to meet in Geneva next month to prepare for a summit that "
   "has been postponed twice, diplomats said.",
   "planned meeting, not yet held"),
]
for d, t, why in NONE:
    RECS.append({"category": "NONE", "region": None, "date": d, "text": t, "events": [], "why": why})


def main():
    out = []
    for i, r in enumerate(RECS, 1):
        rec = {"id": "sa%03d" % i, "set": "sents1", "category": r["category"], "split": "dev", "date": r["date"],
               "text": r["text"], "no_event": not r["events"],
               "events": [{k: v for k, v in e.items() if k != "note"} for e in r["events"]]}
        out.append(rec)
    with open(os.path.join(HERE, "records.jsonl"), "w") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records" % len(out))


if __name__ == "__main__":
    main()
