package pipeline

import "testing"

// TestArmedMenOfParty: armed men named by a group that is on the day a
// party out of the state are armed men ("FARC rebels" after the FARC became
// a party in 2017), as are the dissident fronts that left it; former ones,
// the party itself, a state's fighters and a cartel's gunmen keep their
// group's reading.
func TestArmedMenOfParty(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"farc rebels 2020", "2020-06-01", "FARC rebels abducted two soldiers in Cauca.", "18", "COLREB>COLMIL", ""},
		{"farc guerrillas arrested", "2019-03-01", "Colombian troops arrested three FARC guerrillas near the border.", "17", "COLMIL>COLREB", ""},
		{"farc dissidents", "2021-06-01", "FARC dissidents abducted a police officer.", "18", "COLREB>COLCOP", ""},
		{"dissident farc rebels", "2022-06-01", "Dissident FARC rebels accused the army of killing civilians.", "11", "COLREB>COLMIL", ""},
		{"urng guerrillas", "1996-12-29", "Guatemala's government and the leftist URNG guerrillas signed a final peace accord.", "057", "GTMGOV>GTMREB", ""},
		{"farc rebels 2010", "2010-06-01", "FARC rebels abducted two soldiers.", "18", "COLREB>COLMIL", ""},
		{"guard former farc rebels", "2020-06-01", "Former FARC rebels accused the government of failing them.", "11", "COLPTY>COLGOV", ""},
		{"guard the farc party", "2020-06-01", "The FARC criticised the government.", "11", "COLPTY>COLGOV", ""},
		{"guard taliban fighters rulers", "2022-06-01", "Taliban fighters arrested two journalists in Kabul.", "17", "AFGGOV>AFGMED", ""},
		{"guard cartel gunmen", "2020-06-01", "Sinaloa cartel gunmen abducted two soldiers.", "18", "MEXCRM>MEXMIL", ""},
		{"guard hamas militants", "2020-06-01", "Hamas militants abducted an Israeli soldier.", "18", "PSEREB>ISRMIL", ""},
	})
}
