package pipeline

import "testing"

// TestPeopleAuditSixth: leaders of 1975-1979 and recent interior ministers
// the sixth pass of the people audit added to internal/actor/data are coded
// by their country and sector on the story's date, named with no title that
// would tell it; surnames that are common words or many people's names
// (Ford, Moro, Patel) name no one of them alone.
func TestPeopleAuditSixth(t *testing.T) {
	runGroupRows(t, []groupRow{
		{"Kissinger presses the Rhodesian premier", "1976-09-19", "Henry Kissinger urged Ian Smith to accept majority rule within two years.", []string{"USAGOV", "ZWEGOV"}, nil},
		{"Callaghan meets Ford", "1976-06-27", "James Callaghan met Gerald Ford at the summit in Puerto Rico.", []string{"GBRGOV", "USAGOV"}, nil},
		{"Kenyatta accuses Amin", "1976-07-10", "Jomo Kenyatta accused Idi Amin of threatening Kenya's security.", []string{"KENGOV", "UGAGOV"}, nil},
		{"Murtala recognises the MPLA", "1975-11-25", "Murtala Mohammed recognised the MPLA government in Luanda.", []string{"NGAGOV"}, nil},
		{"Acheampong expels diplomats", "1977-03-01", "Ignatius Acheampong expelled two Togolese diplomats.", []string{"GHAGOV"}, nil},
		{"Malloum accuses Libya", "1978-02-10", "Felix Malloum accused Libya of arming the Frolinat rebels.", []string{"TCDGOV", "LBY"}, nil},
		{"Pol Pot rejects Vietnam's offer", "1978-02-06", "Pol Pot rejected Vietnam's offer of talks on the border.", []string{"KHMGOV"}, nil},
		{"Bazargan protests to Washington", "1979-10-25", "Mehdi Bazargan accused the United States of plotting against Iran.", []string{"IRNGOV", "USA"}, nil},
		{"Demirel accuses Greece", "1976-08-10", "Suleyman Demirel accused Greece of violating Turkish air space.", []string{"TURGOV", "GRC"}, nil},
		{"Rabin meets Ford", "1976-01-28", "Yitzhak Rabin met Gerald Ford at the White House.", []string{"ISRGOV", "USAGOV"}, nil},
		{"Daoud visits Moscow", "1977-04-12", "Mohammad Daoud met Leonid Brezhnev in Moscow.", []string{"AFGGOV", "RUSGOV"}, nil},
		{"Geisel rejects criticism", "1977-03-05", "Ernesto Geisel rejected American criticism of Brazil's human rights record.", []string{"BRAGOV"}, nil},
		{"Isabel Peron declares a state of siege", "1975-10-01", "Isabel Peron met the army commanders in Buenos Aires.", []string{"ARGGOV"}, nil},
		{"Morales Bermudez meets Banzer", "1976-12-10", "Francisco Morales Bermudez met Hugo Banzer on the border.", []string{"PERGOV", "BOLGOV"}, nil},
		{"Gierek meets Schmidt", "1975-08-01", "Edward Gierek met Helmut Schmidt in Helsinki.", []string{"POLGOV", "DEUGOV"}, nil},
		{"Kekkonen receives Brezhnev", "1975-07-30", "Urho Kekkonen welcomed Leonid Brezhnev to Helsinki.", []string{"FINGOV", "RUSGOV"}, nil},
		{"Soylu accuses the PKK", "2019-10-15", "Suleyman Soylu accused the PKK of planning attacks in Istanbul.", []string{"TURGOV", "TURREB"}, nil},
		{"Egyptian interior minister accuses the Brotherhood", "2016-05-01", "Magdy Abdel Ghaffar accused the Muslim Brotherhood of plotting attacks.", []string{"EGYGOV"}, nil},
		{"Faeser bans a group", "2023-09-19", "Nancy Faeser banned the Hammerskins neo-Nazi group.", []string{"DEUGOV"}, nil},
		{"Darmanin expels an imam", "2022-08-29", "Gerald Darmanin ordered the expulsion of a Moroccan imam.", []string{"FRAGOV"}, nil},
		{"Patel criticises France", "2021-11-25", "Priti Patel criticised France over the Channel crossings.", []string{"GBRGOV", "FRA"}, nil},
		{"Ugandan army chief accuses rebels", "2010-03-01", "Aronda Nyakairima accused the LRA of killing villagers in Congo.", []string{"UGAMIL"}, nil},
		{"Ford the carmaker is no president", "2019-04-01", "Ford sued the United Auto Workers in Detroit.", nil, []string{"USAGOV"}},
		{"Moro rebels are no Italian party", "2000-04-20", "Moro rebels attacked an army camp on Mindanao.", nil, []string{"ITAPTY", "ITA"}},
		{"Patel alone in an Indian story is no British minister", "2021-06-01", "Patel accused the Congress party of spreading rumours in Gujarat.", nil, []string{"GBRGOV"}},
		{"Kenyatta alone in the son's years", "2016-03-01", "Kenyatta accused the opposition of inciting violence.", []string{"KENGOV"}, nil},
	})
}

