package pipeline

import "testing"

// TestTakenFromHome pins a person taken from home ("took the opposition
// leader from his home before dawn", "took Sakharov from his apartment")
// as an arrest (173) by whoever took them, and intelligence agents
// ("intelligence agents", "intelligence operatives") as their state's
// intelligence (SPY). Survivors taken from homes by rescuers are no arrest.
func TestTakenFromHome(t *testing.T) {
	testLexRows(t, []lexRow{
		{"agents took a leader from his home", "2020-08-10", "Belarusian intelligence agents took the opposition leader from his home in Minsk before dawn.", "173", "BLRSPY>BLROPP", ""},
		{"police took a named person from her house", "1989-07-21", "Police took Aung San Suu Kyi from her house in Rangoon on Thursday.", "173", "MMRCOP>MMROPP", ""},
		{"security agents took a dissident from his apartment", "1980-01-23", "Soviet security agents took the dissident Andrei Sakharov from his apartment in Moscow.", "173", "RUSCOP>RUSOPP", ""},
		{"intelligence agents arrested", "2016-06-01", "Iranian intelligence agents arrested a British-Iranian aid worker at Tehran airport.", "173", "IRNSPY>IRNCVL", ""},
		{"intelligence operatives seized militants", "2018-03-30", "Turkish intelligence operatives seized three Kurdish militants in northern Iraq.", "18", "TURSPY>IRQREB", ""},
		{"intelligence agents with no nationality are the state's", "1988-05-12", "Intelligence agents detained two opposition leaders in Santiago, Chile on Thursday.", "173", "CHLSPY>CHLOPP", ""},
		{"rescuers taking the injured from homes", "2023-02-07", "Rescue workers took the injured from their homes.", "173", "", ""},
	})
}
