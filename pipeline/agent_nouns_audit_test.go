package pipeline

import "testing"

// TestStateMedia: a state's media speak as media; "state television" stays
// a channel or a building, no party to what is said on it.
func TestStateMedia(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"chinese state media", d, "Chinese state media criticised the United States.", "11", "CHNMED>USAGOV", ""},
		{"north korean state media", d, "North Korean state media accused South Korea of provocations.", "11", "PRKMED>KORGOV", ""},
		{"state-run media", d, "Iran's state-run media accused Britain of spying.", "11", "IRNMED>GBRGOV", ""},
		{"state media datelined", d, filed("MINSK, Belarus", "State media criticised the opposition."), "11", "BLRMED>BLROPP", ""},
		{"guard on state television", d, "President Nicolas Maduro praised the reopening on state television.", "05", "VENGOV>", ""},
		{"guard state media said", d, "State media said Egyptian police arrested 20 protesters.", "17", "EGYCOP>EGYOPP", ""},
	})
}

// TestVillageChief: a village chief or headman is a civilian of where he is.
func TestVillageChief(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"village chief mali", d, "Gunmen abducted a village chief in northern Mali.", "18", "UAF>MLICVL", ""},
		{"village head nigeria", d, "Boko Haram fighters abducted a village head in Borno.", "18", "NGARAD>NGACVL", ""},
		{"village headman", d, filed("BANGKOK, Thailand", "Police arrested a village headman."), "17", "THACOP>THACVL", ""},
		{"tribal chiefs", d, "Afghan police arrested two tribal chiefs in Helmand.", "17", "AFGCOP>AFGCVL", ""},
		{"guard chief of staff", d, "The army chief of staff met the Pakistani ambassador.", "04", "MIL>PAKGOV", ""},
	})
}

// TestActingHomelandSecretaries: the acting secretaries of homeland security
// between the confirmed ones are the United States' government.
func TestActingHomelandSecretaries(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"chad wolf", "2020-06-01", "Acting Homeland Security Secretary Chad Wolf criticised China.", "11", "USAGOV>CHNGOV", ""},
		{"wolf alone", "2020-06-01", "Chad Wolf accused Mexico of failing to stop migrants.", "11", "USAGOV>MEXGOV", ""},
		{"mcaleenan", "2019-06-01", "Kevin McAleenan met Guatemala's interior minister.", "04", "USAGOV>GTMGOV", ""},
		{"elaine duke", "2017-09-01", "Elaine Duke met the Mexican foreign minister.", "04", "USAGOV>MEXGOV", ""},
		{"rand beers", "2013-10-01", "Rand Beers met the Canadian public safety minister.", "04", "USAGOV>CANGOV", ""},
		{"guard chad's army", d, "Chad's army arrested ten rebels.", "17", "TCDMIL>TCDREB", ""},
		{"guard chadian president", d, "Chadian President Idriss Deby criticised Sudan.", "11", "TCDGOV>SDNGOV", ""},
	})
}
