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
