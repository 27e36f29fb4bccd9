package pipeline

import "testing"

// TestStateCouncillorTitle: China's "State Councillor" (or "State
// Councilor") is one title of the government before a name, so the name
// is one phrase with it and the object of a meeting ("Clinton met State
// Councillor Dai Bingguo"), where "State" alone had been read as the
// object; also for a holder the knowledge lacks, who takes the country of
// the sentence's place. Future, negated and conditional meetings code none.
func TestStateCouncillorTitle(t *testing.T) {
	testLexRows(t, []lexRow{
		{"object, Beijing", "2010-05-26", "Secretary of State Hillary Clinton met State Councillor Dai Bingguo in Beijing on Wednesday.", "040", "USAGOV>CHNGOV", ""},
		{"American spelling", "2014-02-15", "Secretary of State John Kerry met State Councilor Yang Jiechi in Beijing on Friday.", "040", "USAGOV>CHNGOV", ""},
		{"in a relative clause", "2010-05-26", "The dispute overshadowed the arrival of Hillary Clinton, who met State Councillor Dai Bingguo hours later.", "040", "USAGOV>CHNGOV", ""},
		{"after a demonym", "2019-07-23", "The Russian foreign minister, Sergei Lavrov, met Chinese State Councillor Wang Yi in Moscow on Tuesday.", "040", "RUSGOV>CHNGOV", ""},
		{"as the subject abroad", "2009-10-05", "State Councillor Dai Bingguo met Kim Jong Il in Pyongyang on Monday.", "040", "CHNGOV>PRKGOV", ""},
		{"a holder the knowledge lacks", "2012-03-10", "Japan's foreign minister met State Councillor Zhou Minghai in Beijing on Saturday.", "040", "JPNGOV>CHNGOV", ""},
		{"not: a future meeting", "2010-05-26", "Hillary Clinton will meet State Councillor Dai Bingguo in Beijing next week.", "040", "", ""},
		{"not: negated", "2010-05-26", "Hillary Clinton did not meet State Councillor Dai Bingguo in Beijing.", "040", "", ""},
		{"not: a condition", "2010-05-26", "If Hillary Clinton met State Councillor Dai Bingguo, the talks would resume.", "040", "", ""},
	})
}