// TestPeopleAuditSixthSeventies: the second batch of the sixth pass, the
// holders of 1975-1984 in every region, in sentences as the wires wrote
// them; a grandfather and grandson of one name are told apart by the date.
func TestPeopleAuditSixthSeventies(t *testing.T) {
	runGroupRows(t, []groupRow{
		{"Egyptian premier accuses Libya", "1977-07-22", "Mamdouh Salem accused Libya of plotting to overthrow the government in Cairo.", []string{"EGYGOV", "LBY"}, nil},
		{"Israeli defence minister threatens", "1976-06-30", "Shimon Peres warned Syria against sending troops into southern Lebanon.", []string{"ISRGOV", "SYR"}, nil},
		{"Lebanese president appeals to Syria", "1976-03-20", "Suleiman Frangieh appealed to Syria to stop the fighting.", []string{"LBNGOV", "SYR"}, nil},
		{"Druze leader rejects Syrian plan", "1976-06-01", "Kamal Jumblatt rejected the Syrian plan for Lebanon.", []string{"LBNPTY"}, nil},
		{"Shiite imam visits Libya", "1978-08-25", "Imam Musa al-Sadr met Libyan officials in Tripoli.", []string{"LBNREL"}, nil},
		{"Shah's premier promises reform", "1978-09-01", "Jafar Sharif-Emami promised free elections next year.", []string{"IRNGOV"}, nil},
		{"Mauritanian president accuses Polisario", "1977-05-01", "Moktar Ould Daddah accused Algeria of arming the Polisario guerrillas.", []string{"MRTGOV", "DZA"}, nil},
		{"Angolan rebel leader appeals", "1975-11-15", "Holden Roberto appealed to the United States for arms.", []string{"AGOREB", "USA"}, nil},
		{"Rhodesian premier rejects", "1977-02-01", "Ian Smith rejected the British proposals for majority rule.", []string{"ZWEGOV"}, nil},
		{"Jailed ANC leader rejects release terms", "1985-02-10", "Nelson Mandela rejected the government's offer of conditional release.", []string{"ZAFOPP", "ZAFGOV"}, nil},
		{"Chinese premier meets", "1975-04-19", "Zhou Enlai met Kim Il Sung in Beijing.", []string{"CHNGOV", "PRKGOV"}, nil},
		{"South Vietnamese president resigns and accuses", "1975-04-21", "Nguyen Van Thieu accused the United States of betraying South Vietnam.", []string{"VNMGOV", "USA"}, nil},
		{"Khmer Rouge head of state accuses Vietnam", "1978-01-10", "Khieu Samphan accused Vietnam of invading Cambodia.", []string{"KHMGOV", "VNM"}, nil},
		{"Thai premier asks US to withdraw", "1975-08-01", "Kukrit Pramoj asked the United States to withdraw its troops from Thailand.", []string{"THAGOV", "USA"}, nil},
		{"Indonesian foreign minister meets", "1975-11-01", "Adam Malik met Henry Kissinger in Jakarta.", []string{"IDNGOV", "USAGOV"}, nil},
		{"Spanish premier promises reform", "1976-01-28", "Carlos Arias Navarro met King Juan Carlos in Madrid.", []string{"ESPGOV"}, nil},
		{"Conservative leader criticizes Labour government", "1978-01-30", "Margaret Thatcher criticized the government of James Callaghan.", []string{"GBROPP", "GBRGOV"}, nil},
		{"Italian interior minister refuses to negotiate", "1978-04-20", "Francesco Cossiga refused to negotiate with the Red Brigades.", []string{"ITAGOV", "ITARAD"}, nil},
		{"Soviet dissident appeals to Carter", "1977-01-28", "Andrei Sakharov appealed to Jimmy Carter to defend human rights.", []string{"RUSOPP", "USAGOV"}, nil},
		{"Vice president visits Pakistan", "1978-01-01", "Walter Mondale met Zia ul-Haq in Islamabad.", []string{"USAGOV", "PAKMIL"}, nil},
		{"Mexican president criticises", "1975-11-10", "Luis Echeverria criticized the United States.", []string{"MEXGOV", "USA"}, nil},
		{"European Commission president visits", "1976-05-01", "Francois-Xavier Ortoli met Gerald Ford in Washington.", []string{"IGOEUR", "USAGOV"}, nil},
		{"Marada leader of 2016 is the grandson", "2016-10-31", "Sleiman Frangieh congratulated Michel Aoun.", []string{"LBNPTY", "LBNGOV"}, nil},
		{"Salem in an American story is no Egyptian premier", "2012-05-01", "Salem criticized the decision of the city council.", nil, []string{"EGYGOV"}},
	})
}

