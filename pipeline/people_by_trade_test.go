package pipeline

import "testing"

// People named by their trade, one or many, are civilians of the country
// whose place or adjective the sentence gives, never that country's
// government: "Police arrested the driver of the van" holds a civilian.
func TestPeopleByTradeAreCivilians(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the driver of", "2012-10-10", "Police in Peshawar arrested the driver of the van on Tuesday.", "173", "PAKCOP>PAKCVL", ""},
		{"a taxi driver", "2012-10-10", "Gunmen shot dead a taxi driver in Karachi on Tuesday.", "18", "UAF>PAKCVL", ""},
		{"bus driver", "2012-10-10", "Police in Lahore detained the bus driver on Tuesday.", "173", "PAKCOP>PAKCVL", ""},
		{"street vendors", "2012-10-10", "Police in Dhaka beat street vendors with batons on Tuesday.", "175", "BGDCOP>BGDCVL", ""},
		{"merchants", "2012-10-10", "Soldiers in Harare arrested dozens of merchants on Tuesday.", "173", "ZWEMIL>ZWECVL", ""},
		{"worshippers", "2012-10-10", "A suicide bomber killed a mourner and two worshippers in Quetta on Tuesday.", "183", "RAD>PAKCVL", ""},
		// unchanged: people already known
		{"truck drivers", "2012-10-10", "Police in Nairobi arrested 20 truck drivers on Tuesday.", "173", "KENCOP>KENCVL", ""},
	})
}
