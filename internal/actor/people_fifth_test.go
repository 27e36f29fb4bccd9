package actor

import "testing"

// TestWhoAuditFifth: the fifth pass of the people audit (people-ministers.txt,
// the roles it added to people already known, and the UN envoys, mission
// heads and heads of bodies of people-bodies.txt), read by full name,
// spelling and surname, in a role, between roles and outside any of them.
func TestWhoAuditFifth(t *testing.T) {
	d := dict(t)
	checkWho(t, d, []whoRow{
		// foreign and defence ministers of 1979-2024
		{"Soviet foreign minister after the coup", "Boris Pankin", "1991-09-15", "RUSGOV", "foreign minister of the Soviet Union"},
		{"Shaposhnikov spelled Yevgeni", "Yevgeni Shaposhnikov", "1991-12-10", "RUSMIL", "defence minister of the Soviet Union, then commander-in-chief of the CIS armed forces"},
		{"Nott during the Falklands war", "John Nott", "1982-04-05", "GBRGOV", "defence secretary"},
		{"Quiles without the accent", "Paul Quiles", "1985-10-01", "FRAGOV", "defence minister"},
		{"Stoltenberg at finance", "Gerhard Stoltenberg", "1985-01-01", "DEUGOV", "finance minister"},
		{"Stoltenberg at defence", "Stoltenberg", "1991-01-20", "DEUGOV", "defence minister"},
		{"Fernandez Ordonez without accents", "Francisco Fernandez Ordonez", "1990-08-10", "ESPGOV", "foreign minister"},
		{"Blaszczak without the accent", "Mariusz Blaszczak", "2022-03-01", "POLGOV", "defence minister"},
		{"Kosiniak-Kamysz by surname", "Kosiniak-Kamysz", "2024-05-01", "POLGOV", "defence minister and deputy prime minister"},
		{"Udovenko spelled Gennady", "Gennady Udovenko", "1995-06-01", "UKRGOV", "foreign minister"},
		{"Belarus defence minister", "Viktor Khrenin", "2022-02-24", "BLRGOV", "defence minister"},
		{"Bakoyannis spelled Bakoyanni", "Dora Bakoyanni", "2007-05-01", "GRCGOV", "foreign minister"},
		{"Vulin at the BIA", "Aleksandar Vulin", "2023-03-01", "SRBSPY", "director of the Security Information Agency (BIA)"},
		{"Vulin at defence", "Vulin", "2018-06-01", "SRBGOV", "defence minister"},
		{"Jeremic at the General Assembly", "Vuk Jeremic", "2013-03-01", "IGOUNO", "president of the UN General Assembly"},
		{"Yazdi in the revolution's first cabinet", "Ibrahim Yazdi", "1979-06-01", "IRNGOV", "foreign minister"},
		{"Chamran at the front", "Mostafa Chamran", "1980-10-01", "IRNMIL", "commander in the war with Iraq, killed"},
		{"Hammadi as premier", "Saadoun Hammadi", "1991-05-01", "IRQGOV", "prime minister"},
		{"Sultan Hashim at the fall of Baghdad", "Sultan Hashem Ahmed", "2003-04-01", "IRQMIL", "defence minister"},
		{"Alhakim by its other spelling", "Mohamed Ali Alhakim", "2019-06-01", "IRQGOV", "foreign minister"},
		{"Weizman at defence", "Ezer Weizman", "1979-03-26", "ISRGOV", "defence minister"},
		{"Khaddam foreign minister", "Abdel Halim Khaddam", "1980-01-01", "SYRGOV", "foreign minister"},
		{"Boutros spelled Butros", "Fuad Butros", "1981-06-01", "LBNGOV", "foreign minister"},
		{"Abdel Meguid with his first name", "Ahmed Esmat Abdel Meguid", "1988-01-01", "EGYGOV", "foreign minister"},
		{"Halefoglu without the breve", "Vahit Halefoglu", "1986-01-01", "TURGOV", "foreign minister"},
		{"Obeidi in Gaddafi's last months", "Abdul Ati al-Obeidi", "2011-05-01", "LBYGOV", "foreign minister of Gaddafi's government"},
		{"Morjane between defence and the foreign ministry", "Kamel Morjane", "2010-06-01", "TUNGOV", "foreign minister"},
		{"Wetangula foreign minister", "Moses Wetangula", "2009-06-01", "KENGOV", "foreign minister"},
		{"Wetangula between offices", "Wetangula", "2015-01-01", "KENLEG", "speaker of the National Assembly"},
		{"Sudan's defence minister in Darfur", "Abdelrahim Mohamed Hussein", "2012-04-15", "SDNGOV", "defence minister"},
		{"Tanai leads his coup as defence minister", "Shahnawaz Tanay", "1990-03-06", "AFGMIL", "defence minister, leader of the failed coup of 6 March 1990 against Najibullah"},
		{"Tanai after his coup", "Shahnawaz Tanai", "1990-06-01", "AFGREB", "leader of the failed coup of March 1990 against Najibullah, then in exile"},
		{"Taliban foreign minister", "Mullah Muttawakil", "2001-09-20", "AFGGOV", "foreign minister of the Taliban government"},
		{"Bismillah Khan at defence", "Bismillah Khan Mohammadi", "2021-07-01", "AFGGOV", "defence minister"},
		{"Rangoon bombing victim", "Lee Bum-suk", "1983-10-09", "KORGOV", "foreign minister, killed in the Rangoon bombing"},
		{"Lho as premier", "Rho Shin-yong", "1986-01-01", "KORGOV", "prime minister"},
		{"North Korean armed forces minister", "Kim Il Chol", "2005-01-01", "PRKMIL", "minister of the People's Armed Forces"},
		{"Hata as foreign minister", "Tsutomu Hata", "1993-10-01", "JPNGOV", "foreign minister and deputy prime minister"},
		{"Narasimha Rao foreign minister", "P.V. Narasimha Rao", "1982-06-01", "INDGOV", "foreign minister"},
		{"Narasimha Rao before office", "Narasimha Rao", "1979-06-01", "IND", "foreign minister"},
		{"Gujral under V. P. Singh", "I.K. Gujral", "1990-06-01", "INDGOV", "foreign minister"},
		{"Mulayam at defence", "Mulayam Singh Yadav", "1997-01-01", "INDGOV", "defence minister"},
		{"Kargil-era foreign minister before office", "Abdul Sattar", "1998-06-01", "PAK", "foreign minister"},
		{"Jilani caretaker", "Jalil Abbas Jillani", "2023-10-01", "PAKGOV", "caretaker foreign minister"},
		{"Athulathmudali in opposition", "Lalith Athulathmudali", "1992-06-01", "LKAOPP", "opposition leader (Democratic United National Front), assassinated"},
		{"Peiris by his initials", "G.L. Peiris", "2012-01-01", "LKAGOV", "foreign minister"},
		{"Momen by surname", "Momen", "2020-01-01", "BGDGOV", "foreign minister"},
		{"de Villa as chief of staff", "Renato de Villa", "1989-12-01", "PHLMIL", "chief of staff of the armed forces"},
		{"Reyes withdrew support from Estrada", "Angelo Reyes", "2001-01-19", "PHLMIL", "chief of staff of the armed forces, who withdrew its support from Estrada"},
		{"Taiwan's defence minister", "Chiu Kuo-cheng", "2022-08-05", "TWNGOV", "defence minister"},
		{"Sepulveda without the accent", "Bernardo Sepulveda", "1985-01-01", "MEXGOV", "foreign minister"},
		{"Rangel vice president", "Jose Vicente Rangel", "2004-08-15", "VENGOV", "vice president"},
		// UN envoys and heads of international bodies
		{"Cordovez at the Geneva talks", "Diego Cordovez", "1987-09-01", "IGOUNO", "UN mediator of the Geneva talks on Afghanistan"},
		{"Stoltenberg at the UNHCR", "Thorvald Stoltenberg", "1990-06-01", "IGOUNO", "UN high commissioner for refugees"},
		{"Stoltenberg in the Balkans", "Thorvald Stoltenberg", "1994-01-01", "IGOUNO", "UN envoy and co-chairman of the peace conference on the former Yugoslavia"},
		{"Lord Owen in the Balkans", "Lord Owen", "1993-01-05", "IGOEUR", "European Union co-chairman of the peace conference on the former Yugoslavia"},
		{"Vance's Balkan mission", "Cyrus Vance", "1992-01-02", "IGOUNO", "UN envoy for Yugoslavia and co-chairman of its peace conference"},
		{"Vance at State", "Cyrus Vance", "1979-11-10", "USAGOV", "secretary of state"},
		{"UNSCOM's Ekeus", "Rolf Ekeus", "1994-10-01", "IGOUNO", "executive chairman of the UN Special Commission on Iraq (UNSCOM)"},
		{"Akashi in Cambodia", "Yasushi Akashi", "1993-05-23", "IGOUNO", "head of the UN Transitional Authority in Cambodia (UNTAC)"},
		{"Roed-Larsen without the o-slash", "Terje Roed-Larsen", "2002-04-15", "IGOUNO", "UN special coordinator for the Middle East peace process"},
		{"Booh-Booh in Kigali", "Jacques-Roger Booh-Booh", "1994-04-10", "IGOUNO", "UN special representative for Rwanda"},
		{"Dallaire by his rank", "General Romeo Dallaire", "1994-04-20", "IGOUNO", "force commander of the UN mission in Rwanda (UNAMIR)"},
		{"Kouchner in Kosovo", "Bernard Kouchner", "2000-03-01", "IGOUNO", "head of the UN mission in Kosovo (UNMIK)"},
		{"Bildt in Sarajevo", "Carl Bildt", "1996-06-01", "IGO", "international High Representative for Bosnia and Herzegovina"},
		{"Ashdown as party leader", "Paddy Ashdown", "1995-01-01", "GBRPTY", "leader of the Liberal Democrats"},
		{"Lord Ashdown in Bosnia", "Lord Ashdown", "2004-06-01", "IGO", "international High Representative for Bosnia and Herzegovina"},
		{"Lajcak without the hacek", "Miroslav Lajcak", "2015-01-01", "SVKGOV", "foreign minister"},
		{"Klibi at the Arab League", "Chadli Klibi", "1985-01-01", "IGO", "secretary-general of the Arab League"},
		{"Ramphal at the Commonwealth", "Sonny Ramphal", "1986-08-01", "IGO", "secretary-general of the Commonwealth"},
		{"ICRC president", "Cornelio Sommaruga", "1992-09-01", "NGO", "president of the International Committee of the Red Cross"},
		{"Del Ponte at the Yugoslavia tribunal", "Carla del Ponte", "2001-06-29", "IGOUNO", "chief prosecutor of the UN war crimes tribunal for the former Yugoslavia"},
		{"Goldstone's Gaza report", "Richard Goldstone", "2009-09-15", "IGOUNO", "head of the UN fact-finding mission on the Gaza conflict"},
		{"Amnesty under Callamard", "Agnes Callamard", "2023-01-01", "NGO", "secretary-general of Amnesty International"},
		{"Callamard as UN rapporteur", "Agnès Callamard", "2019-06-19", "IGOUNO", "UN special rapporteur on extrajudicial executions"},
		{"Annabi before Haiti", "Hedi Annabi", "2005-01-01", "UNO", "head of the UN mission in Haiti (MINUSTAH), killed in the earthquake"},
		{"Essy at the OAU", "Amara Essy", "2002-01-01", "IGOAFR", "secretary-general of the Organisation of African Unity, then interim chairman of the African Union Commission"},
	})
}