// TestPeopleAuditSixthMinisters: interior ministers, spokesmen and army
// chiefs of 2000-2026 the third batch of the sixth pass added, named alone;
// names others bear (the Mende people, a Nunez or Herath, Berhanu
// Nega, Giorgio Napolitano) stay theirs.
func TestPeopleAuditSixthMinisters(t *testing.T) {
	runGroupRows(t, []groupRow{
		{"Chinese spokesman accuses Washington", "2020-03-12", "Zhao Lijian accused the United States of bringing the virus to Wuhan.", []string{"CHNGOV", "USA"}, nil},
		{"Russian ambassador vetoes", "2016-10-08", "Vitaly Churkin criticized the French draft resolution on Aleppo.", []string{"RUSGOV"}, nil},
		{"Indian home minister accuses Pakistan", "2010-04-07", "P. Chidambaram accused Pakistan of sheltering the Mumbai attackers.", []string{"INDGOV", "PAK"}, nil},
		{"Pakistani interior minister rejects", "2015-01-01", "Chaudhry Nisar Ali Khan rejected the Indian allegations.", []string{"PAKGOV"}, nil},
		{"Syrian UN envoy accuses Turkey", "2016-12-15", "Bashar al-Jaafari accused Turkey of arming the rebels in Aleppo.", []string{"SYRGOV", "TUR"}, nil},
		{"Israeli military spokesman accuses Hamas", "2023-11-01", "Daniel Hagari accused Hamas of using hospitals as command centres.", []string{"ISRMIL", "PSEREB"}, nil},
		{"Coalition spokesman accuses Iran", "2019-09-20", "Turki al-Malki accused Iran of supplying missiles to the Houthis.", []string{"SAUMIL", "IRN"}, nil},
		{"Sudanese general threatens the RSF", "2023-09-06", "Yasser al-Atta accused the Rapid Support Forces of looting Khartoum.", []string{"SDNMIL", "SDNREB"}, nil},
		{"RSF deputy commander accuses the army", "2023-09-06", "Abdel Rahim Dagalo accused the army of bombing civilians in Khartoum.", []string{"SDNREB", "SDNMIL"}, nil},
		{"Congolese spokesman accuses Rwanda", "2013-08-30", "Lambert Mende accused Rwanda of shelling Goma.", []string{"CODGOV", "RWA"}, nil},
		{"British home secretary criticizes France", "2017-06-05", "Amber Rudd criticized the French police over the Calais camp.", []string{"GBRGOV", "FRACOP"}, nil},
		{"French interior minister expels", "2015-11-20", "Bernard Cazeneuve ordered the expulsion of radical imams.", []string{"FRAGOV"}, nil},
		{"German interior minister bans", "2020-01-23", "Horst Seehofer banned the neo-Nazi group Combat 18.", []string{"DEUGOV"}, nil},
		{"Italian interior minister closes ports", "2023-03-01", "Matteo Piantedosi accused the charities of helping smugglers.", []string{"ITAGOV", "NGO"}, nil},
		{"Kosovo interior minister accuses Serbia", "2023-09-24", "Xhelal Svecla accused Serbia of backing the gunmen in Banjska.", []string{"XKXGOV", "SRB"}, nil},
		{"Colombian dissident leader rejects talks", "2023-05-01", "Ivan Mordisco rejected the government's terms for a ceasefire.", []string{"COLREB", "COLGOV"}, nil},
		{"German interior minister at unification", "1990-09-01", "Wolfgang Schaeuble accused the Stasi of destroying its files.", []string{"DEUGOV"}, nil},
		{"Philippine interior secretary orders arrests", "2011-06-01", "Jesse Robredo ordered the police to arrest the gunmen in Maguindanao.", []string{"PHLGOV"}, nil},
		{"Australian ambassador criticizes China", "2023-06-01", "Kevin Rudd criticized China's trade sanctions against Australia.", []string{"AUSGOV", "CHN"}, nil},
		{"Mende voters are no Congolese spokesman", "2018-03-07", "Mende voters backed the opposition SLPP in Sierra Leone.", nil, []string{"CODGOV", "CODCVL"}},
		{"Nunez in Caracas is no French minister", "2025-11-01", "Venezuelan police arrested Nunez in Caracas.", []string{"VEN"}, []string{"FRAGOV"}},
		{"Herath arrested in Colombo is no foreign minister", "2024-12-01", "Police arrested Herath in Colombo.", []string{"LKA"}, []string{"LKAGOV"}},
		{"Berhanu alone is the education minister, not the army chief", "2022-03-01", "Berhanu accused the TPLF of blocking aid to Tigray.", []string{"ETHGOV"}, []string{"ETHMIL"}},
		{"Napolitano in Rome is the Italian president", "2011-11-13", "Napolitano asked Mario Monti to form a government in Rome.", []string{"ITAGOV"}, []string{"USAGOV"}},
	})
}

