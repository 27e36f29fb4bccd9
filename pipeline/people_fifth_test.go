package pipeline

import "testing"

// TestPeopleAuditFifth: foreign and defence ministers, UN envoys, heads of
// international bodies, armed groups and parties the fifth pass of the
// audit added to internal/actor/data are coded by their country and sector
// on the story's date, named with no title that would tell it.
func TestPeopleAuditFifth(t *testing.T) {
	runGroupRows(t, []groupRow{
		{"Japanese foreign minister meets his Chinese counterpart", "1992-06-01", "Michio Watanabe met Qian Qichen in Beijing on Tuesday.", []string{"JPNGOV", "CHNGOV"}, nil},
		{"South Korean foreign minister visits Moscow", "1990-12-13", "Choi Ho-joong met Eduard Shevardnadze in Moscow.", []string{"KORGOV", "RUSGOV"}, nil},
		{"Polish defence minister accuses Russia", "2019-03-01", "Mariusz Blaszczak accused Russia of threatening its neighbours.", []string{"POLGOV", "RUS"}, nil},
		{"Lebanese foreign minister condemns Israel", "1993-07-27", "Fares Bouez condemned the Israeli bombardment of southern Lebanon.", []string{"LBNGOV"}, nil},
		{"Taliban foreign minister rejects a demand", "2001-09-20", "Wakil Ahmad Muttawakil rejected the American demand to hand over bin Laden.", []string{"AFGGOV", "USA"}, nil},
		{"Afghan defence minister leads a coup", "1990-03-06", "Shahnawaz Tanai attacked the presidential palace in Kabul.", []string{"AFGMIL"}, nil},
		{"Sri Lankan minister accuses the Tigers", "1990-06-20", "Ranjan Wijeratne accused the Tamil Tigers of killing hundreds of policemen.", []string{"LKAGOV", "LKAREB"}, nil},
		{"Filipino commander withdraws support", "2001-01-19", "Angelo Reyes withdrew the military's support from President Estrada.", []string{"PHLMIL", "PHLGOV"}, nil},
		{"UN mediator meets rebel leaders", "1987-09-01", "Diego Cordovez met the Afghan rebel leaders in Peshawar.", []string{"IGOUNO", "AFGREB"}, nil},
		{"UN envoy urges the Bosnian Serbs", "1994-04-20", "Yasushi Akashi urged the Bosnian Serbs to withdraw from Gorazde.", []string{"IGOUNO"}, nil},
		{"Balkan mediators meet the Croatian president", "1993-06-15", "Lord Owen and Thorvald Stoltenberg met Franjo Tudjman in Zagreb.", []string{"IGOEUR", "IGOUNO", "HRVGOV"}, nil},
		{"UN commander appeals for troops", "1994-04-25", "Romeo Dallaire appealed to the Security Council for more troops.", []string{"IGOUNO"}, nil},
		{"High Representative dismisses a Bosnian Serb president", "2004-06-30", "Paddy Ashdown dismissed 59 Bosnian Serb officials.", []string{"IGO"}, nil},
		{"Bosnian Serb leader rejects a plan", "1994-07-20", "Momcilo Krajisnik rejected the peace plan of the contact group.", []string{"BIHREB"}, nil},
		{"Arkan's men attack a town", "1992-04-01", "Arkan attacked the town of Bijeljina.", []string{"SRBUAF"}, nil},
		{"Croatian defence minister warns the Krajina Serbs", "1995-07-30", "Gojko Susak warned Milan Martic that the army would retake the Krajina.", []string{"HRVGOV", "HRVREB"}, nil},
		{"Mujahideen leader rejects the accords", "1988-04-14", "Yunus Khalis rejected the Geneva accords.", []string{"AFGREB"}, nil},
		{"Archbishop criticises the government", "1988-03-01", "Desmond Tutu criticised the government's ban on anti-apartheid groups.", []string{"ZAFREL"}, nil},
		{"Sikh militant leader threatens", "1984-05-20", "Jarnail Singh Bhindranwale threatened the government of Indira Gandhi.", []string{"INDREB"}, nil},
		{"Rohingya rebel leader threatens", "2017-09-10", "Ata Ullah threatened to attack the Myanmar army.", []string{"MMRREB"}, nil},
		{"Japanese defense chief visits Washington", "1985-06-10", "Koichi Kato met Caspar Weinberger in Washington.", []string{"JPNGOV", "USAGOV"}, nil},
		{"Georgian defence minister accuses Russia", "2016-03-01", "Tina Khidasheli accused Russia of moving the border fence.", []string{"GEOGOV", "RUS"}, nil},
		{"ZANLA guerrillas attack a farm", "1979-06-15", "ZANLA guerrillas attacked a farm near Umtali.", []string{"ZWEREB"}, nil},
		{"Ivorian rebels seize a town", "2002-10-10", "The Patriotic Movement of Ivory Coast seized the town of Daloa.", []string{"CIVREB"}, nil},
		{"Maoist rebels ambush police", "2003-05-02", "The Maoist Communist Centre ambushed a police patrol in Bihar.", []string{"INDREB", "INDCOP"}, nil},
		{"Yemeni Socialists reject", "1994-05-05", "The YSP rejected the president's call for a ceasefire.", []string{"YEMPTY"}, nil},
	})
}
