package pipeline

import "testing"

// TestArmedCaptors pins people held by armed men, rebels, militants or
// kidnappers: they are captives (181), not detainees of a state (173);
// people a state's forces hold stay detained.
func TestArmedCaptors(t *testing.T) {
	d := "2021-03-01"
	runLexRows(t, []lexRow{
		{"armed men holding a leader", d, "Armed men led by George Speight were still holding Prime Minister Mahendra Chaudhry and about 30 members of his government inside parliament on Saturday.", "181", "UAF>FJIGOV", ""},
		{"gunmen held villagers", d, "Gunmen held 20 villagers in a church overnight before releasing them.", "181", "UAF>CVL", ""},
		{"militants holding aid workers", d, "Islamist militants are holding two French aid workers in northern Mali.", "181", "RAD>FRACVL", ""},
		{"kidnappers held a senator", d, "Kidnappers held the Nigerian senator for three weeks, police said.", "181", "NGACRM>NGALEG", ""},
		{"rebels holding workers", d, "Rebels are holding three Red Cross workers in the jungle.", "181", "REB>NGO", ""},
		// a state's forces detain
		{"real: soldiers held protesters", d, "Soldiers held the protesters in a stadium overnight.", "173", "MIL>OPP", ""},
		{"real: soldiers, no capture", d, "Soldiers held the protesters in a stadium overnight.", "181", "", ""},
	})
}
