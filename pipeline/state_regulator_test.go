package pipeline

import "testing"

// TestStateRegulator pins a state's regulators of what is said and sent
// ("the telecommunications regulator", "Nigeria's broadcasting
// regulator") as its government, and data services shut down as the
// internet shut down is; a regulator's act told as not done stays none.
func TestStateRegulator(t *testing.T) {
	d := "2021-05-10"
	testLexRows(t, []lexRow{
		{"media regulator ordered", d, "Pakistan's media regulator ordered cable operators to take three news channels off the air.", "1721", "PAKGOV>PAKCVL", ""},
		{"broadcasting regulator suspended", d, "Nigeria's broadcasting regulator suspended the licence of a private television station.", "1721", "NGAGOV>NGAMED", ""},
		{"telecommunications regulator shut down", d, "The telecommunications regulator shut down high-speed data services across Bangladesh.", "1721", "BGDGOV>BGDCVL", ""},
		{"communications regulator blocked", d, "Russia's communications regulator blocked access to Twitter.", "1721", "RUSGOV>USABUS", ""},
		{"telecom regulator criticised", d, "India's telecom regulator criticised the new rules of the ministry.", "11", "INDGOV>INDGOV", ""},
		{"guard would not shut down", d, "Kenya's media regulator said it would not shut down mobile data services.", "1721", "", ""},
	})
}
