package pipeline

import "testing"

// TestCivilianBeforeANoun pins "civilian" before a noun as saying what
// kind of thing it is ("a civilian nuclear deal", "civilian rule"), as
// "military aid" does, not as people: the deal's parties sign it with each
// other. Civilians named as people are still civilians.
func TestCivilianBeforeANoun(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a civilian nuclear deal", "2008-10-10", "Condoleezza Rice and Pranab Mukherjee signed a civilian nuclear deal in Washington on Friday.", "057", "INDGOV>USAGOV", ""},
		{"a civilian nuclear accord", "2010-11-08", "Barack Obama and Manmohan Singh signed a civilian nuclear accord.", "057", "USAGOV>INDGOV", ""},
		{"civilians killed", "2020-01-01", "Rebels killed 12 civilians in the village.", "18", "REB>CVL", ""},
		{"a civilian killed", "2020-01-01", "Soldiers shot a civilian near the checkpoint.", "18", "MIL>CVL", ""},
		{"the return to civilian rule demanded: civilian rule is no one", "2021-05-30", "ECOWAS demanded a swift return to civilian rule in Mali.", "10", "IGOWAF>", ""},
	})
}
