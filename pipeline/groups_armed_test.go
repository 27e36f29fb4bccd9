package pipeline

import (
	"slices"
	"testing"
	"time"
)

// groupRow is a sentence naming armed or non-state groups of
// internal/actor/data/groups-armed.txt: every code of want must be a
// source or target of one of its events, no code of not any.
type groupRow struct {
	name, date, text string
	want, not        []string
}

func runGroupRows(t *testing.T, rows []groupRow) {
	t.Helper()
	c := newCoder(t)
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			on, err := time.Parse(time.DateOnly, tt.date)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range codeText(t, c, tt.text, on) {
				got = append(got, codeOr(e.Source), codeOr(e.Target))
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("got %v, want %s", got, w)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got, w) {
					t.Errorf("got %v, want no %s", got, w)
				}
			}
		})
	}
}

// TestGroupsArmed: named armed groups, militias, cartels and gangs of
// 1990-2025 news are coded by their country and sector, in their standing
// on the story's date; names that only look like theirs are not.
func TestGroupsArmed(t *testing.T) {
	runGroupRows(t, []groupRow{
		// Sahel and West Africa
		{"ISGS and JNIM fight in Mali", "2020-03-10", "The Islamic State in the Greater Sahara attacked fighters of the Macina Liberation Front near Menaka.", []string{"MLIRAD"}, nil},
		{"Ansarul Islam in Burkina Faso", "2019-05-02", "Ansarul Islam fighters killed six soldiers in northern Burkina Faso.", []string{"BFARAD"}, nil},
		{"MUJAO and Mourabitoun", "2013-02-08", "MUJAO militants clashed with al-Mourabitoun over the town of Gao.", []string{"MLIRAD"}, nil},
		{"Niger Delta militants", "2016-05-20", "The Niger Delta Avengers blew up a Chevron pipeline on Friday.", []string{"NGAREB"}, nil},
		{"MEND threatens oil companies", "2008-06-21", "MEND attacked the Bonga oil platform off Nigeria.", []string{"NGAREB"}, nil},
		{"IPOB separatists", "2021-06-01", "The Indigenous People of Biafra accused the Nigerian army of killing its members.", []string{"NGAREB"}, nil},
		{"Chad's FACT rebels", "2021-04-19", "The Front for Change and Concord in Chad attacked army positions in Kanem.", []string{"TCDREB"}, nil},
		{"LURD besieges Monrovia", "2003-07-20", "LURD rebels shelled Monrovia on Sunday.", []string{"LBRREB"}, nil},
		{"the AFRC as a junta", "1997-09-01", "The Armed Forces Revolutionary Council arrested three journalists in Freetown.", []string{"SLEGOV"}, []string{"SLEREB"}},
		{"the AFRC as rebels after the junta fell", "1999-01-10", "The Armed Forces Revolutionary Council attacked Freetown with the RUF.", []string{"SLEREB"}, []string{"SLEGOV"}},
		{"Ivorian New Forces", "2004-11-08", "The Forces Nouvelles accused President Laurent Gbagbo of breaking the ceasefire.", []string{"CIVREB"}, nil},
		{"Casamance separatists", "2022-01-25", "The MFDC captured four Senegalese soldiers in Casamance.", []string{"SENREB"}, nil},
		// Great Lakes and Central Africa
		{"the LRA abducts children", "2009-12-20", "The Lord's Resistance Army abducted dozens of children in northern Congo.", []string{"UGAREB"}, nil},
		{"Mai-Mai and CODECO in eastern Congo", "2022-06-12", "The Mai-Mai attacked CODECO in Ituri.", []string{"CODUAF"}, nil},
		{"the CNDP of Laurent Nkunda", "2008-10-29", "The CNDP seized the town of Rutshuru from government troops.", []string{"CODREB"}, nil},
		{"the RCD rebels", "1999-05-02", "The Rally for Congolese Democracy accused Kabila of violating the truce.", []string{"CODREB"}, nil},
		{"the MLC, rebels then a party", "2000-03-01", "The Movement for the Liberation of Congo attacked government positions in Equateur.", []string{"CODREB"}, nil},
		{"Burundi's rebels", "2002-08-15", "The CNDD-FDD attacked an army camp near Bujumbura.", []string{"BDIREB"}, nil},
		{"Imbonerakure militia", "2017-04-10", "The Imbonerakure beat opposition supporters in Bujumbura.", []string{"BDIUAF"}, nil},
		{"Central African rebel coalition", "2021-01-13", "The Coalition of Patriots for Change attacked Bangui on Wednesday.", []string{"CAFREB"}, nil},
		// Horn of Africa and Sudan
		{"the OLF as rebels", "2010-03-10", "The Oromo Liberation Front attacked an army post in western Ethiopia.", []string{"ETHREB"}, nil},
		{"the OLA", "2022-06-20", "The Oromo Liberation Army killed dozens of villagers in Gimbi.", []string{"ETHREB"}, nil},
		{"the ONLF", "2007-04-24", "The Ogaden National Liberation Front attacked a Chinese-run oil field.", []string{"ETHREB"}, nil},
		{"Fano militias", "2023-08-05", "Fano fighters seized the town of Lalibela from federal troops.", []string{"ETHUAF"}, nil},
		{"the Islamic Courts Union", "2006-06-06", "The Islamic Courts Union seized Mogadishu from warlords.", []string{"SOMRAD"}, nil},
		{"JEM and the SLA in Darfur", "2008-05-10", "The Justice and Equality Movement attacked Omdurman on Saturday.", []string{"SDNREB"}, []string{"PAKRAD"}},
		{"the Sudan Liberation Army", "2004-02-10", "The Sudan Liberation Army ambushed a government convoy in North Darfur.", []string{"SDNREB"}, nil},
		{"the SPLM-N in the Nuba Mountains", "2012-04-02", "The SPLM-North shelled Kadugli on Monday.", []string{"SDNREB"}, []string{"SSDGOV"}},
		// Southern Africa
		{"Islamic State in Cabo Delgado", "2021-03-28", "Islamic State Mozambique Province fighters seized the town of Palma.", []string{"MOZRAD"}, nil},
		{"Cabinda separatists", "2010-01-09", "FLEC attacked the bus of the Togo football team in Cabinda.", []string{"AGOREB"}, nil},
		// Middle East
		{"Syrian rebel groups", "2016-02-03", "Ahrar al-Sham and Jaysh al-Islam attacked government positions near Damascus.", []string{"SYRRAD", "SYRREB"}, nil},
		{"the Mahdi Army", "2004-04-06", "The Mahdi Army attacked U.S. troops in Najaf.", []string{"IRQUAF"}, nil},
		{"the Badr Organization", "2015-03-04", "The Badr Organization attacked Islamic State positions in Tikrit.", []string{"IRQUAF", "IMGRAD"}, nil},
		{"al-Qaeda in Iraq", "2005-07-20", "Al-Qaeda in Iraq claimed responsibility for the bombing in Baghdad.", []string{"IRQRAD"}, nil},
		{"Asaib Ahl al-Haq", "2020-01-05", "Asaib Ahl al-Haq threatened American forces in Iraq.", []string{"IRQUAF"}, nil},
		{"the MEK", "2018-06-30", "Iran accused the People's Mujahedin of Iran of plotting attacks.", []string{"IRNOPP"}, nil},
		{"Jaish al-Adl", "2019-02-13", "Jaish al-Adl killed 27 Revolutionary Guards in Sistan-Baluchestan.", []string{"IRNRAD"}, nil},
		{"the PFLP", "2001-10-17", "The PFLP assassinated Israel's tourism minister in Jerusalem.", []string{"PSERAD"}, nil},
		{"Al-Aqsa Martyrs' Brigades", "2002-03-05", "The Al-Aqsa Martyrs' Brigades attacked Israeli soldiers near Ramallah.", []string{"PSERAD"}, nil},
		{"the Lions' Den", "2022-10-25", "Israeli troops raided a hideout of the Lions' Den in Nablus.", []string{"PSERAD"}, nil},
		{"the Abu Nidal Organization", "1991-01-20", "The Abu Nidal Organization killed two PLO officials in Tunis.", []string{"PSERAD"}, nil},
		{"Fatah al-Islam", "2007-06-01", "Lebanese troops shelled Fatah al-Islam positions in Nahr al-Bared.", []string{"LBNRAD"}, nil},
		{"the Southern Transitional Council", "2019-08-10", "The Southern Transitional Council attacked government forces in Aden.", []string{"YEMREB"}, nil},
		{"Sinai Province", "2015-07-01", "Ansar Beit al-Maqdis attacked army checkpoints in North Sinai.", []string{"EGYRAD"}, nil},
		{"Egyptian Islamic Jihad is not Palestinian", "1995-11-20", "Egyptian Islamic Jihad bombed the Egyptian embassy in Islamabad.", []string{"EGYRAD"}, []string{"PSEREB"}},
		// South Asia
		{"Hezb-e-Islami as insurgents", "2010-05-18", "Hezb-e-Islami claimed a suicide attack on a NATO convoy in Kabul.", []string{"AFGREB"}, nil},
		{"Lashkar-e-Jhangvi", "2013-02-17", "Lashkar-e-Jhangvi bombed a market in Quetta.", []string{"PAKRAD"}, nil},
		{"the BLA", "2025-03-11", "The Balochistan Liberation Army hijacked a passenger train in Balochistan.", []string{"PAKREB"}, nil},
		{"Naxalites", "2010-04-06", "Naxalites ambushed a police convoy in Chhattisgarh.", []string{"INDREB"}, nil},
		{"ULFA", "2008-10-30", "ULFA bombed markets in Guwahati.", []string{"INDREB"}, nil},
		{"Nepal's Maoists as rebels", "2002-05-08", "The CPN-Maoist attacked a police post in Rolpa, and Nepal's Maoists later ambushed an army patrol.", []string{"NPLREB"}, []string{"NPLPTY"}},
		{"Nepal's Maoists as a party", "2010-05-02", "The CPN-M accused the government of breaking the peace deal.", []string{"NPLPTY"}, []string{"NPLREB"}},
		{"JMB in Bangladesh", "2005-08-17", "Jamaat-ul-Mujahideen Bangladesh set off bombs across Bangladesh.", []string{"BGDRAD"}, nil},
		{"Jaish-e-Mohammed is not JEM", "2019-02-14", "Jaish-e-Mohammed attacked an Indian police convoy in Pulwama.", []string{"PAKRAD"}, []string{"SDNREB"}},
		// Southeast Asia
		{"GAM in Aceh", "2003-05-20", "The Free Aceh Movement attacked Indonesian troops in Aceh.", []string{"IDNREB"}, nil},
		{"the MILF", "2008-08-18", "The Moro Islamic Liberation Front attacked villages in Mindanao.", []string{"PHLREB"}, nil},
		{"the BIFF", "2015-01-25", "The Bangsamoro Islamic Freedom Fighters ambushed police commandos in Mamasapano.", []string{"PHLRAD"}, nil},
		{"the KNU", "2021-04-27", "The Karen National Union captured an army base near the Thai border.", []string{"MMRREB"}, nil},
		{"Myanmar's Brotherhood Alliance", "2023-10-28", "The Three Brotherhood Alliance attacked military outposts in Shan state.", []string{"MMRREB"}, nil},
		{"Thai southern rebels", "2013-02-28", "Thailand's government opened talks with the Barisan Revolusi Nasional.", []string{"THAREB"}, nil},
		// The former Soviet Union and Europe
		{"Azov as a National Guard unit", "2022-05-16", "The Azov Regiment surrendered to Russian forces in Mariupol.", []string{"UKRMIL"}, nil},
		{"the Sea of Azov is no unit", "2018-11-26", "Russian ships fired on Ukrainian boats in the Sea of Azov.", nil, []string{"UKRMIL", "UKRUAF"}},
		{"the DPR as separatists", "2015-01-22", "The Donetsk People's Republic shelled Ukrainian positions near the airport.", []string{"UKRREB"}, nil},
		{"the LPR after annexation", "2023-03-01", "The Luhansk People's Republic accused Ukraine of shelling Lysychansk.", []string{"RUSGOV"}, []string{"UKRREB"}},
		{"Russian volunteers", "2023-05-22", "The Freedom of Russia Legion attacked villages in the Belgorod region.", []string{"RUSREB"}, nil},
		{"the IMU", "1999-08-25", "The Islamic Movement of Uzbekistan took hostages in southern Kyrgyzstan.", []string{"UZBRAD"}, nil},
		{"Bosnian Serb army", "1995-07-11", "The Army of Republika Srpska captured Srebrenica.", []string{"BIHREB"}, nil},
		{"Real IRA", "1998-08-15", "The Real IRA bombed the town of Omagh.", []string{"GBRRAD"}, nil},
		{"Ulster loyalists", "1994-06-18", "The Ulster Volunteer Force attacked a pub in Loughinisland.", []string{"GBRUAF"}, nil},
		{"Greek and Corsican groups", "2000-06-08", "November 17 group assassinated a British diplomat in Athens.", []string{"GRCRAD"}, nil},
		// Latin America and the Caribbean
		{"the URNG as guerrillas", "1995-10-05", "The URNG attacked an army patrol in Quiche.", []string{"GTMREB"}, nil},
		{"the AUC paramilitaries", "2001-01-17", "The AUC killed 26 villagers in Chengue.", []string{"COLUAF"}, nil},
		{"the Gulf Clan", "2022-05-06", "The Gulf Clan imposed an armed strike across northern Colombia.", []string{"COLCRM"}, nil},
		{"Mexican cartels", "2019-10-18", "American agents arrested leaders of the Sinaloa cartel in Texas.", []string{"MEXCRM"}, nil},
		{"CJNG", "2020-06-26", "The United States imposed sanctions on the Jalisco New Generation Cartel.", []string{"MEXCRM"}, nil},
		{"MS-13", "2015-08-01", "MS-13 killed bus drivers in San Salvador.", []string{"SLVCRM"}, nil},
		{"Tren de Aragua", "2024-03-02", "Tren de Aragua kidnapped a Venezuelan dissident in Santiago.", []string{"VENCRM"}, nil},
		{"Haiti's G9", "2022-09-14", "The G9 blockaded the Varreux fuel terminal in Port-au-Prince.", []string{"HTICRM"}, nil},
		{"Viv Ansanm", "2024-03-03", "Viv Ansanm attacked the national penitentiary in Port-au-Prince.", []string{"HTICRM"}, nil},
		{"Ecuador's Los Choneros", "2024-01-09", "Los Choneros attacked a television station in Guayaquil.", []string{"ECUCRM"}, nil},
		// more groups, by region
		{"Ambazonian separatists", "2019-09-10", "The Ambazonia Defence Forces kidnapped teachers in Bamenda.", []string{"CMRREB"}, nil},
		{"Nigeria's Civilian JTF", "2016-02-01", "The Civilian Joint Task Force captured Boko Haram fighters near Maiduguri.", []string{"NGAUAF", "NGARAD"}, nil},
		{"Sierra Leone's West Side Boys", "2000-08-26", "The West Side Boys kidnapped British soldiers near Masiaka.", []string{"SLEUAF"}, nil},
		{"Libyan militias", "2018-09-01", "The Tripoli Revolutionaries Brigade attacked the Rada Special Deterrence Force.", []string{"LBYUAF"}, nil},
		{"Ansar al-Sharia with its country named", "2012-09-12", "Ansar al-Sharia in Libya attacked the U.S. consulate in Benghazi.", []string{"LBYRAD"}, []string{"YEMRAD"}},
		{"Syrian militias and factions", "2013-05-03", "The Shabiha attacked the village of Bayda.", []string{"SYRUAF"}, nil},
		{"the Sham Legion", "2018-01-25", "Faylaq al-Sham attacked Kurdish fighters near Afrin.", []string{"SYRREB"}, nil},
		{"the Islamic Resistance in Iraq", "2024-01-28", "The Islamic Resistance in Iraq attacked American troops in Jordan.", []string{"IRQUAF", "USAMIL"}, nil},
		{"Bahrain's al-Wefaq", "2011-03-01", "Al-Wefaq accused Bahrain's government of killing protesters.", []string{"BHRPTY"}, nil},
		{"ETIM", "2014-05-23", "China accused the East Turkestan Islamic Movement of the Urumqi bombing.", []string{"CHNRAD"}, nil},
		{"Indonesia's Islamic Defenders Front", "2016-11-04", "The Islamic Defenders Front attacked a church in Bekasi.", []string{"IDNRAD"}, nil},
		{"Kadyrov's forces", "2022-03-15", "Kadyrovtsy fighters attacked Ukrainian positions near Mariupol.", []string{"RUSMIL"}, nil},
		{"the Bosnian army of the war", "1993-08-02", "The ARBiH accused Croat leaders of ethnic cleansing.", []string{"BIHMIL"}, nil},
		{"American extremists", "2021-01-06", "The Proud Boys attacked police officers at the Capitol.", []string{"USARAD"}, nil},
		{"Mexican gangs of Guerrero", "2014-09-27", "Guerreros Unidos killed 43 students in Iguala.", []string{"MEXCRM"}, nil},
		{"Haitian gangs", "2023-08-26", "Gran Grif attacked a church procession in the Artibonite.", []string{"HTICRM"}, nil},
		{"Kashmir's JKLF in the insurgency", "1990-01-25", "The Jammu Kashmir Liberation Front killed four Indian air force officers in Srinagar.", []string{"INDREB"}, nil},
		{"Bougainville rebels", "1997-03-20", "The Bougainville Revolutionary Army captured mercenaries hired by Papua New Guinea.", []string{"PNGREB"}, nil},
		{"Solomon Islands militias", "2000-06-05", "The Malaita Eagle Force attacked rival militiamen near Honiara.", []string{"SLBUAF"}, nil},
		{"European anarchist groups", "2017-06-01", "The Informal Anarchist Federation attacked the offices of a nuclear company in Genoa.", []string{"ITARAD"}, nil},
		// Look-alikes keep their own groups
		{"the army after a group named Army is the state's", "2009-05-08", "KAMPALA, Uganda (AP) — The Lord's Resistance Army attacked a village in northern Uganda on Monday.\n\nThe army attacked the rebels near Gulu on Tuesday.\n", []string{"UGAREB", "UGAMIL"}, nil},
		{"the authorities after a people's republic are the state's", "2015-01-22", "KYIV, Ukraine (AP) — The Donetsk People's Republic shelled Ukrainian positions near the airport.\n\nThe authorities accused Russia of arming the separatists.\n", []string{"UKRGOV"}, nil},
		{"the Rada is Ukraine's parliament, no militia", "2018-05-08", "The Rada voted to dismiss the minister, and Russia criticised the Rada.", nil, []string{"LBYUAF"}},
		{"the ELN keeps the National Liberation Army", "2019-01-18", "The National Liberation Army bombed a police academy in Bogota.", []string{"COLREB"}, nil},
		{"AQAP keeps Ansar al-Sharia", "2011-06-01", "Ansar al-Sharia seized the town of Zinjibar.", []string{"YEMRAD"}, []string{"IRQRAD"}},
		{"new forces are no group", "2004-11-08", "The army sent new forces to the north and attacked the rebels.", nil, []string{"CIVREB"}},
		{"a town named Fano is no militia", "2018-05-08", "Italian police in Fano arrested two Albanian smugglers.", []string{"ITACOP"}, []string{"ETHUAF"}},
		{"Islamic courts are not the Islamic Courts Union", "2018-05-08", "The Islamic Courts in Egypt sentenced the men.", nil, []string{"SOMRAD"}},
		{"Peace Brigades International is not the Mahdi Army", "2009-03-10", "Peace Brigades International criticised the army.", nil, []string{"IRQUAF"}},
	})
}
