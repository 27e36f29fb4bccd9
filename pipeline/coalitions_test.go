package pipeline

import "testing"

// TestPoliticalCoalitions: a coalition of parties or movements is no armed
// force: "the pro-democracy coalition" is the opposition (OPP), as the
// sentence golds code Sudan's, "the ruling coalition" the parties in power
// (PTY, as "the ruling alliance"); a coalition a state leads stays its forces.
func TestPoliticalCoalitions(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"pro-democracy coalition rejected a deal", "2019-06-10", "The pro-democracy coalition rejected the generals' offer in Khartoum on Monday.", "12", "SDNOPP>SDNMIL", ""},
		{"pro-democracy alliance accused the army", "2010-05-14", "The pro-democracy alliance accused the army of killing protesters in Bangkok.", "112", "THAOPP>THAMIL", ""},
		{"police arrested pro-democracy coalition leaders", "2021-03-02", "Police arrested members of the pro-democracy coalition in Yangon.", "173", "MMRCOP>MMROPP", ""},
		{"a ruling coalition accused the opposition", "2013-09-20", "Malaysia's ruling coalition accused the opposition of inciting riots.", "112", "MYSPTY>MYSOPP", ""},
		{"a governing coalition rejected a demand", "2012-03-15", "Hungary's governing coalition rejected the European Union's demands.", "12", "HUNPTY>IGOEUR", ""},
		{"a state-led coalition stays a force", "2016-10-09", "The Saudi-led coalition bombed a funeral hall in Sanaa.", "195", "SAUMIL>YEMGOV", ""},
	})
}
