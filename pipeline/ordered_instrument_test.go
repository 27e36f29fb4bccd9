package pipeline

import "testing"

// TestOrderedInstrument pins an act ordered done by a party that is no
// actor ("ordered mobile operators to shut down internet services",
// "ordered cable operators to take the channels off the air"): the
// orderer's, told as the order is, as "ordered the internet shut down"
// reads; an ordered party that is an actor ("ordered prison wardens to
// beat") stays the doer of an act only ordered, and a state's own forces'
// act stays their orderer's.
func TestOrderedInstrument(t *testing.T) {
	d := "2021-05-10"
	testLexRows(t, []lexRow{
		{"ordered operators to shut down", d, "The Bangladeshi government ordered mobile operators to shut down mobile internet services.", "1721", "BGDGOV>BGDCVL", ""},
		{"ordered providers to cut off", d, "Ethiopia's government ordered internet providers to cut off internet access in the Amhara region.", "1721", "ETHGOV>ETHCVL", ""},
		{"ordered operators to take off air", d, "The Pakistani government ordered cable operators to take three news channels off the air.", "1721", "PAKGOV>PAKCVL", ""},
		{"ordered providers to suspend", d, "Zimbabwe's government ordered service providers to suspend mobile internet services for three days.", "1721", "ZWEGOV>ZWECVL", ""},
		{"court ordered providers to block", d, "A Moscow court ordered internet providers to block access to the website of Alexei Navalny.", "1721", "RUSJUD>RUSOPP", ""},
		{"guard would order, not done", d, "The Bangladeshi government said it would not order mobile operators to shut down mobile internet services.", "1721", "", ""},
		{"guard ordered wardens to beat", d, "The Egyptian interior minister ordered prison wardens to beat the jailed activists.", "18", "", ""},
		{"guard ordered the army to arrest", d, "The Bolivian government ordered the army to arrest the opposition leader.", "173", "BOLGOV>BOLOPP", ""},
		{"guard ordered operators to expand", d, "The Bangladeshi government ordered mobile operators to expand their networks.", "17", "", ""},
	})
}