// TestWhoAuditFifthWars: the people of the Yugoslav wars and of Afghanistan's
// mujahideen the fifth pass added, and more foreign ministers of 1979-2000,
// across the change from armed leader to office.
func TestWhoAuditFifthWars(t *testing.T) {
	d := dict(t)
	checkWho(t, d, []whoRow{
		{"Krajisnik in the war", "Momcilo Krajisnik", "1994-06-01", "BIHREB", "speaker of the Bosnian Serb assembly"},
		{"Krajisnik in the presidency", "Krajišnik", "1997-06-01", "BIHGOV", "Serb member of the presidency of Bosnia and Herzegovina"},
		{"Plavsic as president", "Biljana Plavsic", "1997-08-01", "BIHGOV", "president of the Republika Srpska"},
		{"Arkan by his nom de guerre", "Arkan", "1992-04-01", "SRBUAF", "leader of the Serb Volunteer Guard (Arkan's Tigers), assassinated"},
		{"Boban before Washington", "Mate Boban", "1993-05-01", "BIHREB", "leader of the Bosnian Croats (Herceg-Bosna)"},
		{"Abdic in Bihac", "Fikret Abdic", "1994-08-01", "BIHREB", "leader of the breakaway Autonomous Province of Western Bosnia (Bihać)"},
		{"Martic as Krajina president", "Milan Martic", "1995-05-02", "HRVREB", "president of the Republic of Serbian Krajina"},
		{"Susak at defence", "Gojko Susak", "1995-08-04", "HRVGOV", "defence minister"},
		{"Kadijevic's army", "Veljko Kadijevic", "1991-07-01", "SRBMIL", "defence minister of Yugoslavia, commander of the Yugoslav People's Army"},
		{"Delic commands the Bosnian army", "Rasim Delic", "1995-06-15", "BIHMIL", "commander of the Bosnian army"},
		{"Demaci speaks for the KLA", "Adem Demaci", "1998-10-01", "XKXREB", "political representative of the Kosovo Liberation Army"},
		{"Gailani a mujahideen leader", "Pir Gailani", "1988-04-14", "AFGREB", "mujahideen leader (National Islamic Front of Afghanistan)"},
		{"Khalis a mujahideen leader", "Yunus Khalis", "1987-01-01", "AFGREB", "mujahideen leader (his faction of Hezb-e-Islami)"},
		{"Qanuni as speaker", "Yunus Qanooni", "2007-01-01", "AFGLEG", "speaker of the lower house of parliament"},
		{"Qanuni a candidate", "Qanuni", "2004-11-01", "AFGOPP", "opposition presidential candidate"},
		{"Gurria at the OECD", "Angel Gurria", "2010-01-01", "IGO", "secretary-general of the OECD"},
		{"Gurria foreign minister", "Jose Angel Gurria", "1996-01-01", "MEXGOV", "foreign minister"},
		{"Nyamwisi the rebel", "Mbusa Nyamwisi", "2001-01-01", "CODREB", "leader of the RCD-Kisangani/Liberation Movement rebels"},
		{"Nyamwisi foreign minister", "Antipas Mbusa Nyamwisi", "2008-01-01", "CODGOV", "foreign minister"},
		{"Tutu at the Council of Churches", "Bishop Desmond Tutu", "1984-10-16", "ZAFREL", "general secretary of the South African Council of Churches"},
		{"Tutu as archbishop by surname", "Tutu", "1990-02-11", "ZAFREL", "archbishop of Cape Town"},
		{"Tutu after he retired is still the church's", "Archbishop Desmond Tutu", "2010-06-01", "ZAFREL", "archbishop of Cape Town"},
		{"King Hassan without his numeral", "King Hassan", "1989-02-17", "MARGOV", "king"},
		{"Bhindranwale at the Golden Temple", "Sant Jarnail Singh Bhindranwale", "1984-06-01", "INDREB", "Sikh militant leader, killed in the army's assault on the Golden Temple"},
		{"Ganapathy by his nom de guerre", "Ganapathy", "2010-04-06", "INDREB", "general secretary of the People's War Group, then of the Communist Party of India (Maoist)"},
		{"Kishenji", "Kishenji", "2010-02-15", "INDREB", "military commander of the Communist Party of India (Maoist), killed"},
		{"ULFA's commander spelled Barua", "Paresh Barua", "2009-01-01", "INDREB", "commander-in-chief of the United Liberation Front of Asom (ULFA)"},
		{"Papuan commander", "Kelly Kwalik", "2009-07-12", "IDNREB", "commander of the Free Papua Movement, killed"},
		{"ARSA's leader", "Ata Ullah", "2017-08-25", "MMRREB", "leader of the Arakan Rohingya Salvation Army (ARSA)"},
		{"Barzan at the Mukhabarat", "Barzan al-Tikriti", "1982-07-08", "IRQSPY", "head of the Mukhabarat intelligence service"},
		{"Sayad Shirazi in the war", "Ali Sayyad Shirazi", "1982-05-24", "IRNMIL", "commander of the army's ground forces in the war with Iraq"},
		{"Turkish junta's foreign minister", "Ilter Turkmen", "1982-01-01", "TURGOV", "foreign minister"},
		{"Saraiva Guerreiro", "Saraiva Guerreiro", "1982-04-10", "BRAGOV", "foreign minister"},
		{"MacEachen", "Allan MacEachen", "1983-06-01", "CANGOV", "foreign minister"},
		{"Haralambopoulos spelling", "Yannis Haralambopoulos", "1984-01-01", "GRCGOV", "foreign minister"},
	})
}

