package pipeline

import (
	"strings"
	"testing"
	"time"
)

// TestDatedEventNouns: a date with a number between an event noun's
// determiner or possessor and the noun ("the Sept. 18 attack", "a July
// 1977 coup", "Bainimarama's 2006 coup") belongs to the noun's phrase: the
// act named as an occasion keeps its doer and target and is coded.
func TestDatedEventNouns(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a month and day after the", "2012-03-30", "Protests spread to Dakar after the March 3 arrests of opposition leaders by Senegalese police.", "173", "SENCOP>SENOPP", ""},
		{"an abbreviated month after the", "2020-09-01", "Mali's junta freed the president weeks after the Aug. 18 coup by army officers.", "172", "MLIMIL>MLIGOV", ""},
		{"a bombing by an alliance", "1999-05-10", "China suspended military contacts with Washington after the May 7 bombing of its embassy in Belgrade by NATO jets.", "183", "IGONATO>CHNGOV", ""},
		{"a year after a possessor", "2009-04-12", "The interim government was installed after Bainimarama's 2006 coup.", "172", "FJIMIL>FJIGOV", ""},
		{"a month and year after a possessor", "1978-01-10", "Bhutto was hanged after Zia's July 1977 coup.", "172", "PAKMIL>PAKGOV", ""},
		{"a month and year after a country's possessive", "1982-03-01", "Iraq vowed to rebuild the reactor after Israel's June 1981 strike on Osirak.", "190", "ISR>", ""},
	})
}

// TestDatedEventNounDates: the date inside an event noun's phrase dates its
// act, not the clause's; the clause's act keeps the story's day.
func TestDatedEventNounDates(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		name, date, text, code, want string
	}{
		{"the noun's own day", "2012-03-30", "Protests spread to Dakar after the March 3 arrests of opposition leaders by Senegalese police.", "173", "2012-03-03"},
		{"the clause's act keeps the story's day", "2012-03-30", "Protests spread to Dakar after the March 3 arrests of opposition leaders by Senegalese police.", "140", "2012-03-30"},
		{"a coup's own day", "2020-09-01", "Mali's junta freed the president weeks after the Aug. 18 coup by army officers.", "172", "2020-08-18"},
		{"a bombing's own day", "1999-05-10", "China suspended military contacts with Washington after the May 7 bombing of its embassy in Belgrade by NATO jets.", "183", "1999-05-07"},
		{"the suspension on the story's day", "1999-05-10", "China suspended military contacts with Washington after the May 7 bombing of its embassy in Belgrade by NATO jets.", "160", "1999-05-10"},
		{"a year after a possessor", "2009-04-12", "The interim government was installed after Bainimarama's 2006 coup.", "172", "2006"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ref, _ := time.Parse(time.DateOnly, tt.date)
			var got []string
			for _, e := range codeText(t, c, tt.text, ref) {
				if strings.HasPrefix(e.CAMEO, tt.code) {
					got = append(got, string(e.Date))
				}
			}
			if len(got) == 0 || got[0] != tt.want {
				t.Errorf("%s: got dates %v, want %s", tt.code, got, tt.want)
			}
		})
	}
}

// TestNoClauseEventNoun: a sentence the analysis finds no clause in (its
// verb read as a noun) still codes the event noun that names its doer and
// target, and does not fail.
func TestNoClauseEventNoun(t *testing.T) {
	testLexRows(t, []lexRow{
		{"following a capture by troops", "2003-04-10", "Looting spread through Baghdad following the capture of the city by American troops.", "192", "USAMIL>IRQGOV", ""},
		{"following a seizure of a capital", "1996-09-28", "Panic spread through Kabul following the capture of the capital by Taliban fighters.", "192", "AFGREB>AFG", ""},
	})
}
