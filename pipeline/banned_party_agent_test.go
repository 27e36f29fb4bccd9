package pipeline

import (
	"testing"
	"time"
)

// TestBannedPartyImpliedAgent pins who bans a party or bars a candidate
// when a passive names no one: the state's government (policy.tsv's
// agent=GOV on 1722), as with curfews and media closures, not its army,
// which stays the implied doer of a suspension of the institutions
// themselves (172: a coup).
func TestBannedPartyImpliedAgent(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"a party banned", "2019-06-01", "BANGKOK (AP) \u2014 The main opposition party was banned on Friday.", "1722", "THAGOV>THAOPP", ""},
		{"candidates disqualified", "2021-06-01", "TEHRAN, Iran (AP) \u2014 Seven reformist candidates were disqualified from the presidential vote.", "1722", "IRNGOV>IRNPTY", ""},
		{"a movement outlawed", "2013-12-25", "CAIRO (AP) \u2014 The Muslim Brotherhood was outlawed on Wednesday.", "1722", "EGYGOV>EGYOPP", ""},
		{"an opposition leader barred from running", "2024-01-30", "CARACAS, Venezuela (AP) \u2014 Opposition leader Maria Corina Machado was barred from running for office.", "1722", "VENGOV>VENOPP", ""},
		{"parliament suspended in a coup stays the army's", "2021-10-26", "KHARTOUM, Sudan (AP) \u2014 Soldiers seized power on Monday. Parliament was dissolved and the constitution was suspended.", "17", "SDNMIL>SDNGOV", ""},
	})
}

// TestKingdomInItsOwnClause pins "the kingdom" whose only kingdom the
// story named stands earlier in its own clause, after a republic named
// as a place: the kingdom's act is Saudi Arabia's, not Iran's.
func TestKingdomInItsOwnClause(t *testing.T) {
	c := newCoder(t)
	ref := time.Date(2023, 3, 10, 0, 0, 0, 0, time.UTC)
	evs := codeText(t, c, "Riyadh cut ties with Tehran in 2016 after protesters stormed Saudi diplomatic posts in Iran following the kingdom's execution of a prominent Shiite cleric.", ref)
	e := find(evs, "18")
	if e == nil || e.Source == nil || e.Source.Country != "SAU" {
		t.Errorf("want an 18 event by Saudi Arabia, got %v", dyads(evs))
	}
}
