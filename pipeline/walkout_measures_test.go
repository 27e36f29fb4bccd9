package pipeline

import "testing"

// TestStormedOut: a walkout told by its manner, "stormed out", "stormed
// off", is a walkout (143); out of talks it halts them (164), as walk_out
// does. A storm and a player leaving a pitch are none.
func TestStormedOut(t *testing.T) {
	testLexRows(t, []lexRow{
		{"stormed off a stage", d, "Erdogan stormed off the stage after a heated exchange with Peres.", "143", "TURGOV>", ""},
		{"stormed out of parliament", d, "Kenyan opposition lawmakers stormed out of parliament during the president's speech.", "143", "KENLEG>KENGOV", ""},
		{"a delegation stormed out", d, "The Iranian delegation stormed out.", "143", "IRNGOV>", ""},
		{"stormed out of the talks with a party", d, "The Palestinian delegation stormed out of the talks with Israel.", "164", "PSEGOV>ISR", ""},
		{"not: a coach off the pitch", d, "The coach stormed off the pitch after the defeat.", "143", "", ""},
		{"not: a storm out of the Atlantic", d, "A storm swept out of the Atlantic on Monday.", "143", "", ""},
	})
}

// TestShutteredInProtest: businesses shuttered or shut down in protest are
// a strike (143), as "shut their shops in protest" is; shuttered for
// another cause, none.
func TestShutteredInProtest(t *testing.T) {
	testLexRows(t, []lexRow{
		{"shuttered their businesses in protest", d, "Shopkeepers in Kashmir shuttered their businesses in protest.", "143", "CVL>", ""},
		{"shut down their shops in protest", d, "Traders in Lagos shut down their shops in protest against the tax.", "143", "NGACVL>NGABUS", ""},
		{"not: shuttered in a lockdown", d, "Shopkeepers in Kashmir shuttered their businesses during the lockdown.", "143", "", ""},
	})
}

// TestAssetsByOtherName: reserves, holdings and property frozen are assets
// frozen (163), as "froze the assets" is; a freeze of weather is none.
func TestAssetsByOtherName(t *testing.T) {
	testLexRows(t, []lexRow{
		{"froze central bank reserves", d, "The US froze Afghan central bank reserves.", "163", "USA>AFGGOV", ""},
		{"froze the property of officials", d, "The EU froze the property of Russian officials.", "163", "IGOEUR>RUSGOV", ""},
		{"froze the holdings of a bank", d, "Britain froze the holdings of Iran's central bank.", "163", "GBR>IRNGOV", ""},
		{"not: cold froze water reserves", d, "The cold snap froze water reserves in the north.", "163", "", ""},
	})
}

// TestRevenueTransferStopped: the transfer of revenues one collects for
// another, frozen, halted or stopped, is economic aid cut (1621): "Israel
// froze the transfer of tax revenues to the Palestinian Authority".
func TestRevenueTransferStopped(t *testing.T) {
	testLexRows(t, []lexRow{
		{"froze the transfer of tax revenues", d, "Israel froze the transfer of tax revenues to the Palestinian Authority.", "1621", "ISR>PSE", ""},
		{"halted the transfer of customs duties", d, "Israel halted the transfer of customs duties to the Palestinian Authority.", "1621", "ISR>PSE", ""},
		{"suspended transfers of funds", d, "Israel suspended transfers of funds to the Palestinian Authority on Sunday.", "1621", "ISR>PSE", ""},
		{"not: a transfer of players", d, "The club halted the transfer of the striker to Chelsea.", "1621", "", ""},
	})
}
