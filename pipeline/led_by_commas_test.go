package pipeline

import "testing"

// TestLedByInCommas: "led by" set off by commas after armed men or a crowd
// says whose they are, as it does with no commas ("fighters led by the
// rebel commander X"): the fighters of a rebel leader are rebels, a
// crowd led by the opposition leader the opposition.
func TestLedByInCommas(t *testing.T) {
	testLexRows(t, []lexRow{
		{"fighters led by a rebel commander", "1995-06-20", "The fighters, led by the rebel commander Shamil Basayev, released the hostages on Tuesday.", "0841", "RUSREB>RUSCVL", ""},
		{"militiamen led by a warlord", "1993-06-10", "Militiamen, led by the warlord Mohamed Farah Aidid, attacked a Pakistani convoy in Mogadishu.", "19", "SOMREB>PAK", ""},
		{"gunmen led by an extremist leader", "2015-06-10", "The gunmen, led by Abu Bakr al-Baghdadi, attacked a Syrian army base.", "19", "IMGRAD>SYRMIL", ""},
		{"fighters led by a group's commanders", d, "The fighters, led by Hezbollah commanders, shelled an Israeli border post.", "19", "LBNRAD>ISR", ""},
		{"gunmen led by a jihadist group's leader", "2012-05-01", "The gunmen, led by the Boko Haram leader Abubakar Shekau, attacked a Nigerian army base.", "190", "NGARAD>NGAMIL", ""},
		{"fighters led by a guerrilla commander", "2007-05-01", "The fighters, led by FARC commander Raul Reyes, ambushed a Colombian army patrol.", "190", "COLREB>COLMIL", ""},
		{"soldiers led by a colonel stay soldiers", "2020-08-19", "The soldiers, led by Colonel Assimi Goita, detained the Malian president.", "17", "MLIMIL>MLIGOV", ""},
		{"protesters led by an opposition leader", "2023-03-20", "Thousands of protesters, led by opposition leader Raila Odinga, marched on the Kenyan parliament.", "141", "KENOPP>KENLEG", ""},
	})
}
