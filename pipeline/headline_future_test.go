package pipeline

import "testing"

// TestHeadlineFuture codes a headline's "X to VERB", the whole headline
// with no finite verb, as X's announced act, as "X will VERB" is: the
// same code and the same source. A noun that takes its own infinitive
// ("plans to", "a bid to"), a verb before the infinitive ("wants Japan
// to", "agreed to") and a "to" before a noun ("the road to peace", "a
// visit to Paris") keep their readings.
func TestHeadlineFuture(t *testing.T) {
	testLexRows(t, []lexRow{
		{"sanctions on firms", "2021-03-04", "Beijing to impose sanctions on Lithuanian firms", "1312", "CHNGOV>LTUBUS", ""},
		{"as will does", "2021-03-04", "Beijing will impose sanctions on Lithuanian firms.", "1312", "CHNGOV>LTUBUS", ""},
		{"the determiner", "2021-03-04", "The EU to impose sanctions on Belarus", "1312", "IGOEUR>BLR", ""},
		{"conjoined subjects meet", "2021-03-04", "Kenya and Uganda to hold talks on border dispute", "036", "KEN>UGA", ""},
		{"expel diplomats, an intent as will gives", "2021-03-04", "Poland to expel Russian diplomats", "1313", "POL>RUSGOV", ""},
		{"free, a participle before the object", "2021-03-04", "Ethiopia to free jailed opposition leaders", "0353", "ETH>OPP", ""},
		{"not: a noun before the infinitive", "2021-03-04", "Pressure to release jailed opposition leaders mounts in Ethiopia", "0353", "", ""},
		{"not: a noun of will", "2021-03-04", "Efforts to free the hostages stall in Mali", "0841", "", ""},
		{"not: the road to peace", "2021-03-04", "The road to peace in Yemen", "04", "", ""},
		{"not: a visit to Paris", "2021-03-04", "Egyptian president's visit to Paris", "04", "", ""},
		{"not: agreed to, still past", "2021-03-04", "Kenya agreed to hold talks with Uganda.", "036", "KEN>UGA", ""},
	})
}
