package pipeline

import "testing"

// TestHeldPeopleNotCaptors: a participle set off on people held or freed
// ("the prisoners, released by Iran, ...") names their captors, not who
// the people are, so what the people do next is not the captors' act;
// a thing's participle agent still says whose the thing is ("atrocities
// committed by Russian forces").
func TestHeldPeopleNotCaptors(t *testing.T) {
	rows := []lexRow{
		{"released prisoners landing are not the releaser", sweepDate, "The prisoners, released by Iran on Friday as part of a swap, landed in Doha.", "04", "", ""},
		{"released prisoners: the release is the releaser's", sweepDate, "The prisoners, released by Iran on Friday as part of a swap, landed in Doha.", "0841", "IRN>*", ""},
		{"detainees held by a state start a hunger strike", sweepDate, "The detainees, held by Israel without trial, began a hunger strike on Monday.", "14", "", ""},
		{"a number of prisoners visit", sweepDate, "Two prisoners, released by Russia in the exchange, visited Kyiv on Tuesday.", "04", "", ""},
		{"inmates freed by rebels demand", sweepDate, "The inmates, freed by rebels in the jailbreak, demanded compensation from the Congolese government.", "10", "", ""},
		{"suspects detained by police accuse", sweepDate, "The suspects, detained by Kenyan police in March, accused the Somali government of abandoning them.", "11", "", ""},
		{"detainees handed over meet an envoy", sweepDate, "Three detainees, handed over by Iraq last month, met the Turkish ambassador in Ankara.", "04", "", ""},
		// a thing keeps its participle's agent as its owner
		{"atrocities committed by forces are theirs", sweepDate, "The UN condemned the atrocities committed by Russian forces in Bucha.", "11", "IGOUNO>RUSMIL", ""},
		{"sanctions imposed by a state are its own", sweepDate, "Ukraine criticised the sanctions imposed by Hungary.", "11", "UKR>HUN", ""},
	}
	runSweep(t, "held people", rows, len(rows))
}