// TestWhoAuditFifthDefence: defence ministers and heads of Japan's Defense
// Agency the fifth pass added, in office and after it.
func TestWhoAuditFifthDefence(t *testing.T) {
	d := dict(t)
	checkWho(t, d, []whoRow{
		{"Japan's defense chief of 1985", "Koichi Kato", "1985-08-15", "JPNGOV", "director general of the Defense Agency"},
		{"Nukaga's second term at the agency", "Fukushiro Nukaga", "2006-02-01", "JPNGOV", "director general of the Defense Agency"},
		{"Nukaga at finance", "Nukaga", "2008-01-01", "JPNGOV", "finance minister"},
		{"Try Sutrisno commands the armed forces", "Try Sutrisno", "1991-11-12", "IDNMIL", "commander of the armed forces"},
		{"Try Sutrisno vice president", "Try Sutrisno", "1995-01-01", "IDNGOV", "vice president"},
		{"Vietnam's defence minister", "Pham Van Tra", "2001-01-01", "VNMMIL", "defence minister"},
		{"Taiwan's defence minister spelled Li", "Li Jye", "2006-01-01", "TWNGOV", "defence minister"},
		{"Gusau as security adviser", "Aliyu Gusau", "2003-01-01", "NGAGOV", "national security adviser"},
		{"Sudan's defence minister died in Juba", "Jamal al-Din Omar", "2020-03-24", "SDNMIL", "defence minister, died in office"},
		{"Georgia's defence minister", "Tina Khidasheli", "2016-01-01", "GEOGOV", "defence minister"},
		{"Sutanovac without the caron", "Dragan Sutanovac", "2009-01-01", "SRBGOV", "defence minister"},
		{"Avramopoulos in Brussels", "Dimitris Avramopoulos", "2016-01-01", "IGOEUR", "European commissioner for migration"},
		{"Bozkir at the General Assembly", "Volkan Bozkir", "2021-01-01", "IGOUNO", "president of the UN General Assembly"},
	})
}

