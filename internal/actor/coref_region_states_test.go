package actor

import "testing"

// TestCountedStatesOfARegion: "the three Gulf states", "the two Baltic
// nations", "the five Central Asian republics": a count, the region the
// states are in, and a noun of states ("states" too) are the states listed
// or paired before, as "the three countries" are; the region word says
// where they are, not who.
func TestCountedStatesOfARegion(t *testing.T) {
	runCorefCases(t, []corefCase{
		{"the three Gulf states after a list", "2017-06-06", []string{
			"Saudi Arabia, the United Arab Emirates and Bahrain cut ties with Qatar on Monday.",
			"The three Gulf states accused Doha of backing terrorism."},
			"three Gulf states=SAU/Saudi Arabia; three Gulf states=ARE/United Arab Emirates; three Gulf states=BHR/Bahrain; Doha=QATGOV/Qatar", "an earlier sentence opened with as a list"},
		{"the three states after a list", "2017-06-06", []string{
			"Saudi Arabia, the United Arab Emirates and Bahrain cut ties with Qatar on Monday.",
			"The three states accused Doha of backing terrorism."},
			"three states=SAU/Saudi Arabia; three states=ARE/United Arab Emirates; three states=BHR/Bahrain; Doha=QATGOV/Qatar", "an earlier sentence opened with as a list"},
		{"the two Baltic nations after a pair", "2022-03-01", []string{
			"Russia threatened Ukraine.",
			"Latvia and Lithuania expelled Russian diplomats.",
			"Moscow warned the two Baltic nations of retaliation."},
			"Moscow=RUSGOV/Russia; two Baltic nations=LVA/Latvia; two Baltic nations=LTU/Lithuania", "the two countries an earlier sentence joined"},
		{"the three Central Asian republics after a list", "2005-05-20", []string{
			"Kazakhstan, Kyrgyzstan and Tajikistan signed a security pact with Russia.",
			"The three Central Asian republics pledged to fight militants."},
			"three Central Asian republics=KAZ/Kazakhstan; three Central Asian republics=KGZ/Kyrgyzstan; three Central Asian republics=TJK/Tajikistan; militants=REB/militants", "an earlier sentence opened with as a list"},
		{"the United States stays a country", "2017-06-06", []string{
			"Saudi Arabia, the United Arab Emirates and Bahrain cut ties with Qatar.",
			"The United States urged the three states to talk."},
			"United States=USA/United States; three states=SAU/Saudi Arabia; three states=ARE/United Arab Emirates; three states=BHR/Bahrain", ""},
		{"Gulf states with no count are no one", "2017-06-06", []string{
			"Saudi Arabia, the United Arab Emirates and Bahrain cut ties with Qatar.",
			"Gulf states have long accused Doha of backing militants."},
			"Doha=QATGOV/Qatar; militants=REB/militants", ""},
	})
}