// TestPeopleAuditSixthSecurity: interior ministers, army, police and
// intelligence chiefs and attorneys general of 1990-2026 the fourth batch
// of the sixth pass added, named alone; surnames that are places or words
// (Bondi, Sessions, Aksu; Reno and Garland likewise) name no one of them
// alone.
func TestPeopleAuditSixthSecurity(t *testing.T) {
	runGroupRows(t, []groupRow{
		{"Attorney general Reno accuses", "1995-04-20", "Janet Reno accused the militia of planning the Oklahoma City bombing.", []string{"USAGOV"}, nil},
		{"Holder criticizes Arizona", "2010-07-06", "Eric Holder criticized the Arizona immigration law.", []string{"USAGOV"}, nil},
		{"FBI director accuses Russia", "2017-03-20", "James Comey accused Russia of interfering in the election.", []string{"USACOP", "RUS"}, nil},
		{"Russian interior minister threatens Chechens", "1996-08-10", "Anatoly Kulikov threatened the Chechen rebels with a new offensive.", []string{"RUSGOV"}, nil},
		{"Russian general staff chief accuses NATO", "2007-01-01", "Yuri Baluyevsky accused NATO of moving its forces to Russia's borders.", []string{"RUSMIL", "IGONATO"}, nil},
		{"Ukrainian interior minister accuses Moscow", "2008-03-01", "Yuriy Lutsenko accused Moscow of backing separatists in Crimea.", []string{"UKRGOV", "RUSGOV"}, nil},
		{"Iraqi interior minister accuses Syria", "2008-01-01", "Jawad al-Bolani accused Syria of letting fighters cross into Iraq.", []string{"IRQGOV", "SYR"}, nil},
		{"Pakistani interior minister accuses India", "2005-01-01", "Aftab Sherpao accused India of backing militants in Balochistan.", []string{"PAKGOV", "IND"}, nil},
		{"Indian army chief warns Pakistan", "2021-01-12", "Manoj Mukund Naravane accused Pakistan of sending militants into Kashmir.", []string{"INDMIL", "PAK"}, nil},
		{"British home secretary at the Home Office", "1995-01-01", "Michael Howard criticized the judges over sentencing.", []string{"GBRGOV"}, nil},
		{"Spanish interior minister accuses ETA", "2008-01-01", "Alfredo Perez Rubalcaba accused ETA of planning new attacks.", []string{"ESPGOV"}, nil},
		{"Bondi the beach is no attorney general", "2025-12-14", "Police evacuated Bondi after the shooting.", nil, []string{"USAGOV"}},
		{"Sessions of a court are no attorney general", "2017-06-01", "Sessions of the court were suspended by the judge.", nil, []string{"USAGOV"}},
		{"Aksu the city is no Turkish minister", "2005-01-01", "Aksu residents protested against the police.", []string{"CHNCVL"}, []string{"TURCVL", "TURCOP"}},
	})
}

