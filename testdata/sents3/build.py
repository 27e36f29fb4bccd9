#!/usr/bin/env python3
"""Build testdata/sents3/records.jsonl: a blind sentence set in the PLOVER gold-record format.

Every record is one sentence written for this set, retelling a real public event of 1985-2008 in new
words. Each event tuple is (source_country, source_sector, target_country, target_sector, plover, cameo,
note); the note says who the actors are. Region is kept here only (for README counts), not in the
records. Run: python3 build.py  (stdlib only).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

AF, ME, AS, SA, EU, AM, PA = ("Africa", "Middle East", "Asia", "South Asia", "Europe/Eurasia",
                              "Americas", "Pacific")


def ev(sc, ss, tc, ts, plover, cameo, note):
    return (sc, ss, tc, ts, plover, cameo, note)


# (region, date, category, text, [events])
R = [
    # ---------------- AGREE ----------------
    (ME, "1988-07-18", "AGREE",
     "Iran told U.N. Secretary-General Javier Perez de Cuellar on Monday that it accepted Security Council "
     "Resolution 598, which calls for a ceasefire in its nearly eight-year war with Iraq.",
     [ev("IRN", "", "UNO", "IGO", "AGREE", "0356", "Iran (state) accepts UN ceasefire resolution; told the UN chief")]),
    (AF, "2003-12-19", "AGREE",
     "Libya has agreed with Britain and the United States to abandon its programmes for weapons of mass "
     "destruction and to let international inspectors into the country, officials in London said on Friday.",
     [ev("LBY", "", "GBR", "", "AGREE", "030", "Libya agrees with Britain"),
      ev("LBY", "", "USA", "", "AGREE", "030", "Libya agrees with the United States")]),
    (AS, "2007-02-13", "AGREE",
     "North Korea agreed on Tuesday to shut down its main nuclear reactor at Yongbyon within 60 days in return "
     "for fuel oil, under a deal struck at six-nation talks in Beijing.",
     [ev("PRK", "", None, "", "AGREE", "030", "North Korea commits to shut reactor; partners not named one by one")]),
    (AM, "1994-09-18", "AGREE",
     "Haiti's military rulers agreed on Sunday to step down by Oct. 15 and let American troops land unopposed, "
     "averting a U.S. invasion hours before it was due to begin.",
     [ev("HTI", "MIL", "USA", "", "AGREE", "0341", "Haitian junta (Cedras) agrees to leave power; US the other party; invasion averted = no event")]),
    (AF, "2000-06-18", "AGREE",
     "Ethiopia and Eritrea agreed in Algiers on Sunday to an immediate cessation of hostilities in their "
     "two-year border war, which has killed tens of thousands of soldiers.",
     [ev("ETH", "", "ERI", "", "AGREE", "0356", "joint agreement, Ethiopia first"),
      ev("ERI", "", "ETH", "", "AGREE", "0356", "joint agreement, reverse direction")]),
    (ME, "2003-10-21", "AGREE",
     "Iran promised the visiting foreign ministers of Britain, France and Germany on Tuesday that it would "
     "suspend uranium enrichment and accept tougher U.N. inspections of its nuclear sites.",
     [ev("IRN", "", "GBR", "GOV", "AGREE", "030", "Iran promises Jack Straw (UK foreign minister)"),
      ev("IRN", "", "FRA", "GOV", "AGREE", "030", "Iran promises Dominique de Villepin (French FM)"),
      ev("IRN", "", "DEU", "GOV", "AGREE", "030", "Iran promises Joschka Fischer (German FM)")]),
    (ME, "1991-04-06", "AGREE",
     "Iraq's National Assembly voted on Saturday to accept the U.N. Security Council's terms for a permanent "
     "ceasefire in the Gulf war, clearing the way for allied troops to leave southern Iraq.",
     [ev("IRQ", "LEG", "UNO", "IGO", "AGREE", "030", "Iraqi parliament accepts UNSC resolution 687; troop departure is future")]),
    (PA, "2003-06-30", "AGREE",
     "Pacific Islands Forum foreign ministers meeting in Sydney agreed on Monday to send an Australian-led "
     "force of troops and police to restore law and order in the Solomon Islands.",
     [ev(None, "IGO", "SLB", "", "AGREE", "0334", "Pacific Islands Forum (IGO, no country) commits peacekeepers to Solomon Islands")]),
    (SA, "2005-02-16", "AGREE",
     "India and Pakistan agreed on Wednesday to start a bus service across the ceasefire line dividing Kashmir, "
     "the first link between the two parts of the region in nearly six decades.",
     [ev("IND", "", "PAK", "", "AGREE", "030", "joint agreement, India first"),
      ev("PAK", "", "IND", "", "AGREE", "030", "joint agreement, reverse")]),
    (AM, "1995-02-17", "AGREE",
     "Peru and Ecuador agreed in Brasilia on Friday to a ceasefire and a separation of their forces in the "
     "disputed Cordillera del Condor, where fighting broke out last month.",
     [ev("PER", "", "ECU", "", "AGREE", "0356", "joint agreement (Itamaraty declaration), Peru first"),
      ev("ECU", "", "PER", "", "AGREE", "0356", "reverse direction; 'fighting broke out' is undated background with no agent")]),

    # ---------------- ASSAULT ----------------
    (AF, "1998-08-07", "ASSAULT",
     "Truck bombs exploded almost simultaneously outside the U.S. embassies in Nairobi and Dar es Salaam on "
     "Friday, killing more than 200 people and wounding thousands.",
     [ev(None, "", "USA", "", "ASSAULT", "183", "unnamed bombers; US embassies as premises = USA, sector empty")]),
    (EU, "2004-09-01", "ASSAULT",
     "Heavily armed Chechen separatists seized a school in the southern Russian town of Beslan on Wednesday, "
     "taking hundreds of children, parents and teachers hostage on the first day of classes.",
     [ev("RUS", "REB", "RUS", "CVL", "ASSAULT", "181", "Chechen rebels take civilians hostage")]),
    (SA, "2001-12-13", "ASSAULT",
     "Five gunmen stormed the Indian parliament complex in New Delhi on Thursday, killing several security "
     "guards before they were shot dead, as hundreds of lawmakers sheltered inside.",
     [ev(None, "", "IND", "LEG", "ASSAULT", "180", "unnamed gunmen attack parliament"),
      ev("IND", "COP", None, "", "ASSAULT", "190", "agentless passive: security forces shoot the gunmen dead")]),
    (AS, "1989-06-04", "ASSAULT",
     "Chinese troops opened fire on crowds around Tiananmen Square early on Sunday as tanks crushed the "
     "seven-week student-led democracy movement in Beijing, witnesses said.",
     [ev("CHN", "MIL", "CHN", "CVL", "ASSAULT", "175", "army fires on protesters (violent repression)")]),
    (ME, "2006-07-12", "ASSAULT",
     "Hezbollah guerrillas captured two Israeli soldiers and killed three others in a raid across the border "
     "on Wednesday, and Israel answered with air strikes on bridges and roads in southern Lebanon.",
     [ev("LBN", "REB", "ISR", "MIL", "ASSAULT", "181", "Hezbollah abducts soldiers"),
      ev("LBN", "REB", "ISR", "MIL", "ASSAULT", "190", "Hezbollah raid kills soldiers"),
      ev("ISR", "", "LBN", "", "ASSAULT", "195", "Israel air strikes on Lebanon")]),
    (AF, "1994-04-06", "ASSAULT",
     "A plane carrying the presidents of Rwanda and Burundi was shot down as it came in to land at Kigali "
     "airport on Wednesday evening, killing both leaders and everyone else on board.",
     [ev(None, "", "RWA", "GOV", "ASSAULT", "186", "unknown attackers kill Habyarimana"),
      ev(None, "", "BDI", "GOV", "ASSAULT", "186", "unknown attackers kill Ntaryamira")]),
    (PA, "1985-07-10", "ASSAULT",
     "Two explosions sank the Greenpeace flagship Rainbow Warrior at its berth in Auckland harbour shortly "
     "before midnight on Wednesday, killing a photographer who was on board, police said.",
     [ev(None, "", None, "NGO", "ASSAULT", "183", "agent unknown in the text; target Greenpeace (NGO)")]),
    (SA, "2007-12-27", "ASSAULT",
     "Former Prime Minister Benazir Bhutto was assassinated on Thursday in a gun and suicide bomb attack as she "
     "left an election rally in Rawalpindi, her party said.",
     [ev(None, "", "PAK", "OPP", "ASSAULT", "186", "unnamed assassin; Bhutto as opposition PPP leader")]),
    (EU, "1999-03-24", "ASSAULT",
     "NATO warplanes and cruise missiles struck military targets across Yugoslavia on Wednesday night in the "
     "first attack on a sovereign European state in the alliance's 50-year history.",
     [ev(None, "IGO", "SRB", "", "ASSAULT", "195", "NATO (no country code) bombs Yugoslavia (SRB)")]),
    (PA, "1988-05-05", "ASSAULT",
     "French troops stormed a cave on the New Caledonian island of Ouvea on Thursday, freeing the gendarmes held "
     "hostage there since April and killing 19 of the Kanak separatists holding them.",
     [ev("FRA", "MIL", "FRA", "REB", "ASSAULT", "190", "French troops attack Kanak separatists (New Caledonia counted as FRA)"),
      ev("FRA", "REB", "FRA", "COP", "ASSAULT", "181", "background: separatists had held gendarmes hostage since April")]),

    # ---------------- REQUEST ----------------
    (ME, "1990-08-02", "REQUEST",
     "The U.N. Security Council demanded on Thursday that Iraq withdraw its forces from Kuwait immediately and "
     "unconditionally, hours after Iraqi troops and tanks poured across the border.",
     [ev("UNO", "IGO", "IRQ", "", "REQUEST", "1056", "UNSC resolution 660 demands withdrawal"),
      ev("IRQ", "MIL", "KWT", "", "ASSAULT", "190", "the invasion, same day")]),
    (SA, "1999-07-04", "REQUEST",
     "President Bill Clinton pressed Pakistani Prime Minister Nawaz Sharif in Washington on Sunday to pull "
     "back the fighters who had seized mountain positions on India's side of the line in Kashmir.",
     [ev("USA", "GOV", "PAK", "GOV", "REQUEST", "1056", "Clinton presses Sharif to withdraw (Kargil)")]),
    (AF, "2004-07-30", "REQUEST",
     "The Security Council gave Sudan 30 days on Friday to disarm the Janjaweed militias accused of "
     "atrocities in Darfur, in a resolution passed with China and Pakistan abstaining.",
     [ev("UNO", "IGO", "SDN", "GOV", "REQUEST", "100", "UNSC resolution 1556 demands disarmament; abstentions not coded")]),
    (AS, "1997-11-21", "REQUEST",
     "South Korea formally asked the International Monetary Fund on Friday for emergency loans to rescue its "
     "battered economy, a humiliating reversal for one of Asia's economic tigers.",
     [ev("KOR", "GOV", None, "IGO", "REQUEST", "1031", "request for economic aid to the IMF (no country code)")]),
    (EU, "2008-02-18", "REQUEST",
     "Serbian President Boris Tadic urged the U.N. Security Council on Monday to declare Kosovo's "
     "proclamation of independence null and void, a day after the province's parliament broke away.",
     [ev("SRB", "GOV", "UNO", "IGO", "REQUEST", "10", "Tadic's appeal to the UNSC; the declaration itself is not a dyadic event")]),
    (AM, "1989-12-24", "REQUEST",
     "Deposed Panamanian strongman Manuel Antonio Noriega sought refuge in the Vatican's embassy in Panama "
     "City on Sunday, four days after U.S. troops invaded to oust him.",
     [ev("PAN", "MIL", "VAT", "", "REQUEST", "100", "Noriega seeks asylum from the Holy See"),
      ev("USA", "MIL", "PAN", "", "ASSAULT", "190", "dated background: US invasion of 20 Dec")]),
    (AM, "1996-12-18", "REQUEST",
     "Tupac Amaru rebels holding hundreds of hostages in the Japanese ambassador's residence in Lima demanded "
     "on Wednesday that the government free some 400 of their jailed comrades.",
     [ev("PER", "REB", "PER", "GOV", "REQUEST", "1053", "MRTA demands prisoner release; the ongoing hostage-holding is a standing situation")]),
    (ME, "2004-09-02", "REQUEST",
     "The U.N. Security Council on Thursday called for all foreign forces to leave Lebanon, in a resolution "
     "aimed squarely at neighbouring Syria and its 15,000 troops there.",
     [ev("UNO", "IGO", "SYR", "", "REQUEST", "1056", "UNSC resolution 1559, target Syria as the text makes explicit")]),
    (AS, "2006-05-24", "REQUEST",
     "East Timor formally asked Australia, New Zealand, Malaysia and Portugal on Wednesday to send troops to "
     "quell fighting between rival factions of its army and police.",
     [ev("TLS", "GOV", "AUS", "", "REQUEST", "1034", "request for peacekeepers"),
      ev("TLS", "GOV", "NZL", "", "REQUEST", "1034", "request for peacekeepers"),
      ev("TLS", "GOV", "MYS", "", "REQUEST", "1034", "request for peacekeepers"),
      ev("TLS", "GOV", "PRT", "", "REQUEST", "1034", "request for peacekeepers")]),

    # ---------------- REJECT ----------------
    (AF, "1985-02-10", "REJECT",
     "Jailed nationalist leader Nelson Mandela rejected an offer by President P.W. Botha to free him if he "
     "renounced violence, in a statement read by his daughter Zindzi at a rally in Soweto on Sunday.",
     [ev("ZAF", "OPP", "ZAF", "GOV", "REJECT", "120", "Mandela (ANC, OPP) rejects Botha's conditional offer")]),
    (ME, "1991-01-09", "REJECT",
     "Iraqi Foreign Minister Tariq Aziz refused to accept a letter from President George Bush to Saddam "
     "Hussein during more than six hours of talks with Secretary of State James Baker in Geneva on Wednesday.",
     [ev("IRQ", "GOV", "USA", "GOV", "REJECT", "120", "Aziz refuses Bush's letter"),
      ev("IRQ", "GOV", "USA", "GOV", "CONSULT", "044", "talks in Geneva (third location), Iraq first"),
      ev("USA", "GOV", "IRQ", "GOV", "CONSULT", "044", "talks, reverse")]),
    (AS, "2005-04-17", "REJECT",
     "Chinese Foreign Minister Li Zhaoxing refused on Sunday to apologise to Japan for a wave of sometimes "
     "violent anti-Japanese protests, saying Beijing had never done anything it needed to apologise for.",
     [ev("CHN", "GOV", "JPN", "", "REJECT", "12", "refusal of the apology Japan demanded")]),
    (SA, "2007-03-09", "REJECT",
     "Chief Justice Iftikhar Mohammed Chaudhry refused to resign when summoned by President Pervez Musharraf on "
     "Friday and was suspended from office hours later, lawyers close to the judge said.",
     [ev("PAK", "JUD", "PAK", "GOV", "REJECT", "12", "Chaudhry refuses Musharraf's demand to resign"),
      ev("PAK", "GOV", "PAK", "JUD", "COERCE", "172", "agentless passive: the government suspends him")]),
    (EU, "1985-10-12", "REJECT",
     "Italy turned down a U.S. request on Saturday to arrest Palestinian guerrilla leader Mohammed Abbas, wanted "
     "by Washington over the hijacking of the cruise ship Achille Lauro.",
     [ev("ITA", "", "USA", "", "REJECT", "12", "Italy rejects US request (the request itself is restated background)")]),
    (AM, "1988-02-25", "REJECT",
     "General Manuel Antonio Noriega refused on Thursday to obey an order from President Eric Arturo Delvalle "
     "dismissing him as commander of Panama's Defense Forces.",
     [ev("PAN", "MIL", "PAN", "GOV", "REJECT", "12", "Noriega defies the president")]),
    (AF, "2006-08-31", "REJECT",
     "Sudan's government swiftly rejected a Security Council resolution passed on Thursday that would send "
     "more than 17,000 U.N. peacekeepers to the war-torn western region of Darfur.",
     [ev("SDN", "GOV", "UNO", "IGO", "REJECT", "12", "Sudan rejects UNSC 1706; the deployment is hypothetical")]),
    (ME, "2006-12-23", "REJECT",
     "Iran rejected a U.N. Security Council demand on Saturday that it halt uranium enrichment, and vowed "
     "to press ahead with its nuclear programme.",
     [ev("IRN", "", "UNO", "IGO", "REJECT", "12", "Iran rejects UNSC 1737 demand; the vow to go on is an intention")]),
    (PA, "1985-02-04", "REJECT",
     "New Zealand refused on Monday to let the U.S. destroyer Buchanan make a port call because Washington "
     "would not say whether the warship was carrying nuclear weapons.",
     [ev("NZL", "GOV", "USA", "", "REJECT", "121", "Lange government rejects military cooperation (port visit)")]),

    # ---------------- PROTEST ----------------
    (AM, "1993-10-11", "PROTEST",
     "Armed civilians loyal to Haiti's army staged a rowdy demonstration on the Port-au-Prince docks on "
     "Monday, preventing a U.S. Navy ship carrying American and Canadian troops from landing.",
     [ev("HTI", "CVL", "USA", "MIL", "PROTEST", "144", "pro-army attaches (CVL) block the USS Harlan County")]),
    (EU, "1989-11-20", "PROTEST",
     "About 200,000 people packed Prague's Wenceslas Square on Monday in the largest demonstration yet "
     "against Czechoslovakia's Communist leadership, chanting for free elections.",
     [ev("CZE", "CVL", "CZE", "GOV", "PROTEST", "141", "demonstrators vs Communist government (Czechoslovakia as CZE)")]),
    (AS, "1987-06-10", "PROTEST",
     "Tens of thousands of students and office workers took to the streets of Seoul and other cities on "
     "Wednesday to demand direct presidential elections from President Chun Doo-hwan's government.",
     [ev("KOR", "CVL", "KOR", "GOV", "PROTEST", "141", "protesters vs Chun government")]),
    (SA, "2006-04-06", "PROTEST",
     "Nepal's seven-party opposition alliance began a four-day general strike on Thursday against King "
     "Gyanendra's direct rule, shutting shops and emptying the streets of Kathmandu.",
     [ev("NPL", "OPP", "NPL", "GOV", "PROTEST", "143", "general strike by opposition parties vs the king")]),
    (AF, "1989-09-13", "PROTEST",
     "Some 30,000 people led by Archbishop Desmond Tutu marched through central Cape Town on Wednesday in the "
     "biggest anti-apartheid protest for decades, and police made no attempt to stop them.",
     [ev("ZAF", "CVL", "ZAF", "GOV", "PROTEST", "141", "march vs apartheid government; police non-action is negated")]),
    (ME, "2005-03-14", "PROTEST",
     "Hundreds of thousands of Lebanese rallied in Beirut's Martyrs Square on Monday to demand that Syria pull "
     "out its troops, a month to the day after the assassination of former Prime Minister Rafik Hariri.",
     [ev("LBN", "CVL", "SYR", "", "PROTEST", "141", "rally against Syrian presence"),
      ev(None, "", "LBN", "GOV", "ASSAULT", "186", "dated background: unnamed assassins kill Hariri on 14 Feb")]),
    (AS, "2007-09-24", "PROTEST",
     "Tens of thousands of Buddhist monks and civilians marched through Yangon on Monday in the largest "
     "protests against Myanmar's military rulers in nearly two decades.",
     [ev("MMR", "CVL", "MMR", "GOV", "PROTEST", "141", "monks (REL/CVL) and civilians vs junta")]),
    (AM, "2002-04-11", "PROTEST",
     "Hundreds of thousands of opposition supporters marched on the Miraflores presidential palace in Caracas "
     "on Thursday to demand the resignation of President Hugo Chavez.",
     [ev("VEN", "OPP", "VEN", "GOV", "PROTEST", "141", "opposition march vs Chavez")]),
    (PA, "2006-11-16", "PROTEST",
     "Pro-democracy rioters set fire to government offices and shops in Tonga's capital Nuku'alofa on "
     "Thursday after parliament adjourned for the year without voting on political reform.",
     [ev("TON", "CVL", "TON", "GOV", "PROTEST", "145", "violent protest/riot vs government")]),

    # ---------------- THREATEN ----------------
    (ME, "1990-11-29", "THREATEN",
     "The Security Council on Thursday authorised the use of 'all necessary means' to drive Iraq out of "
     "Kuwait unless it withdrew its troops by Jan. 15.",
     [ev("UNO", "IGO", "IRQ", "", "THREATEN", "138", "UNSC 678 ultimatum backed by force")]),
    (AS, "2005-03-14", "THREATEN",
     "China's parliament passed a law on Monday authorising 'non-peaceful means' against Taiwan if the island "
     "moved toward formal independence, drawing an angry response from Taipei.",
     [ev("CHN", "LEG", "TWN", "", "THREATEN", "138", "anti-secession law; Taipei's response is too vague to code")]),
    (SA, "2002-05-22", "THREATEN",
     "Indian Prime Minister Atal Behari Vajpayee told soldiers near the Line of Control on Wednesday that the "
     "time had come for a decisive battle against militants backed by Pakistan.",
     [ev("IND", "GOV", "PAK", "", "THREATEN", "138", "threat of force aimed at Pakistan-backed militants")]),
    (EU, "1998-10-13", "THREATEN",
     "NATO authorised air strikes against Yugoslavia on Tuesday if President Slobodan Milosevic failed to "
     "pull back his forces from Kosovo within four days.",
     [ev(None, "IGO", "SRB", "GOV", "THREATEN", "138", "NATO activation order vs Milosevic")]),
    (ME, "2003-03-17", "THREATEN",
     "President George W. Bush gave Saddam Hussein and his sons 48 hours to leave Iraq or face a military "
     "attack, in a televised address from the White House on Monday night.",
     [ev("USA", "GOV", "IRQ", "GOV", "THREATEN", "139", "ultimatum")]),
    (AF, "2006-12-12", "THREATEN",
     "Somalia's Islamic Courts gave Ethiopia seven days on Tuesday to pull its troops out of the country or "
     "face attack, raising fears of a regional war.",
     [ev("SOM", "REB", "ETH", "MIL", "THREATEN", "139", "Union of Islamic Courts ultimatum")]),
    (AM, "1994-09-15", "THREATEN",
     "President Bill Clinton told Haiti's military leaders on Thursday that their time was up and that they "
     "must leave now or be forced from power.",
     [ev("USA", "GOV", "HTI", "MIL", "THREATEN", "138", "televised threat of force vs junta")]),
    (AS, "1993-03-12", "THREATEN",
     "North Korea announced on Friday that it would withdraw from the nuclear Non-Proliferation Treaty, "
     "rejecting demands for special inspections of two suspected nuclear waste sites.",
     [ev("PRK", "", None, "", "THREATEN", "13", "announced withdrawal (future) as in PLOVER's own examples; no target named"),
      ev("PRK", "", None, "IGO", "REJECT", "12", "rejects IAEA demand for inspections (IAEA implied)")]),

    # ---------------- ACCUSE ----------------
    (ME, "2002-01-29", "ACCUSE",
     "President George W. Bush accused Iran, Iraq and North Korea on Tuesday of forming an 'axis of evil' "
     "that was arming to threaten the peace of the world.",
     [ev("USA", "GOV", "IRN", "", "ACCUSE", "112", "accusation"),
      ev("USA", "GOV", "IRQ", "", "ACCUSE", "112", "accusation"),
      ev("USA", "GOV", "PRK", "", "ACCUSE", "112", "accusation")]),
    (ME, "1988-07-03", "ACCUSE",
     "Iran accused the United States of a 'barbaric massacre' on Sunday after a U.S. warship shot down an "
     "Iranian airliner over the Gulf, killing all 290 people on board.",
     [ev("IRN", "", "USA", "", "ACCUSE", "112", "accusation"),
      ev("USA", "MIL", "IRN", "CVL", "ASSAULT", "190", "USS Vincennes shoots down Iran Air 655")]),
    (AF, "1998-10-29", "ACCUSE",
     "South Africa's Truth and Reconciliation Commission found the former apartheid state guilty of gross "
     "human rights violations on Thursday, but also blamed the African National Congress for abuses.",
     [ev("ZAF", "GOV", "ZAF", "GOV", "ACCUSE", "1122", "TRC (state commission) accuses the apartheid state"),
      ev("ZAF", "GOV", "ZAF", "PTY", "ACCUSE", "1122", "TRC accuses the ANC (party)")]),
    (AS, "2001-04-01", "ACCUSE",
     "China blamed the United States on Sunday for a mid-air collision between a U.S. Navy spy plane and a "
     "Chinese fighter jet over the South China Sea.",
     [ev("CHN", "GOV", "USA", "", "ACCUSE", "112", "blame for collision")]),
    (SA, "1999-05-26", "ACCUSE",
     "Indian jets struck infiltrators holding mountain ridges on India's side of the Kashmir ceasefire line on "
     "Wednesday, and New Delhi accused Pakistan of sending regular troops among them.",
     [ev("IND", "MIL", "PAK", "REB", "ASSAULT", "195", "air strikes on the infiltrators (Pakistan-based fighters)"),
      ev("IND", "GOV", "PAK", "", "ACCUSE", "112", "accusation")]),
    (EU, "2006-11-24", "ACCUSE",
     "A statement dictated by former KGB officer Alexander Litvinenko before his death, read out in London on "
     "Friday, accused President Vladimir Putin of responsibility for his poisoning.",
     [ev("RUS", "OPP", "RUS", "GOV", "ACCUSE", "112", "exiled dissident (OPP) accuses Putin")]),
    (EU, "1995-07-25", "ACCUSE",
     "The U.N. war crimes tribunal in The Hague indicted Bosnian Serb leader Radovan Karadzic and his military "
     "commander, General Ratko Mladic, on Tuesday for genocide and crimes against humanity.",
     [ev("UNO", "JUD", "BIH", "GOV", "ACCUSE", "115", "ICTY indicts Karadzic"),
      ev("UNO", "JUD", "BIH", "MIL", "ACCUSE", "115", "ICTY indicts Mladic")]),
    (AM, "2006-09-20", "ACCUSE",
     "Venezuelan President Hugo Chavez called President George W. Bush 'the devil' in a speech to the U.N. "
     "General Assembly on Wednesday, accusing him of acting like the owner of the world.",
     [ev("VEN", "GOV", "USA", "GOV", "ACCUSE", "111", "denunciation")]),
    (PA, "1995-09-05", "ACCUSE",
     "Australia and New Zealand condemned France on Tuesday for setting off a nuclear device beneath Mururoa "
     "atoll, the first of a new series of tests in the South Pacific.",
     [ev("AUS", "", "FRA", "", "ACCUSE", "111", "condemnation"),
      ev("NZL", "", "FRA", "", "ACCUSE", "111", "condemnation")]),

    # ---------------- COERCE ----------------
    (EU, "1998-10-16", "COERCE",
     "British police arrested former Chilean dictator Augusto Pinochet at a London clinic on Friday, acting on "
     "a warrant from a Spanish judge who wants him extradited on charges of genocide and terrorism.",
     [ev("GBR", "COP", "CHL", "GOV", "COERCE", "173", "arrest of Pinochet (former head of state)")]),
    (PA, "1987-05-14", "COERCE",
     "Lieutenant-Colonel Sitiveni Rabuka led masked soldiers into Fiji's parliament on Thursday and took "
     "Prime Minister Timoci Bavadra and his cabinet into custody in the country's first coup.",
     [ev("FJI", "MIL", "FJI", "GOV", "COERCE", "173", "coup: detention of PM and cabinet")]),
    (AS, "1989-07-20", "COERCE",
     "Burma's military government placed opposition leader Aung San Suu Kyi under house arrest on Thursday, "
     "accusing her of stirring up unrest against the army.",
     [ev("MMR", "GOV", "MMR", "OPP", "COERCE", "173", "house arrest"),
      ev("MMR", "GOV", "MMR", "OPP", "ACCUSE", "112", "participle: accusation")]),
    (ME, "2000-04-24", "COERCE",
     "Iran's hardline judiciary shut down a string of reformist newspapers and magazines on Monday, accusing "
     "them of insulting Islam and undermining the Islamic republic.",
     [ev("IRN", "JUD", "IRN", "MED", "COERCE", "172", "press bans"),
      ev("IRN", "JUD", "IRN", "MED", "ACCUSE", "112", "participle: accusation")]),
    (AF, "2005-11-01", "COERCE",
     "Ethiopian police arrested several leaders of the main opposition Coalition for Unity and Democracy on "
     "Tuesday as protests over May's disputed election spread through Addis Ababa.",
     [ev("ETH", "COP", "ETH", "OPP", "COERCE", "173", "arrests; 'protests spread' too vague for a dyad")]),
    (AM, "1992-04-05", "COERCE",
     "Peruvian President Alberto Fujimori dissolved Congress and suspended parts of the constitution on Sunday "
     "night, and troops with tanks surrounded the legislature in central Lima.",
     [ev("PER", "GOV", "PER", "LEG", "COERCE", "1724", "self-coup: declared takeover"),
      ev("PER", "MIL", "PER", "LEG", "COERCE", "17", "troops surround Congress (coercive, no violence)")]),
    (SA, "1999-10-12", "COERCE",
     "Pakistan's army seized power on Tuesday, hours after Prime Minister Nawaz Sharif announced he had "
     "dismissed the army chief, General Pervez Musharraf.",
     [ev("PAK", "MIL", "PAK", "GOV", "COERCE", "1724", "coup"),
      ev("PAK", "GOV", "PAK", "MIL", "COERCE", "17", "Sharif dismisses Musharraf (same day)")]),

    # ---------------- CONSULT ----------------
    (AS, "2000-06-13", "CONSULT",
     "South Korean President Kim Dae-jung arrived in Pyongyang on Tuesday for the first summit of the divided "
     "peninsula's leaders and was greeted at the airport by North Korean leader Kim Jong-il.",
     [ev("KOR", "GOV", "PRK", "GOV", "CONSULT", "042", "visit"),
      ev("PRK", "GOV", "KOR", "GOV", "CONSULT", "043", "host")]),
    (EU, "1985-11-19", "CONSULT",
     "President Ronald Reagan and Soviet leader Mikhail Gorbachev met for more than five hours in Geneva on "
     "Tuesday, the first day of the first superpower summit in six years.",
     [ev("USA", "GOV", "RUS", "GOV", "CONSULT", "044", "meeting at third location; USSR coded RUS"),
      ev("RUS", "GOV", "USA", "GOV", "CONSULT", "044", "reverse")]),
    (AF, "1989-12-13", "CONSULT",
     "President F.W. de Klerk held talks with jailed African National Congress leader Nelson Mandela at his "
     "Cape Town office on Wednesday, their first meeting, the government announced.",
     [ev("ZAF", "GOV", "ZAF", "OPP", "CONSULT", "040", "meeting"),
      ev("ZAF", "OPP", "ZAF", "GOV", "CONSULT", "040", "reverse")]),
    (SA, "1999-02-20", "CONSULT",
     "Indian Prime Minister Atal Behari Vajpayee rode a bus across the border to Lahore on Saturday, where "
     "Pakistani Prime Minister Nawaz Sharif welcomed him for two days of talks.",
     [ev("IND", "GOV", "PAK", "GOV", "CONSULT", "042", "visit"),
      ev("PAK", "GOV", "IND", "GOV", "CONSULT", "043", "host")]),
    (ME, "2000-07-11", "CONSULT",
     "President Bill Clinton opened a Middle East summit at Camp David on Tuesday with Israeli Prime Minister "
     "Ehud Barak and Palestinian leader Yasser Arafat, urging both to seize the moment.",
     [ev("USA", "GOV", "ISR", "GOV", "CONSULT", "043", "host/summit with Barak"),
      ev("USA", "GOV", "PSE", "GOV", "CONSULT", "043", "host/summit with Arafat")]),
    (AM, "1998-01-21", "CONSULT",
     "Pope John Paul II arrived in Havana on Wednesday for his first visit to Communist-ruled Cuba and was "
     "welcomed at the airport by President Fidel Castro.",
     [ev("VAT", "", "CUB", "", "CONSULT", "042", "papal visit (Holy See)"),
      ev("CUB", "GOV", "VAT", "", "CONSULT", "043", "Castro hosts")]),

    # ---------------- SUPPORT ----------------
    (ME, "1993-09-13", "SUPPORT",
     "Israeli Foreign Minister Shimon Peres and PLO official Mahmoud Abbas signed a declaration of principles "
     "on Palestinian self-rule at the White House on Monday as Yitzhak Rabin and Yasser Arafat looked on.",
     [ev("ISR", "GOV", "PSE", "GOV", "SUPPORT", "057", "signing, Israel first; PLO coded PSE/GOV"),
      ev("PSE", "GOV", "ISR", "GOV", "SUPPORT", "057", "reverse")]),
    (AS, "1992-08-24", "SUPPORT",
     "China and South Korea established full diplomatic relations on Monday, ending four decades of hostility "
     "and dealing a blow to Beijing's old ally in Pyongyang.",
     [ev("CHN", "", "KOR", "", "SUPPORT", "054", "recognition, China first"),
      ev("KOR", "", "CHN", "", "SUPPORT", "054", "reverse")]),
    (AF, "2008-02-28", "SUPPORT",
     "President Mwai Kibaki and opposition leader Raila Odinga signed a power-sharing deal in Nairobi on "
     "Thursday to end weeks of bloodshed that followed Kenya's disputed election.",
     [ev("KEN", "GOV", "KEN", "OPP", "SUPPORT", "057", "signing, Kibaki first"),
      ev("KEN", "OPP", "KEN", "GOV", "SUPPORT", "057", "reverse")]),
    (EU, "1992-01-15", "SUPPORT",
     "The European Community recognised Slovenia and Croatia as independent states on Wednesday, despite "
     "warnings from the United Nations that the move could spread war to Bosnia.",
     [ev("EUR", "IGO", "SVN", "", "SUPPORT", "054", "EC recognises Slovenia"),
      ev("EUR", "IGO", "HRV", "", "SUPPORT", "054", "EC recognises Croatia")]),
    (AM, "1992-01-16", "SUPPORT",
     "El Salvador's government and the leftist Farabundo Marti National Liberation Front rebels signed a peace "
     "treaty in Mexico City on Thursday, ending 12 years of civil war.",
     [ev("SLV", "GOV", "SLV", "REB", "SUPPORT", "057", "Chapultepec accords, government first"),
      ev("SLV", "REB", "SLV", "GOV", "SUPPORT", "057", "reverse")]),
    (SA, "1996-12-12", "SUPPORT",
     "Prime Ministers H.D. Deve Gowda of India and Sheikh Hasina of Bangladesh signed a 30-year treaty on "
     "sharing the waters of the Ganges in New Delhi on Thursday.",
     [ev("IND", "GOV", "BGD", "GOV", "SUPPORT", "057", "signing"),
      ev("BGD", "GOV", "IND", "GOV", "SUPPORT", "057", "reverse")]),

    # ---------------- SANCTION ----------------
    (AM, "2008-03-03", "SANCTION",
     "Ecuador broke off diplomatic relations with Colombia on Monday, two days after Colombian troops raided a "
     "FARC rebel camp inside Ecuadorean territory and killed a top guerrilla commander.",
     [ev("ECU", "GOV", "COL", "", "SANCTION", "161", "break relations"),
      ev("COL", "MIL", "COL", "REB", "ASSAULT", "190", "dated background: raid on FARC (Reyes) on 1 March")]),
    (AF, "1995-11-11", "SANCTION",
     "Commonwealth leaders suspended Nigeria on Saturday, a day after its military government hanged the writer "
     "Ken Saro-Wiwa and eight other Ogoni activists despite appeals for clemency.",
     [ev(None, "IGO", "NGA", "GOV", "SANCTION", "160", "Commonwealth (no country code) suspends Nigeria"),
      ev("NGA", "GOV", "NGA", "CVL", "ASSAULT", "18", "dated background: executions of activists")]),
    (SA, "1998-05-13", "SANCTION",
     "President Bill Clinton imposed sanctions on India on Wednesday, cutting off most U.S. aid, after New "
     "Delhi carried out two more underground nuclear tests in defiance of world opinion.",
     [ev("USA", "GOV", "IND", "", "SANCTION", "1621", "aid cut / sanctions; the tests have no target")]),
    (EU, "2006-01-01", "SANCTION",
     "Russia's state-controlled gas monopoly Gazprom cut off supplies to Ukraine on Sunday after the two sides "
     "failed to agree on a fourfold rise in the price.",
     [ev("RUS", "BUS", "UKR", "", "SANCTION", "160", "supply cutoff (163 in plain CAMEO; 160 keeps it under SANCTION in the mapping)")]),
    (ME, "2000-11-21", "SANCTION",
     "Egypt recalled its ambassador from Israel on Tuesday in protest at Israeli air strikes on the Gaza Strip "
     "that followed a bomb attack on a school bus carrying settler children.",
     [ev("EGY", "GOV", "ISR", "", "SANCTION", "161", "recall of own envoy"),
      ev("ISR", "", "PSE", "", "ASSAULT", "195", "Israeli air strikes on Gaza (Gaza as PSE)"),
      ev(None, "", "ISR", "CVL", "ASSAULT", "183", "bombing of the settlers' school bus, unnamed bombers")]),
    (PA, "2006-12-05", "SANCTION",
     "Australia and New Zealand suspended defence ties with Fiji on Tuesday, hours after military commander "
     "Frank Bainimarama seized power from the elected government of Laisenia Qarase.",
     [ev("AUS", "GOV", "FJI", "", "SANCTION", "160", "suspension of defence cooperation"),
      ev("NZL", "GOV", "FJI", "", "SANCTION", "160", "suspension of defence cooperation"),
      ev("FJI", "MIL", "FJI", "GOV", "COERCE", "1724", "same-day background: the coup")]),

    # ---------------- RETREAT ----------------
    (AF, "1990-02-11", "RETREAT",
     "Nelson Mandela walked free from Victor Verster prison near Cape Town on Sunday after 27 years behind "
     "bars, freed by the government of President F.W. de Klerk.",
     [ev("ZAF", "GOV", "ZAF", "OPP", "RETREAT", "0841", "release of a prisoner")]),
    (AS, "1989-02-15", "RETREAT",
     "The last Soviet soldiers crossed the bridge over the Amu Darya river out of Afghanistan on Wednesday, "
     "completing the Red Army's withdrawal after more than nine years of war.",
     [ev("RUS", "MIL", "AFG", "", "RETREAT", "087", "military withdrawal; USSR coded RUS")]),
    (EU, "2005-07-28", "RETREAT",
     "The Irish Republican Army formally ordered an end to its armed campaign on Thursday and told its units "
     "to dump their arms, in a statement welcomed by Prime Minister Tony Blair.",
     [ev("GBR", "REB", "GBR", "GOV", "RETREAT", "087", "IRA de-escalation"),
      ev("GBR", "GOV", "GBR", "REB", "SUPPORT", "051", "Blair welcomes the statement")]),
    (ME, "2000-05-24", "RETREAT",
     "Israel completed its withdrawal from southern Lebanon before dawn on Wednesday, ending 22 years of "
     "occupation as Hezbollah guerrillas moved into abandoned positions.",
     [ev("ISR", "MIL", "LBN", "", "RETREAT", "087", "withdrawal; Hezbollah moving in is not coded")]),
    (AS, "1989-09-26", "RETREAT",
     "Vietnam said it pulled its last troops out of Cambodia on Tuesday, ending nearly 11 years of "
     "occupation, but the Khmer Rouge dismissed the withdrawal as a sham.",
     [ev("VNM", "MIL", "KHM", "", "RETREAT", "087", "withdrawal"),
      ev("KHM", "REB", "VNM", "", "ACCUSE", "111", "Khmer Rouge denounce the pullout")]),

    # ---------------- CONCEDE ----------------
    (EU, "1990-07-16", "CONCEDE",
     "Soviet President Mikhail Gorbachev dropped his objections on Monday to a united Germany's membership of "
     "NATO, in a breakthrough announced with Chancellor Helmut Kohl in the Caucasus.",
     [ev("RUS", "GOV", "DEU", "GOV", "CONCEDE", "080", "yielding; USSR coded RUS")]),
    (AM, "2001-12-20", "CONCEDE",
     "Argentine President Fernando de la Rua resigned on Thursday after two days of rioting and looting over "
     "the economic crisis in which more than 20 people were killed.",
     [ev("ARG", "GOV", "ARG", "CVL", "CONCEDE", "0831", "resignation under protest pressure; protesters as implied target"),
      ev("ARG", "CVL", "ARG", "GOV", "PROTEST", "145", "dated background riots")]),
    (EU, "1989-11-09", "CONCEDE",
     "East Germany opened its borders, including the Berlin Wall, on Thursday night, letting its citizens "
     "travel freely to the West for the first time in 28 years.",
     [ev("DEU", "GOV", "DEU", "CVL", "CONCEDE", "081", "easing restrictions; East Germany coded DEU")]),
    (AF, "1990-02-02", "CONCEDE",
     "President F.W. de Klerk lifted the 30-year ban on the African National Congress on Friday in a speech to "
     "parliament, and promised to free Nelson Mandela soon.",
     [ev("ZAF", "GOV", "ZAF", "PTY", "CONCEDE", "0812", "unbanning a party"),
      ev("ZAF", "GOV", "ZAF", "OPP", "AGREE", "0353", "promise to release Mandela")]),

    # ---------------- COOPERATE ----------------
    (EU, "2001-06-28", "COOPERATE",
     "Serbian authorities handed former Yugoslav President Slobodan Milosevic over to the U.N. war crimes "
     "tribunal on Thursday, flying him to The Hague by helicopter and plane.",
     [ev("SRB", "GOV", "UNO", "JUD", "COOPERATE", "063", "judicial cooperation (extradition)")]),
    (SA, "2002-03-28", "COOPERATE",
     "Pakistani police working alongside FBI agents captured senior al Qaeda operative Abu Zubaydah in a "
     "raid on a house in Faisalabad, U.S. officials said.",
     [ev("PAK", "COP", "USA", "COP", "COOPERATE", "064", "joint operation, Pakistan first"),
      ev("USA", "COP", "PAK", "COP", "COOPERATE", "064", "reverse"),
      ev("PAK", "COP", None, "REB", "COERCE", "173", "capture of al Qaeda operative (no country)")]),
    (AF, "2006-03-29", "COOPERATE",
     "Nigeria handed former Liberian President Charles Taylor over to Liberia on Wednesday, hours after Nigerian "
     "police caught him near the border with Cameroon.",
     [ev("NGA", "GOV", "LBR", "GOV", "COOPERATE", "063", "handover"),
      ev("NGA", "COP", "LBR", "GOV", "COERCE", "173", "arrest of Taylor (former head of state)")]),
    (AM, "2007-01-19", "COOPERATE",
     "Mexico extradited 15 suspected drug traffickers to the United States on Friday, among them alleged Gulf "
     "cartel leader Osiel Cardenas.",
     [ev("MEX", "GOV", "USA", "", "COOPERATE", "063", "extradition")]),

    # ---------------- AID ----------------
    (PA, "2003-07-24", "AID",
     "The first Australian-led troops and police of a regional intervention force landed in Honiara on "
     "Thursday to restore order in the strife-torn Solomon Islands.",
     [ev("AUS", "MIL", "SLB", "", "AID", "074", "peacekeeping/intervention force (RAMSI)")]),
    (AS, "2005-01-01", "AID",
     "U.S. Navy helicopters from the carrier Abraham Lincoln began ferrying food and water on Saturday to "
     "tsunami survivors along the devastated coast of Indonesia's Aceh province.",
     [ev("USA", "MIL", "IDN", "CVL", "AID", "073", "humanitarian aid")]),
    (AF, "1992-12-09", "AID",
     "U.S. Marines came ashore in Mogadishu before dawn on Wednesday to secure the port and airport so that "
     "food could reach starving Somalis.",
     [ev("USA", "MIL", "SOM", "", "AID", "074", "military protection for relief (Restore Hope)")]),
    (ME, "1991-04-07", "AID",
     "U.S. transport planes dropped food, blankets and tents on Sunday to Kurdish refugees huddled in the "
     "mountains of northern Iraq along the Turkish border.",
     [ev("USA", "MIL", "IRQ", "CVL", "AID", "073", "airdrop to Iraqi Kurds")]),

    # ---------------- MOBILIZE ----------------
    (AM, "2008-03-02", "MOBILIZE",
     "Venezuelan President Hugo Chavez ordered ten battalions to the Colombian border on Sunday and warned "
     "that any Colombian incursion into Venezuela would be a cause for war.",
     [ev("VEN", "GOV", "COL", "", "MOBILIZE", "150", "troops to border"),
      ev("VEN", "GOV", "COL", "", "THREATEN", "138", "conditional threat of war")]),
    (ME, "1990-08-07", "MOBILIZE",
     "President George Bush ordered U.S. warplanes and paratroopers to Saudi Arabia on Tuesday to defend the "
     "kingdom against a possible attack by Iraqi forces massed in Kuwait.",
     [ev("USA", "GOV", "SAU", "", "MOBILIZE", "150", "deployment; target = where the forces go, as in PLOVER's own example")]),
    (AS, "1996-03-08", "MOBILIZE",
     "China fired unarmed missiles into waters off Taiwan's two main ports on Friday, in exercises that Taipei "
     "said were meant to intimidate voters before the island's first direct presidential election.",
     [ev("CHN", "MIL", "TWN", "", "MOBILIZE", "150", "military show of force"),
      ev("TWN", "GOV", "CHN", "", "ACCUSE", "112", "Taipei's charge of intimidation")]),
    (ME, "1994-10-07", "MOBILIZE",
     "Iraq has moved tens of thousands of troops, including Republican Guard divisions, toward its border "
     "with Kuwait, U.S. officials said on Friday.",
     [ev("IRQ", "MIL", "KWT", "", "MOBILIZE", "150", "troop build-up")]),

    # ---------------- NONE ----------------
    (EU, "1994-09-28", "NONE",
     "The ferry Estonia sank in a storm in the Baltic Sea early on Wednesday on its way from Tallinn to "
     "Stockholm, and more than 850 people were feared dead.", []),
    (SA, "2001-01-26", "NONE",
     "A powerful earthquake struck the western Indian state of Gujarat on Friday as the country celebrated "
     "Republic Day, flattening buildings and killing thousands of people.", []),
    (AS, "1991-06-15", "NONE",
     "Mount Pinatubo erupted on Saturday in the biggest blast of the volcano's reawakening, blanketing "
     "central Luzon in ash as a typhoon swept across the Philippines.", []),
    (AF, "1995-06-24", "NONE",
     "South Africa won the Rugby World Cup on Saturday, beating New Zealand 15-12 in extra time at Ellis Park "
     "as President Nelson Mandela looked on in a Springbok jersey.", []),
    (AM, "1998-10-30", "NONE",
     "Hurricane Mitch has killed thousands of people in Honduras and Nicaragua, washing away roads, bridges and "
     "entire villages, relief officials said on Friday.", []),
    (ME, "1998-10-05", "NONE",
     "Turkish officials insisted on Monday that their troops massed along the Syrian frontier had not crossed "
     "into Syria and that no order to attack had been given.", []),
    (AS, "1999-08-30", "NONE",
     "Some 450,000 East Timorese were registered to vote on Monday in a U.N.-run ballot on independence from "
     "Indonesia, and U.N. officials reported long queues outside polling stations.", []),
    (ME, "1999-12-16", "NONE",
     "The next round of Israeli-Syrian peace negotiations is scheduled to open in Shepherdstown, West "
     "Virginia, on Jan. 3, U.S. officials said on Thursday.", []),
    (PA, "1998-07-17", "NONE",
     "A tsunami triggered by an undersea earthquake swept over villages on Papua New Guinea's north coast near "
     "Aitape on Friday evening, killing more than 2,000 people.", []),
    (AS, "1996-11-05", "NONE",
     "About 37,000 U.S. troops remain stationed in South Korea under a defence treaty signed after the "
     "1950-53 Korean War, which ended in an armistice rather than a peace agreement.", []),
]


def main():
    out = []
    for i, (region, date, cat, text, events) in enumerate(R, 1):
        rec = {"id": "sc%03d" % i, "set": "sents3", "category": cat, "split": "dev", "date": date,
               "text": text, "no_event": not events, "events": []}
        for (sc, ss, tc, ts, plover, cameo, _note) in events:
            rec["events"].append({"source_country": sc, "source_sector": ss, "target_country": tc,
                                  "target_sector": ts, "plover": plover, "cameo": cameo, "mode": "",
                                  "location": None})
        out.append(rec)
    with open(os.path.join(HERE, "records.jsonl"), "w") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("%d records written" % len(out))


if __name__ == "__main__":
    main()
