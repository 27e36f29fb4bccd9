package pipeline

import "testing"

// TestPeopleAuditFourth: people the fourth pass of the people audit added
// to internal/actor/data (ministers, army chiefs, coup, rebel and
// separatist leaders of Latin America, the Caucasus, West Africa and
// Southeast Asia) are coded by their country and sector on the story's
// date, named with no title that would tell it.
func TestPeopleAuditFourth(t *testing.T) {
	runGroupRows(t, []groupRow{
		{"Chile's foreign minister rejects a claim", "2016-06-01", "Heraldo Munoz rejected Bolivia's claim to a corridor to the Pacific.", []string{"CHLGOV"}, nil},
		{"Argentina's foreign minister accuses Britain", "2008-03-01", "Jorge Taiana accused Britain of militarising the Falkland Islands.", []string{"ARGGOV"}, nil},
		{"FARC commander threatens hostages", "2007-07-01", "Mono Jojoy threatened to kill the kidnapped politicians.", []string{"COLREB"}, nil},
		{"Venezuelan general turned critic", "2007-11-06", "Raul Baduel accused Chavez of seeking unlimited power.", []string{"VENOPP", "VENGOV"}, nil},
		{"Bolivian coup leader threatens the president", "2024-06-26", "Juan Jose Zuniga threatened President Arce in La Paz.", []string{"BOLMIL"}, nil},
		{"Brazilian judge orders an arrest", "2018-04-05", "Sergio Moro ordered the arrest of former president Lula.", []string{"BRAJUD"}, nil},
		{"Armenian defence minister accuses Azerbaijan", "2014-08-01", "Seyran Ohanyan accused Azerbaijan of shelling Armenian villages.", []string{"ARMMIL"}, nil},
		{"Karabakh leader accuses Azerbaijan", "2016-04-02", "Bako Sahakyan accused Azerbaijan of breaking the ceasefire.", []string{"ARMREB"}, []string{"AZEREB"}},
		{"South Ossetian leader accuses Georgia", "2008-08-08", "Eduard Kokoity accused Tbilisi of attacking Tskhinvali.", []string{"GEOREB"}, nil},
		{"Liberian coup leader accuses Doe", "1985-11-12", "Thomas Quiwonkpa accused Samuel Doe of rigging the election.", []string{"LBRREB", "LBRGOV"}, nil},
		{"Guinea-Bissau's army chief arrests the premier", "2012-04-13", "Antonio Indjai arrested the prime minister in Bissau.", []string{"GNBMIL"}, nil},
		{"Khmer Rouge leader rejects talks", "1994-06-01", "Nuon Chea rejected the Cambodian government's offer of talks.", []string{"KHMREB", "KHMGOV"}, nil},
		{"Thai army chief warns protesters", "2019-02-20", "Apirat Kongsompong warned the opposition against insulting the army.", []string{"THAMIL"}, nil},
		{"Red-shirt leader accuses the government", "2010-04-12", "Jatuporn Prompan accused the government of killing protesters.", []string{"THAOPP", "THAGOV"}, nil},
		{"Angolan foreign minister meets", "2013-05-10", "Georges Chikoti met the Portuguese foreign minister in Lisbon.", []string{"AGOGOV"}, nil},
		{"Indonesian commander accuses", "2017-09-20", "Gatot Nurmantyo accused the police of importing weapons illegally.", []string{"IDNMIL"}, nil},
		{"Malaysian minister criticises", "2019-01-10", "Saifuddin Abdullah criticised Myanmar's treatment of the Rohingya.", []string{"MYSGOV"}, nil},
		{"Mexican security minister announces arrests", "2024-12-05", "Omar Garcia Harfuch announced the arrest of 12 suspected cartel members in Sinaloa.", []string{"MEXGOV"}, nil},
		{"Contra leader accuses the Sandinistas", "1985-06-01", "Alfonso Robelo accused the Sandinista government of persecuting the church.", []string{"NICREB"}, nil},
		{"Haitian rebel leader threatens the capital", "2004-02-25", "Louis-Jodel Chamblain threatened to attack Port-au-Prince.", []string{"HTIREB"}, nil},
		{"Venezuelan interior minister accuses the opposition", "2019-01-25", "Nestor Reverol accused the opposition of planning violence.", []string{"VENGOV"}, nil},
		{"Peruvian premier blames", "2023-01-12", "Alberto Otarola blamed foreign agitators for the unrest in Puno.", []string{"PERGOV"}, nil},
		{"Nigerian defence chief warns", "2022-03-01", "Lucky Irabor warned bandits in Zamfara to surrender.", []string{"NGAMIL"}, nil},
		{"Ambazonian leader threatens", "2019-02-01", "Cho Ayaba threatened to disrupt the elections in the Northwest region.", []string{"CMRREB"}, nil},
		{"Gambian minister accuses Myanmar", "2019-12-10", "Abubacarr Tambadou accused Myanmar of genocide against the Rohingya.", []string{"GMBGOV"}, nil},
		{"Transnistrian leader accuses Moldova", "2022-04-27", "Vadim Krasnoselsky accused Moldova of provoking the explosions.", []string{"MDAREB"}, nil},
		{"Abkhaz leader meets Putin", "2021-05-10", "Aslan Bzhania met Putin in Moscow.", []string{"GEOREB"}, nil},
		{"Armenian archbishop demands resignation", "2024-05-12", "Bagrat Galstanyan demanded the resignation of the prime minister.", []string{"ARMOPP"}, nil},
		{"Azerbaijani adviser accuses Armenia", "2020-10-05", "Hikmet Hajiyev accused Armenia of shelling Ganja.", []string{"AZEGOV"}, nil},
		{"Junta spokesman accuses rebels", "2023-11-01", "Zaw Min Tun accused the Arakan Army of attacking police posts.", []string{"MMRMIL", "MMRREB"}, nil},
		{"Papuan rebel commander threatens", "2023-02-14", "Egianus Kogoya threatened to kill the New Zealand pilot.", []string{"IDNREB"}, nil},
		{"Philippine security adviser accuses", "2021-04-01", "Hermogenes Esperon accused China of provocations in the West Philippine Sea.", []string{"PHLGOV"}, nil},
		{"Imran Khan leads a march before power", "2014-08-20", "Imran Khan accused Prime Minister Nawaz Sharif of rigging the election.", []string{"PAKOPP", "PAKGOV"}, nil},
		{"Modi as chief minister", "2002-04-10", "Narendra Modi rejected the opposition's demand for his resignation.", []string{"INDGOV"}, nil},
		{"Union leader calls a strike", "1987-08-09", "Cyril Ramaphosa called a strike at the gold mines.", []string{"ZAFLAB"}, nil},
		{"Iranian negotiator meets Europeans", "2004-06-01", "Hassan Rouhani met the British, French and German foreign ministers in Tehran.", []string{"IRNGOV"}, nil},
	})
}