// TestGroupsAuditFifth: armed groups and parties of 1979-2004 the fifth pass
// of the audit added, and the dated roles it gave groups that fought before
// they were parties.
func TestGroupsAuditFifth(t *testing.T) {
	d := dict(t)
	checkWho(t, d, []whoRow{
		{"ZANLA guerrillas", "ZANLA", "1979-06-01", "ZWEREB", "guerrillas of ZANU in the Rhodesian war"},
		{"ZIPRA guerrillas", "ZIPRA", "1979-09-01", "ZWEREB", "guerrillas of ZAPU in the Rhodesian war"},
		{"MCC rebels", "Maoist Communist Center", "2002-01-01", "INDREB", "Maoist rebels, merged into the Communist Party of India (Maoist)"},
		{"Lebanon's Islamic Jihad Organisation", "Islamic Jihad Organisation", "1985-06-01", "LBNRAD", "Shiite militants of the bombings and kidnappings of the 1980s in Lebanon"},
		{"Ivorian rebels by acronym", "MPCI", "2002-10-01", "CIVREB", "rebels of the north, then part of the New Forces"},
		{"Ivorian rebels of the west", "MPIGO", "2003-01-01", "CIVREB", "rebels of the west"},
		{"FUNCINPEC resistance", "Funcinpec", "1987-01-01", "KHMREB", "Sihanoukist resistance to the Vietnamese-backed government"},
		{"FUNCINPEC a party", "FUNCINPEC", "1998-07-26", "KHMPTY", ""},
		{"Jamiat mujahideen", "Jamiat-i-Islami", "1985-01-01", "AFGREB", "mujahideen party fighting the Soviet-backed government"},
		{"Jamiat a party", "Jamiat-e-Islami", "2010-01-01", "AFGPTY", ""},
		{"JI spelled Islamiah", "Jemaah Islamiah", "2002-10-12", "IDNRAD", ""},
		{"PMF spelled Hashed", "Hashed al-Shaabi", "2017-07-10", "IRQUAF", ""},
		{"PULO spelled Pattani", "Pattani United Liberation Organisation", "2005-01-01", "THAREB", ""},
		{"Janata Dal", "Janata Dal", "1990-01-01", "INDPTY", ""},
		{"Janata Party", "Janata Party", "1979-06-01", "INDPTY", ""},
		{"FORD-Kenya", "FORD-Kenya", "1997-12-29", "KENPTY", ""},
		{"Nigeria's NPN", "NPN", "1983-08-13", "NGAPTY", "ruling party of the Second Republic"},
		{"Yemeni Socialists", "YSP", "1994-05-05", "YEMPTY", ""},
		{"Honduran Liberals", "Liberal Party of Honduras", "2009-06-28", "HNDPTY", ""},
	})
}