// TestPeopleAuditSixthChiefs: army and security chiefs of the Middle East,
// Afghanistan and Somalia the fourth batch added, named alone, and the
// better-known bearers of their surnames (Hoshyar Zebari, Salam Fayyad).
func TestPeopleAuditSixthChiefs(t *testing.T) {
	runGroupRows(t, []groupRow{
		{"Egyptian chief of staff meets the protesters", "2011-03-01", "Sami Anan met the leaders of the protest movement in Cairo.", []string{"EGYMIL"}, nil},
		{"Lebanese army commander accuses Israel", "2012-01-01", "Jean Kahwagi accused Israel of violating Lebanon's sovereignty.", []string{"LBNMIL", "ISR"}, nil},
		{"Lebanese army commander meets the envoy", "2025-06-01", "Rodolphe Haykal met the American envoy in Beirut.", []string{"LBNMIL", "USAGOV"}, nil},
		{"Iraqi PMF chief threatens", "2021-01-01", "Falih al-Fayyadh accused the United States of killing Iraqi fighters.", []string{"IRQUAF", "USA"}, nil},
		{"Afghan intelligence chief accuses Pakistan", "2017-06-01", "Masoum Stanekzai accused Pakistan of sheltering the Haqqani network.", []string{"AFGSPY", "PAK"}, nil},
		{"Somali intelligence chief accuses", "2020-06-01", "Fahad Yasin accused Kenya of interfering in Jubaland.", []string{"SOMSPY", "KEN"}, nil},
		{"Zebari alone is the foreign minister", "2010-01-01", "Zebari met Hillary Clinton in Washington.", []string{"IRQGOV"}, []string{"IRQMIL"}},
		{"Fayyad in Ramallah is the Palestinian premier", "2010-01-01", "Fayyad accused Israel of strangling the economy.", []string{"PSEGOV"}, []string{"IRQGOV", "IRQUAF"}},
	})
}

// TestPeopleAuditSixthPolice: police chiefs and security ministers of
// Nigeria, South Africa and Mexico the sixth pass added, named alone; the
// town of Monguno is not Babagana Monguno.
func TestPeopleAuditSixthPolice(t *testing.T) {
	runGroupRows(t, []groupRow{
		{"Nigerian police chief bans protests", "2024-08-01", "Kayode Egbetokun warned the protesters against violence in Abuja.", []string{"NGACOP"}, nil},
		{"South African police minister defends", "2012-08-20", "Nathi Mthethwa defended the police over the Marikana shootings.", []string{"ZAFGOV", "ZAFCOP"}, nil},
		{"South African police chief accuses", "2020-01-01", "Khehla Sitole accused the gangs of terrorising the Cape Flats.", []string{"ZAFCOP"}, nil},
		{"Mexican interior minister meets", "2014-10-01", "Miguel Angel Osorio Chong met the parents of the missing students.", []string{"MEXGOV"}, nil},
		{"Monguno the town is no security adviser", "2018-01-01", "Boko Haram fighters attacked Monguno.", []string{"NGARAD"}, []string{"NGAGOV"}},
	})
}
