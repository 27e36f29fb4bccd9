package pipeline

import "testing"

// TestZiaArmyChief pins Mohammad Zia-ul-Haq as Pakistan's army chief (PAK
// MIL) from March 1976, so the general who seized power in July 1977 and
// ruled under martial law until he became president (PAK GOV, September
// 1978) is Pakistan's military, not a bare Pakistani.
func TestZiaArmyChief(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the coup leader", "1977-07-06", "General Zia seized power in a bloodless coup on Tuesday.", "17", "PAKMIL>PAKGOV", ""},
		{"arrest of the deposed premier", "1977-09-04", "Zia ul-Haq placed the former prime minister under arrest on Saturday.", "173", "PAKMIL>PAKGOV", ""},
		{"martial law", "1977-07-10", "General Zia-ul-Haq imposed martial law across Pakistan.", "17", "PAKMIL>PAKCVL", ""},
		{"the army chief meets", "1976-06-02", "Pakistan's army chief, General Zia, met the Saudi ambassador in Rawalpindi.", "04", "PAKMIL>SAUGOV", ""},
		{"the military ruler rejects", "1978-03-20", "General Zia rejected appeals for clemency from foreign leaders.", "12", "PAKMIL>GOV", ""},
		{"the president, later", "1985-03-01", "President Zia met Indian Prime Minister Rajiv Gandhi in New Delhi.", "04", "PAKGOV>INDGOV", ""},
	})
}
