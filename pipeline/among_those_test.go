package pipeline

import "testing"

// TestAmongThoseWhoWere holds a sentence opened by a preposition and
// "those" with a relative clause on it, then a copula and its subject put
// after it ("Among those who had appealed for calm were A and B"): those
// who did the relative clause's act are the ones named after the copula,
// so they are its source. A noun that names its people ("Among the Kenyans
// who attacked the embassy was a police officer") and a copula with a
// subject of its own after a comma stay as they were.
func TestAmongThoseWhoWere(t *testing.T) {
	testLexRows(t, []lexRow{
		{"two countries condemned", "2020-03-02", "Among those who condemned the coup in Mali were Kenya and Uganda.", "111", "KEN>", ""},
		{"a leader appealed", "2020-03-02", "Among those who had appealed for calm was the Kenyan president.", "02", "KENGOV>", ""},
		{"a minister criticised", "2020-03-02", "Among those who criticised the Ugandan government was the Kenyan foreign minister.", "11", "KENGOV>UGAGOV", ""},
		{"a list of leaders urged", "2020-03-02", "Among those who urged Ethiopia to end the war were the Kenyan president and the Ugandan president.", "0256", "KENGOV>ETH", ""},
		{"a rebel group attacked", "2020-03-02", "Among those who attacked the Malian army base was a Tuareg rebel group.", "19", "MLIREB>MLIMIL", ""},
		{"a noun that names its people", "2020-03-02", "Among the Kenyans who attacked the Somali embassy was a police officer.", "19", "KEN>SOMGOV", ""},
	})
}
